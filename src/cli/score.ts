// The scoring commands of the CLI:
//   design-workbench score <answer.md> [--challenge <id>] [--rubric <file>] [--format text|json]
//   design-workbench challenges [--format text|json]
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as z from 'zod/mini';
import { frontMatterProblem, parseDocument } from '../shared/document';
import { buildRubricCatalog, challengeOf, findRubric, RUBRICS_DIR, scoreAnswer, type RubricCatalog, type ScoreResult } from '../scoring';
import { ansiStyle, evidenceJson, plainStyle, type Style } from './checklist-format';
import { frontMatterWarning, readText, UsageError, type Io } from './io';

export const SCORE_HELP = `  design-workbench score <answer.md> [--challenge <id>] [--rubric <file>] [--format text|json]
  design-workbench challenges [--format text|json]`;

export const SCORE_OPTIONS = `  --challenge <id>     score: the challenge to score against (default: the answer's
                       front matter 'challenge:')
  --rubric <file>      score: a rubric file (YAML) to score against;
                       .design-workbench/rubrics/*.yaml in the current folder is always read`;

/** The JSON contract of `score --format json`: exactly these keys, in this order (lines are 1-based). */
export interface JsonScore {
  readonly challenge: string;
  readonly total: number;
  readonly criteria: readonly {
    readonly id: string;
    readonly score: number;
    readonly max: number;
    readonly evidence: readonly { readonly line: number; readonly text: string }[];
    readonly missing: readonly string[];
    readonly feedback: string;
  }[];
}

export function toJsonScore(r: ScoreResult): JsonScore {
  return {
    challenge: r.challenge,
    total: r.total,
    criteria: r.criteria.map((c) => ({
      id: c.id,
      score: c.score,
      max: c.max,
      evidence: evidenceJson(c.evidence),
      missing: c.missing,
      feedback: c.feedback,
    })),
  };
}

const formatSchema = z.enum(['text', 'json']);
const challengeSchema = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case challenge id'));

function bar(score: number, max: number, width = 20): string {
  const filled = Math.round((score / max) * width);
  return '█'.repeat(filled) + '░'.repeat(width - filled);
}

export function scoreText(file: string, r: ScoreResult, style: Style = plainStyle): string {
  const out = [style.bold(`${file}: ${r.title} (${r.challenge})`), `Total ${r.total}/100`, ''];
  for (const c of r.criteria) {
    out.push(`${style.bold(c.title)}  ${c.score}/${c.max}  ${bar(c.score, c.max)}`);
    for (const e of c.evidence) out.push(`  ${e.strength === 'full' ? '✓' : '~'} line ${e.line}: ${e.text} ${style.dim(`(${e.concept})`)}`);
    for (const p of c.pitfalls) out.push(`  ✗ line ${p.line}: ${p.text} ${style.dim(`(${p.title}, -${p.penalty})`)}`);
    if (c.missing.length) out.push(`  missing: ${c.missing.join('; ')}`);
    out.push(`  ${c.feedback}`, '');
  }
  if (r.next.length) out.push(style.bold('What to do next'), ...r.next.map((n, i) => `  ${i + 1}. ${n}`));
  return out.join('\n');
}

/**
 * The workspace's own rubrics (.design-workbench/rubrics in the current folder) and the file passed with --rubric,
 * which wins over a workspace rubric with its id. A broken --rubric file is an error; a broken workspace rubric is
 * left out with a warning, as the extension does, so the other challenges still work.
 */
function catalogFor(io: Io, extra: readonly string[]): RubricCatalog {
  const chosen = new Set(extra.map((f) => resolve(f)));
  const files: { file: string; text: string; source: 'workspace' | 'file' }[] = [];
  let names: string[] = [];
  try {
    names = readdirSync(RUBRICS_DIR).filter((n) => /\.ya?ml$/i.test(n)).sort();
  } catch {
    // No workspace rubrics.
  }
  for (const n of names) {
    const file = join(RUBRICS_DIR, n);
    if (chosen.has(resolve(file))) continue;
    // A workspace rubric that cannot be read (binary, a folder, a dangling link, not UTF-8) is left out like an
    // invalid one: the built-in challenges and the other rubrics keep working.
    try {
      files.push({ file, text: readText(file, io, 'YAML text'), source: 'workspace' });
    } catch (e) {
      if (!(e instanceof UsageError)) throw e;
      io.err(`design-workbench: warning: ${e.message} (this rubric is left out)`);
    }
  }
  for (const f of extra) files.push({ file: f, text: readText(f, io, 'YAML text'), source: 'file' });
  const catalog = buildRubricCatalog(files);
  const fatal = catalog.problems.filter((p) => extra.includes(p.file));
  if (fatal.length) throw new UsageError(`invalid rubric:\n${fatal.map((p) => `  ${p.file}:${p.line + 1}: ${p.message}`).join('\n')}`);
  for (const p of catalog.problems) io.err(`design-workbench: warning: ${p.file}:${p.line + 1}: ${p.message} (this rubric is left out)`);
  return catalog;
}

function options(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { format: { type: 'string', default: 'text' }, challenge: { type: 'string' }, rubric: { type: 'string' } },
    });
  } catch (e) {
    throw new UsageError(`${(e as Error).message}. Run 'design-workbench --help'.`);
  }
}

function format(value: unknown): 'text' | 'json' {
  const parsed = formatSchema.safeParse(value);
  if (!parsed.success) throw new UsageError(`--format must be 'text' or 'json', got '${String(value)}'`);
  return parsed.data;
}

export function challengesMain(argv: readonly string[], io: Io): number {
  const { values, positionals } = options(argv);
  if (positionals.length) throw new UsageError(`'challenges' takes no file; got '${positionals[0]}'`);
  if (values.challenge !== undefined || values.rubric !== undefined) throw new UsageError(`'challenges' takes only --format`);
  const catalog = catalogFor(io, []);
  if (format(values.format) === 'json') {
    io.out(JSON.stringify(catalog.rubrics.map(({ rubric: r, source, file }) => ({ id: r.id, title: r.title, summary: r.summary, level: r.level, source, file, criteria: r.criteria.map((c) => ({ id: c.id, title: c.title, points: c.points })) })), null, 2));
  } else {
    const width = Math.max(...catalog.rubrics.map((r) => r.rubric.id.length));
    io.out(catalog.rubrics.map(({ rubric: r, source }) => `${r.id.padEnd(width)}  ${r.summary}${source === 'built-in' ? '' : ` (${source})`}`).join('\n'));
  }
  return 0;
}

export function scoreMain(argv: readonly string[], io: Io): number {
  const { values, positionals } = options(argv);
  const fmt = format(values.format);
  if (positionals.length !== 1) throw new UsageError(positionals.length ? `'score' takes one answer file, got ${positionals.length}` : `'score' needs an answer file (Markdown)`);
  const file = positionals[0];
  const rubricFile = typeof values.rubric === 'string' ? values.rubric : undefined;
  const catalog = catalogFor(io, rubricFile ? [rubricFile] : []);
  const doc = parseDocument(readText(file, io));
  const invalid = frontMatterProblem(doc);
  if (invalid) io.err(frontMatterWarning(file, invalid));

  let id = typeof values.challenge === 'string' ? values.challenge : undefined;
  if (id !== undefined && !challengeSchema.safeParse(id).success) throw new UsageError(`--challenge must be a kebab-case challenge id, got '${id}'`);
  if (id === undefined && rubricFile) id = catalog.rubrics.find((r) => r.file === rubricFile)?.rubric.id;
  id ??= challengeOf(doc);
  const known = catalog.rubrics.map((r) => r.rubric.id).join(', ');
  if (id === undefined && invalid) throw new UsageError(`${file}:${invalid.line}: no challenge read: the front matter is not valid YAML there; fix it, or pass --challenge <id>. Challenges: ${known}`);
  if (id === undefined) throw new UsageError(`${file}: no challenge given; pass --challenge <id> or put 'challenge: <id>' in the front matter. Challenges: ${known}`);
  const entry = findRubric(catalog, id);
  if (!entry) throw new UsageError(`unknown challenge '${id}'. Challenges: ${known}`);

  const result = scoreAnswer(doc, entry.rubric);
  if (fmt === 'json') io.out(JSON.stringify(toJsonScore(result), null, 2));
  else io.out(scoreText(file, result, io.color ? ansiStyle : plainStyle));
  return 0;
}
