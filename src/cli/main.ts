// The command line: `design-workbench check <file|folder|glob>... [--format …] [--output <file>] [--fail-under <score>]
// [--max-warnings <n>]`, and the template, diagram and scoring commands.
import { parseArgs } from 'node:util';
import * as z from 'zod/mini';
import { FORMATS, includedByConfig, runCheck } from './check';
import { expandInputs } from './inputs';
import { challengesMain, SCORE_HELP, SCORE_OPTIONS, scoreMain } from './score';
import { DIAGRAM_HELP, DIAGRAM_OPTIONS, diagramMain } from './diagram';
import { TEMPLATES_HELP, TEMPLATES_OPTIONS, templatesMain } from './templates';
import { readText, UsageError, type Io } from './io';
import { CLI_VERSION } from './version';

export { nodeIo, readText, UsageError, type Io } from './io';

export { REPOSITORY } from './version';
const version = CLI_VERSION;

export const HELP = `design-workbench ${version}: check microservices design documents against the checklist,
start new ones from templates, draw their saga and service-discovery blocks as Mermaid
diagrams, and score explain-it answers.

Usage:
  design-workbench check [<file|folder|glob>...] [--format <format>] [--output <file>]
                         [--fail-under <score>] [--max-warnings <n>] [--no-error-on-unmatched-pattern]
                         [--show-suppressed] [--changed-since <git-ref>] [--baseline <file>]
                         [--write-baseline <file>]
${TEMPLATES_HELP}
${DIAGRAM_HELP}
${SCORE_HELP}
  design-workbench --help | --version

Options:
  check reads each file named, every *.md file under a folder (not in node_modules or folders whose name
  starts with a dot), and the files a quoted glob pattern such as 'docs/**/*.md' matches.
  --format <format>    text (default): a report per file, for people
                       json: an array of reports (the documented contract)
                       sarif: SARIF 2.1.0, for code scanning
                       github: GitHub Actions workflow commands, shown as annotations on the pull request
                       junit: JUnit XML, a test suite per file, for CI dashboards
                       compact: file:line:col: severity id: message, one finding a line (the
                       $design-workbench problem matcher reads it)
  --output <file>      write the report to this file instead of standard output (folders are created; the
                       file is replaced whole, never left half written)
  --no-error-on-unmatched-pattern
                       a glob pattern that matches nothing is skipped, not a usage error
  --fail-under <n>     exit 1 when any file scores below n (0-100); default: failUnder in the configuration
  --max-warnings <n>   exit 1 when the findings of all files together are more than n; a finding is a
                       missing item, a weak item or an anti-pattern instance, whatever its severity
  --show-suppressed    list the findings that suppression comments hide, with their reasons
  --changed-since <r>  report only findings on lines changed since the git ref r (git diff against it)
  --baseline <file>    report only findings that are not in this baseline
  --write-baseline <f> store the current findings as a baseline in f (relative paths, no line numbers)
  With no file named, check reads the include globs of the .design-workbench.yaml (or .jsonc) in the current
  folder. The nearest configuration file above each file applies, with the packs in
  .design-workbench/checklists of the current folder; its mistakes are printed as file:line: message (exit 2).
${TEMPLATES_OPTIONS}
${DIAGRAM_OPTIONS}
${SCORE_OPTIONS}
  -h, --help           show this help
  -v, --version        show the version

Exit codes: 0 success, 1 a score below --fail-under (or failUnder) or more findings than --max-warnings,
2 usage error (a pattern that matches nothing, a folder without Markdown), a mistake in a configuration file,
an unreadable file, an existing file 'new' will not replace, an invalid rubric, or a diagram block with errors (printed as file:line: message); 3 an internal
error (please report it).`;

const optionsSchema = z.object({
  format: z.enum(FORMATS),
  failUnder: z.optional(z.number().check(z.minimum(0), z.maximum(100))),
  maxWarnings: z.optional(z.number().check(z.int(), z.minimum(0))),
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
        'max-warnings': { type: 'string' },
        output: { type: 'string', short: 'o' },
        'no-error-on-unmatched-pattern': { type: 'boolean' },
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
  const failUnderText = values['fail-under'];
  const maxWarningsText = values['max-warnings'];
  const options = optionsSchema.safeParse({
    format: values.format,
    failUnder: failUnderText === undefined ? undefined : /^\d+(\.\d+)?$/.test(failUnderText.trim()) ? Number(failUnderText) : NaN,
    maxWarnings: maxWarningsText === undefined ? undefined : /^\d+$/.test(maxWarningsText.trim()) ? Number(maxWarningsText) : NaN,
  });
  if (!options.success) {
    const which = options.error.issues[0].path[0];
    throw new UsageError(
      which === 'format'
        ? `--format must be one of ${FORMATS.join(', ')}; got '${values.format}'`
        : which === 'maxWarnings'
          ? `--max-warnings must be a whole number, 0 or more; got '${maxWarningsText}'`
          : `--fail-under must be a number from 0 to 100, got '${failUnderText}'`,
    );
  }
  if (values.output !== undefined && !values.output.trim()) throw new UsageError(`--output needs a file name`);

  const cwd = process.cwd();
  const targets = files.length ? files : includedByConfig(cwd, io);
  return runCheck(
    expandInputs(targets, cwd, values['no-error-on-unmatched-pattern'] === true || !files.length),
    {
      ...options.data,
      output: values.output,
      showSuppressed: values['show-suppressed'] ?? false,
      changedSince: values['changed-since'],
      baseline: values.baseline,
      writeBaseline: values['write-baseline'],
    },
    io,
    cwd,
  );
}
