// The command line: `design-workbench check <file>... [--format text|json] [--fail-under <score>]`.
import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import * as z from 'zod/mini';
import { defaultEngine } from '../checklist/engine';
import { ansiStyle, plainStyle, toJson, toText, type JsonReport } from '../checklist/report';
import { parseDocument } from '../shared/document';
import { challengesMain, SCORE_HELP, SCORE_OPTIONS, scoreMain } from './score';
import { DIAGRAM_HELP, DIAGRAM_OPTIONS, diagramMain } from './diagram';
import { TEMPLATES_HELP, TEMPLATES_OPTIONS, templatesMain } from './templates';

declare const VERSION: string;
const version = typeof VERSION === 'string' ? VERSION : '0.0.0-dev';

export const HELP = `design-workbench ${version}: check microservices design documents against the checklist,
start new ones from templates, draw their saga and service-discovery blocks as Mermaid
diagrams, and score explain-it answers.

Usage:
  design-workbench check <file>... [--format text|json] [--fail-under <score>]
${TEMPLATES_HELP}
${DIAGRAM_HELP}
${SCORE_HELP}
  design-workbench --help | --version

Options:
  --format text|json   text (default): a report per file; json: an array of reports
  --fail-under <n>     exit 1 when any file scores below n (0-100)
${TEMPLATES_OPTIONS}
${DIAGRAM_OPTIONS}
${SCORE_OPTIONS}
  -h, --help           show this help
  -v, --version        show the version

Exit codes: 0 success, 1 a score below --fail-under, 2 usage error, unreadable file, an existing file 'new' will
not replace, an invalid rubric, or a diagram block with errors (printed as file:line: message); 3 an internal
error (please report it).`;

const MAX_BYTES = 20 * 1024 * 1024;

const optionsSchema = z.object({
  format: z.enum(['text', 'json']),
  failUnder: z.optional(z.number().check(z.minimum(0), z.maximum(100))),
});

export interface Io {
  readonly out: (s: string) => void;
  readonly err: (s: string) => void;
  readonly color: boolean;
  readonly readFile: (path: string) => Buffer;
  readonly isFile: (path: string) => boolean;
}

export const nodeIo = (): Io => ({
  out: (s) => process.stdout.write(s + '\n'),
  err: (s) => process.stderr.write(s + '\n'),
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  readFile: (p) => readFileSync(p),
  isFile: (p) => statSync(p).isFile(),
});

export class UsageError extends Error {}

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

  const texts = files.map((file) => ({ file, text: readText(file, io) }));
  const engine = defaultEngine();
  const reports = texts.map(({ file, text }) => ({ file, report: engine.run(parseDocument(text)) }));

  if (options.data.format === 'json') {
    const json: JsonReport[] = reports.map(({ file, report }) => toJson(file, report));
    io.out(JSON.stringify(json, null, 2));
  } else {
    const style = io.color ? ansiStyle : plainStyle;
    io.out(reports.map(({ file, report }) => toText(file, report, style)).join('\n\n'));
  }
  const threshold = options.data.failUnder;
  if (threshold !== undefined) {
    const below = reports.filter((r) => r.report.score < threshold);
    if (below.length) {
      io.err(below.map((r) => `${r.file}: score ${r.report.score} is below --fail-under ${threshold}`).join('\n'));
      return 1;
    }
  }
  return 0;
}

/** The file's text; a UsageError that names the file when it cannot be read or is not UTF-8 text. */
export function readText(file: string, io: Io, expected = 'Markdown text'): string {
  let data: Buffer;
  try {
    if (!io.isFile(file)) throw new UsageError(`${file}: not a file (is it a directory?)`);
    data = io.readFile(file);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot read (${code ?? (e as Error).message})`);
  }
  if (data.length > MAX_BYTES) throw new UsageError(`${file}: too large (${Math.round(data.length / 1048576)} MB; the limit is 20 MB)`);
  if (data.includes(0)) throw new UsageError(`${file}: looks like a binary file, expected ${expected}`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    throw new UsageError(`${file}: not valid UTF-8 text; save it as UTF-8 and try again`);
  }
}
