// The command line: `design-workbench check <file|folder|glob>... [--format …] [--output <file>] [--fail-under <score>]
// [--max-warnings <n>]`, and the template, diagram and scoring commands.
import { parseArgs } from 'node:util';
import * as z from 'zod/mini';
import { defaultEngine, type ChecklistEngine } from '../checklist/engine';
import { findingsOf } from '../checklist/findings';
import { ansiStyle, plainStyle, toJson, toText, type CheckedFile, type JsonReport, type Style } from './checklist-format';
import { toCompact, toGithub, toJunit } from './ci-formats';
import { expandInputs } from './inputs';
import { writeReport } from './output';
import { toSarif } from './sarif';
import { parseDocument } from '../shared/document';
import { challengesMain, SCORE_HELP, SCORE_OPTIONS, scoreMain } from './score';
import { DIAGRAM_HELP, DIAGRAM_OPTIONS, diagramMain } from './diagram';
import { TEMPLATES_HELP, TEMPLATES_OPTIONS, templatesMain } from './templates';
import { readText, UsageError, type Io } from './io';

export { nodeIo, readText, UsageError, type Io } from './io';

declare const VERSION: string;
/** Where the tool's documentation lives; the checklist's docs links start with it too (see DOCS_BASE). */
export const REPOSITORY = 'https://github.com/design-workbench/design-workbench';
const version = typeof VERSION === 'string' ? VERSION : '0.0.0-dev';

export const HELP = `design-workbench ${version}: check microservices design documents against the checklist,
start new ones from templates, draw their saga and service-discovery blocks as Mermaid
diagrams, and score explain-it answers.

Usage:
  design-workbench check <file|folder|glob>... [--format <format>] [--output <file>]
                         [--fail-under <score>] [--max-warnings <n>] [--no-error-on-unmatched-pattern]
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
  --fail-under <n>     exit 1 when any file scores below n (0-100)
  --max-warnings <n>   exit 1 when the findings of all files together are more than n; a finding is a
                       missing item, a weak item or an anti-pattern instance, whatever its severity
${TEMPLATES_OPTIONS}
${DIAGRAM_OPTIONS}
${SCORE_OPTIONS}
  -h, --help           show this help
  -v, --version        show the version

Exit codes: 0 success, 1 a score below --fail-under or more findings than --max-warnings, 2 usage error
(a pattern that matches nothing, a folder without Markdown), unreadable file, an existing file 'new' will
not replace, an invalid rubric, or a diagram block with errors (printed as file:line: message); 3 an internal
error (please report it).`;

const FORMATS = ['text', 'json', 'sarif', 'github', 'junit', 'compact'] as const;

const optionsSchema = z.object({
  format: z.enum(FORMATS),
  failUnder: z.optional(z.number().check(z.minimum(0), z.maximum(100))),
  maxWarnings: z.optional(z.number().check(z.int(), z.minimum(0))),
});

function render(format: (typeof FORMATS)[number], checked: readonly CheckedFile[], engine: ChecklistEngine, cwd: string, style: Style): string {
  switch (format) {
    case 'json':
      return JSON.stringify(checked.map(({ file, report }): JsonReport => toJson(file, report)), null, 2);
    case 'sarif':
      return JSON.stringify(toSarif(checked, { version, informationUri: REPOSITORY, items: engine.items, antiPatterns: engine.antiPatterns }, cwd), null, 2);
    case 'github':
      return toGithub(checked, cwd);
    case 'junit':
      return toJunit(checked);
    case 'compact':
      return toCompact(checked);
    case 'text':
      return checked.map(({ file, report }) => toText(file, report, style)).join('\n\n');
  }
}

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
  if (!files.length) throw new UsageError(`'check' needs at least one Markdown file, folder or glob pattern.`);
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
  const texts = expandInputs(files, cwd, values['no-error-on-unmatched-pattern'] === true).map((file) => ({ file, text: readText(file, io) }));
  const engine = defaultEngine();
  const checked: CheckedFile[] = texts.map(({ file, text }) => {
    const doc = parseDocument(text);
    const report = engine.run(doc);
    return { file, report, findings: findingsOf(doc, report) };
  });

  const rendered = render(options.data.format, checked, engine, cwd, io.color && values.output === undefined ? ansiStyle : plainStyle);
  if (values.output !== undefined) writeReport(values.output, rendered);
  else if (rendered) io.out(rendered);

  const failed: string[] = [];
  const threshold = options.data.failUnder;
  if (threshold !== undefined) {
    for (const r of checked) if (r.report.score < threshold) failed.push(`${r.file}: score ${r.report.score} is below --fail-under ${threshold}`);
  }
  const maxWarnings = options.data.maxWarnings;
  const count = checked.reduce((n, r) => n + r.findings.length, 0);
  if (maxWarnings !== undefined && count > maxWarnings) failed.push(`${count} findings (missing items, weak items and anti-patterns) are more than --max-warnings ${maxWarnings}`);
  if (failed.length) {
    io.err(failed.join('\n'));
    return 1;
  }
  return 0;
}
