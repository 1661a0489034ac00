// Templates: parsed from Markdown with YAML front matter, validated, and rendered with the user's
// values. Pure: no `vscode` import, no I/O; the caller reads files and supplies the clock.
import * as z from 'zod/mini';
import { splitLines } from '../shared/document';
import { MAX_PATTERN_INPUT } from '../shared/regex-safety';
import { readYaml } from '../shared/yaml';
import {
  BUILTIN_VARIABLES,
  templateFrontMatterSchema,
  variableSchema,
  type TemplateVariable,
} from './schema';
import { lineOfPath, yamlPathLines } from '../shared/yaml-lines';
import { article, describeValue as describe, pathText, valueAt } from '../shared/yaml-schema';
import { closest } from '../shared/closest';

export interface Template {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly variables: readonly TemplateVariable[];
  /** Extra front matter for the rendered document; values hold placeholders. */
  readonly frontMatter: Readonly<Record<string, string>>;
  /** The suggested file name without `.md`, with placeholders; undefined: from `system` or the id. */
  readonly fileName: string | undefined;
  /** The Markdown after the front matter. */
  readonly body: string;
  /** Where the template came from, for messages. */
  readonly file: string;
}

export interface TemplateError {
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  readonly message: string;
}

export type ParseResult = { readonly ok: true; readonly template: Template } | { readonly ok: false; readonly errors: readonly TemplateError[] };

export interface ValueProblem {
  readonly variable: string;
  readonly message: string;
}

export interface RenderContext {
  /** The workspace (folder) name for `{{workspace}}`. */
  readonly workspace?: string;
  /** The clock for `{{date}}` and `created`; defaults to the system clock. */
  readonly now?: () => Date;
}

export type RenderResult =
  | { readonly ok: true; readonly text: string; readonly values: Readonly<Record<string, string>>; readonly fileName: string }
  | { readonly ok: false; readonly problems: readonly ValueProblem[] };

/** `{{ name }}`, or `\{{…}}` for literal braces; the name is trimmed in code (blanks around a lazy group are quadratic). */
const PLACEHOLDER = /(\\?)\{\{([^{}\r\n]*)\}\}/g;
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Control characters and line separators: a value is one line of text. */
const hasControl = (s: string): boolean =>
  [...s].some((ch) => {
    const c = ch.codePointAt(0)!;
    return c < 0x20 || c === 0x7f || c === 0x85 || c === 0x2028 || c === 0x2029;
  });

// ---------------------------------------------------------------------------------------------
// Parsing.

/** Parses and validates a template; every problem comes back with its file and 1-based line. */
export function parseTemplate(file: string, source: string): ParseResult {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const lines = splitLines(text);
  const fail = (line: number, message: string): ParseResult => ({ ok: false, errors: [{ file, line, message }] });
  if (lines[0]?.trim() !== '---') {
    return fail(1, "a template starts with YAML front matter: a '---' line, then id, name, description and variables, then '---'");
  }
  const end = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
  if (end < 0) return fail(1, "the front matter opened on line 1 is never closed: add a '---' line after it");
  const yamlText = lines.slice(1, end).join('\n');
  // File line (1-based) of a 0-based line inside the YAML text.
  const fileLine = (yamlLine: number): number => yamlLine + 2;
  const yaml = readYaml(yamlText);
  if (!yaml.ok) return fail(fileLine(yaml.line), `front matter is not valid YAML: ${yaml.message}`);
  if (!yaml.data || typeof yaml.data !== 'object' || Array.isArray(yaml.data)) {
    return fail(2, 'the front matter must be a mapping with id, name, description and variables');
  }
  const paths = yamlPathLines(yamlText);
  const lineOf = (path: readonly (string | number)[]): number => {
    const l = lineOfPath(paths, path);
    return l === undefined ? 1 : fileLine(l);
  };

  const parsed = templateFrontMatterSchema.safeParse(yaml.data);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => issueError(file, yaml.data, issue, lineOf));
    return { ok: false, errors: errors.sort((a, b) => a.line - b.line) };
  }
  const fm = parsed.data;
  const errors: TemplateError[] = [];
  const seen = new Set<string>();
  fm.variables.forEach((v, i) => {
    if (seen.has(v.name)) errors.push({ file, line: lineOf(['variables', i, 'name']), message: `variable '${v.name}' is declared twice` });
    seen.add(v.name);
    if (v.default !== undefined && v.default !== '') {
      const problem = validateValue(v, v.default);
      if (problem) errors.push({ file, line: lineOf(['variables', i, 'default']), message: `the default of '${v.name}' ${problem}` });
    }
    if (v.message !== undefined && v.pattern === undefined) {
      errors.push({ file, line: lineOf(['variables', i, 'message']), message: `variable '${v.name}' has a message but no pattern for it to explain` });
    }
  });

  const known = new Set<string>([...seen, ...BUILTIN_VARIABLES]);
  const checkPlaceholders = (value: string, lineAt: (index: number) => number, where: string): void => {
    for (const p of placeholders(value)) {
      if (p.escaped) continue;
      if (!IDENTIFIER.test(p.name)) {
        errors.push({ file, line: lineAt(p.index), message: `${where}'${p.raw}' is not a placeholder: write {{name}} with a declared variable, or \\{{ for literal braces` });
      } else if (!known.has(p.name)) {
        errors.push({ file, line: lineAt(p.index), message: `${where}{{${p.name}}} is not declared${suggest(p.name, [...known])}. Declare it under 'variables' or use one of: ${[...known].join(', ')}` });
      }
    }
  };
  const frontMatter = fm.frontMatter ?? {};
  for (const [key, value] of Object.entries(frontMatter)) checkPlaceholders(value, () => lineOf(['frontMatter', key]), `frontMatter.${key}: `);
  if (fm.fileName !== undefined) checkPlaceholders(fm.fileName, () => lineOf(['fileName']), 'fileName: ');

  const bodyLines = lines.slice(end + 1);
  const body = bodyLines.join('\n');
  const bodyStart = end + 2;
  checkPlaceholders(body, (index) => bodyStart + countNewlines(body, index), '');
  if (!body.trim()) errors.push({ file, line: end + 1, message: 'the template has no body after its front matter' });

  if (errors.length) return { ok: false, errors: errors.sort((a, b) => a.line - b.line) };
  return {
    ok: true,
    template: {
      id: fm.id,
      name: fm.name,
      description: fm.description,
      variables: fm.variables,
      frontMatter,
      fileName: fm.fileName,
      body,
      file,
    },
  };
}

function issueError(
  file: string,
  data: unknown,
  issue: z.core.$ZodIssue,
  lineOf: (path: readonly (string | number)[]) => number,
): TemplateError {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const where = pathText(path);
  let message: string;
  if (issue.code === 'unrecognized_keys') {
    const shape = path.length === 0 ? templateFrontMatterSchema.shape : path[0] === 'variables' ? variableSchema.shape : {};
    const expected = Object.keys(shape);
    const what = issue.keys.map((k) => `'${k}'`).join(', ');
    const message = `unknown key ${what}${expected.length ? `; expected one of ${expected.join(', ')}` : ''}`;
    return { file, line: lineOf([...path, issue.keys[0]]), message: where ? `${where}: ${message}` : message };
  } else if (issue.code === 'invalid_key') {
    message = issue.issues[0]?.message ?? issue.message;
  } else if (issue.code === 'invalid_type' || issue.code === 'invalid_union') {
    const value = valueAt(data, path);
    message = value === undefined ? 'is missing' : issue.code === 'invalid_union' ? 'must be text' : `must be ${article(issue.expected)}, got ${describe(value)}`;
  } else {
    message = issue.message;
  }
  return { file, line: lineOf(path), message: where ? `${where} ${message}` : message };
}

interface Placeholder {
  readonly raw: string;
  readonly name: string;
  readonly index: number;
  readonly escaped: boolean;
}

function* placeholders(text: string): Generator<Placeholder> {
  for (const m of text.matchAll(PLACEHOLDER)) yield { raw: m[0], name: m[2].trim(), index: m.index, escaped: m[1] === '\\' };
}

function countNewlines(text: string, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** ", did you mean {{x}}?" for a name one or two edits away from a known one. */
function suggest(name: string, known: readonly string[]): string {
  const best = closest(name, known, () => 3);
  return best ? ` (did you mean {{${best}}}?)` : '';
}

// ---------------------------------------------------------------------------------------------
// Values.

/** Why `value` is not acceptable for `variable`, or undefined when it is (fits an input box's validation). */
export function validateValue(variable: TemplateVariable, value: string): string | undefined {
  const v = value.trim();
  if (hasControl(v)) return 'must be a single line of text';
  if (v.includes('<!--') || v.includes('-->')) return "must not contain '<!--' or '-->' (it would break the document's comments)";
  if (!v) return variable.required ? 'is required' : undefined;
  // The value a pattern runs on is bounded: a single line, never a file's worth.
  if (v.length > MAX_PATTERN_INPUT) return `must be at most ${MAX_PATTERN_INPUT} characters`;
  if (variable.pattern !== undefined && !new RegExp(variable.pattern).test(v)) return variable.message ?? `must match the pattern ${variable.pattern}`;
  return undefined;
}

/**
 * The value of every declared variable: what was given (trimmed), else its default, else empty.
 * A given but empty value does not fall back to the default: the user cleared it.
 */
export function resolveValues(
  template: Template,
  given: Readonly<Record<string, string | undefined>>,
): { readonly values: Readonly<Record<string, string>>; readonly problems: readonly ValueProblem[] } {
  const problems: ValueProblem[] = [];
  const declared = new Set(template.variables.map((v) => v.name));
  for (const name of Object.keys(given)) {
    if (!declared.has(name) && given[name] !== undefined) {
      const valid = declared.size ? `its variables are ${[...declared].join(', ')}` : 'it has no variables';
      problems.push({ variable: name, message: `is not a variable of template '${template.id}' (${valid})` });
    }
  }
  const values: Record<string, string> = {};
  for (const v of template.variables) {
    const raw = Object.hasOwn(given, v.name) && given[v.name] !== undefined ? given[v.name]! : (v.default ?? '');
    const problem = validateValue(v, raw);
    if (problem) problems.push({ variable: v.name, message: problem });
    values[v.name] = raw.trim();
  }
  return { values, problems };
}

// ---------------------------------------------------------------------------------------------
// Rendering.

/** Renders the document: Design Workbench's front matter, then the body with every placeholder filled in. */
export function renderTemplate(
  template: Template,
  given: Readonly<Record<string, string | undefined>> = {},
  context: RenderContext = {},
): RenderResult {
  const { values, problems } = resolveValues(template, given);
  if (problems.length) return { ok: false, problems };
  const date = formatDate((context.now ?? (() => new Date()))());
  const all: Record<string, string> = { ...values, date, workspace: context.workspace ?? '' };
  // One pass: a value that itself looks like {{x}} is inserted as written, never expanded.
  const fill = (text: string, map: (value: string) => string = (v) => v): string =>
    text.replace(PLACEHOLDER, (raw, escape: string, name: string) => (escape ? raw.slice(1) : Object.hasOwn(all, name.trim()) ? map(all[name.trim()]) : raw));

  const header = ['---', 'design-workbench: true', `template: ${template.id}`, `created: ${date}`];
  for (const [key, value] of Object.entries(template.frontMatter)) {
    const filled = fill(value).trim();
    if (filled) header.push(`${key}: ${yamlScalar(filled)}`);
  }
  header.push('---');
  const body = `${fill(template.body).replace(/^(?:[ \t]*\n)+/, '').trimEnd()}\n`;
  const fileName = fileNameFor(template, values, fill);
  return { ok: true, text: `${header.join('\n')}\n${body}`, values: all, fileName };
}

function fileNameFor(template: Template, values: Readonly<Record<string, string>>, fill: (text: string, map: (v: string) => string) => string): string {
  const base = template.fileName !== undefined ? fill(template.fileName, slug) : (values.system ?? template.id);
  return `${slug(base) || slug(template.id)}.md`;
}

/** Local calendar date as YYYY-MM-DD. */
export function formatDate(d: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A string as a YAML scalar: plain when that reads back as the same string, else double-quoted. */
export function yamlScalar(value: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9 _./-]*$/.test(value) && !/\s$/.test(value) && !/^(true|false|yes|no|on|off|null|y|n)$/i.test(value);
  return plain ? value : JSON.stringify(value);
}

/** A file-name-safe slug: "Checkout Platform!" → "checkout-platform". Empty when nothing is left. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') // one dash each: runs were collapsed just above
    .slice(0, 60)
    .replace(/-$/, '');
}

/**
 * `name`, then `base-N.ext` from N = 2: "checkout-design.md", "checkout-design-2.md", ...; a name
 * that already ends in "-N" continues from N + 1 ("checkout-design-2.md" → "checkout-design-3.md").
 */
export function* fileNameCandidates(name: string): Generator<string> {
  yield name;
  const dot = name.lastIndexOf('.');
  const hasExt = dot > Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1;
  const stem = hasExt ? name.slice(0, dot) : name;
  const ext = hasExt ? name.slice(dot) : '';
  const numbered = /^(.*[^\\/])-(\d+)$/.exec(stem);
  const base = numbered ? numbered[1] : stem;
  for (let n = numbered ? Number(numbered[2]) + 1 : 2; n < 10_000; n++) yield `${base}-${n}${ext}`;
}

/** The first free name among `fileNameCandidates(name)`. */
export function freeFileName(name: string, exists: (candidate: string) => boolean): string {
  for (const candidate of fileNameCandidates(name)) if (!exists(candidate)) return candidate;
  throw new Error(`no free file name like ${name}`);
}

/** `freeFileName` for an asynchronous file system (VS Code's `workspace.fs`). */
export async function freeFileNameAsync(name: string, exists: (candidate: string) => Promise<boolean>): Promise<string> {
  for (const candidate of fileNameCandidates(name)) if (!(await exists(candidate))) return candidate;
  throw new Error(`no free file name like ${name}`);
}
