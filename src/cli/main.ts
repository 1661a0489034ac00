// The command line: `design-workbench check <file>... [--format text|json] [--fail-under <score>]`.
import { parseArgs } from 'node:util';
import * as z from 'zod/mini';
import { runCheck } from './check';
import { challengesMain, SCORE_HELP, SCORE_OPTIONS, scoreMain } from './score';
import { DIAGRAM_HELP, DIAGRAM_OPTIONS, diagramMain } from './diagram';
import { TEMPLATES_HELP, TEMPLATES_OPTIONS, templatesMain } from './templates';
import { readText, UsageError, type Io } from './io';

export { nodeIo, readText, UsageError, type Io } from './io';

declare const VERSION: string;
const version = typeof VERSION === 'string' ? VERSION : '0.0.0-dev';

export const HELP = `design-workbench ${version}: check microservices design documents against the checklist,
start new ones from templates, draw their saga and service-discovery blocks as Mermaid
diagrams, and score explain-it answers.

Usage:
  design-workbench check <file>... [--format text|json] [--fail-under <score>] [--show-suppressed]
                 [--changed-since <git-ref>] [--baseline <file>] [--write-baseline <file>]
${TEMPLATES_HELP}
${DIAGRAM_HELP}
${SCORE_HELP}
  design-workbench --help | --version

Options:
  --format text|json   text (default): a report per file; json: an array of reports
  --fail-under <n>     exit 1 when any file scores below n (0-100); default: failUnder in the configuration
  --show-suppressed    list the findings that suppression comments hide, with their reasons
  --changed-since <r>  report only findings on lines changed since the git ref r (git diff against it)
  --baseline <file>    report only findings that are not in this baseline
  --write-baseline <f> store the current findings as a baseline in f (relative paths, no line numbers)
  The nearest .design-workbench.yaml (or .jsonc) above each file applies, with the packs in
  .design-workbench/checklists of the current folder; its mistakes are printed as file:line: message (exit 2).
${TEMPLATES_OPTIONS}
${DIAGRAM_OPTIONS}
${SCORE_OPTIONS}
  -h, --help           show this help
  -v, --version        show the version

Exit codes: 0 success, 1 a score below --fail-under, 2 usage error, a mistake in a configuration file, unreadable file, an existing file 'new' will
not replace, an invalid rubric, or a diagram block with errors (printed as file:line: message); 3 an internal
error (please report it).`;

const optionsSchema = z.object({
  format: z.enum(['text', 'json']),
  failUnder: z.optional(z.number().check(z.minimum(0), z.maximum(100))),
});

/** Runs the CLI and returns its exit code; never calls process.exit itself. */
export function main(argv: readonly string[], io: Io): number {
  try {
    return run(argv, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`design-workbench: ${e.message}`);
      return 2;
    }
    throw e;
  }
}

function run(argv: readonly string[], io: Io): number {
  if (argv[0] === 'templates' || argv[0] === 'new') return templatesMain(argv[0], argv.slice(1), io);
  if (argv[0] === 'diagram') return diagramMain(argv.slice(1), io, (file) => readText(file, io, 'Markdown or YAML text'));
  if (argv[0] === 'score') return scoreMain(argv.slice(1), io);
  if (argv[0] === 'challenges') return challengesMain(argv.slice(1), io);
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        'fail-under': { type: 'string' },
        'show-suppressed': { type: 'boolean' },
        'changed-since': { type: 'string' },
        baseline: { type: 'string' },
        'write-baseline': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    throw new UsageError(`${(e as Error).message}. Run 'design-workbench --help'.`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(HELP);
    return 0;
  }
  if (values.version) {
    io.out(version);
    return 0;
  }
  const [command, ...files] = positionals;
  if (command !== 'check') {
    throw new UsageError(command ? `unknown command '${command}'; expected 'check', 'score', 'challenges', 'templates' or 'new'. Run 'design-workbench --help'.` : `missing command. Run 'design-workbench --help'.`);
  }
  if (!files.length) throw new UsageError(`'check' needs at least one Markdown file.`);
  const failUnderText = values['fail-under'];
  const options = optionsSchema.safeParse({
    format: values.format,
    failUnder: failUnderText === undefined ? undefined : /^\d+(\.\d+)?$/.test(failUnderText.trim()) ? Number(failUnderText) : NaN,
  });
  if (!options.success) {
    const issue = options.error.issues[0];
    const which = issue.path[0] === 'format' ? `--format must be 'text' or 'json', got '${values.format}'` : `--fail-under must be a number from 0 to 100, got '${failUnderText}'`;
    throw new UsageError(which);
  }

  return runCheck(
    files,
    {
      ...options.data,
      showSuppressed: values['show-suppressed'] ?? false,
      changedSince: values['changed-since'],
      baseline: values.baseline,
      writeBaseline: values['write-baseline'],
    },
    io,
  );
}
