// Reads a YAML file users write and checks it against a zod schema; every problem carries the file
// and the 0-based line of the offending key, so editors and the CLI can point at it.
import * as z from 'zod/mini';
import { closest } from './closest';
import { readYaml } from './yaml';
import { lineOfPath, yamlPathLines } from './yaml-lines';

export interface FileProblem {
  readonly file: string;
  /** 0-based. */
  readonly line: number;
  readonly message: string;
}

export function pathText(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('');
}

export function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let v = data;
  for (const p of path) {
    if (!v || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[p];
  }
  return v;
}

export const article = (type: string): string => (type === 'array' ? 'a list' : type === 'object' ? 'a mapping' : /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);
export const describeValue = (v: unknown): string =>
  v === undefined
    ? 'nothing'
    : v === null
      ? 'nothing (null)'
      : Array.isArray(v)
        ? 'a list'
        : typeof v === 'object'
          ? 'a mapping'
          : `${typeof v} ${JSON.stringify(v)}`;

/** "; did you mean 'severity'?" when a known word is close to the unknown one, else the words to choose from. */
export function didYouMean(word: string, known: readonly string[]): string {
  const best = closest(word, known, (k) => Math.max(3, Math.floor(k.length / 3) + 1));
  return best !== undefined ? `; did you mean '${best}'?` : `; expected one of ${known.join(', ')}`;
}

/** How each string format reads in a message. */
const FORMATS: Record<string, string> = { url: 'a URL, like https://example.com/docs', email: 'an e-mail address', regex: 'a regular expression' };

/** A bound in words: "must not be empty", "must have at least 2 entries", "must be at most 80 characters". */
function boundMessage(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, value: unknown): string {
  const small = issue.code === 'too_small';
  const bound = Number(small ? issue.minimum : issue.maximum);
  const unit = Array.isArray(value) ? 'entries' : typeof value === 'string' ? 'characters' : '';
  if (small && bound === 1 && unit) return Array.isArray(value) ? 'must not be an empty list' : 'must not be empty';
  return unit ? `must have ${small ? 'at least' : 'at most'} ${bound} ${unit}` : `must be ${small ? 'at least' : 'at most'} ${bound}`;
}

/** What the data at `path` may hold, as zod defines it: unwrapped from optional, default and pipe wrappers. */
type Def = { type: string; shape?: Record<string, { _zod: { def: Def } }>; innerType?: { _zod: { def: Def } }; in?: { _zod: { def: Def } }; element?: { _zod: { def: Def } }; options?: { _zod: { def: Def } }[] };

function unwrap(def: Def): Def[] {
  if (def.innerType) return unwrap(def.innerType._zod.def);
  if (def.type === 'pipe' && def.in) return unwrap(def.in._zod.def);
  if (def.type === 'union' && def.options) return def.options.flatMap((o) => unwrap(o._zod.def));
  return [def];
}

/** The keys an object schema accepts at `path` in the data (for "did you mean"); empty when there is none. */
export function knownKeysAt(schema: z.ZodMiniType, path: readonly (string | number)[]): string[] {
  let defs = unwrap(schema._zod.def as unknown as Def);
  for (const step of path) {
    defs = defs.flatMap((d) => {
      const next = typeof step === 'number' ? d.element : d.shape?.[step];
      return next ? unwrap(next._zod.def) : [];
    });
  }
  return [...new Set(defs.flatMap((d) => (d.type === 'object' && d.shape ? Object.keys(d.shape) : [])))];
}

/**
 * An issue in plain words: zod/mini carries no messages of its own, only codes. With the schema, an unknown key
 * comes with the known one it resembles.
 */
export function issueMessage(data: unknown, issue: z.core.$ZodIssue, schema?: z.ZodMiniType): { path: (string | number)[]; message: string } {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const custom = issue.message && issue.message !== 'Invalid input';
  const value = valueAt(data, path);
  let message: string;
  if (issue.code === 'unrecognized_keys') {
    const known = schema ? knownKeysAt(schema, path) : [];
    const hint = known.length ? didYouMean(String(issue.keys[0]), known) : '';
    return { path: [...path, issue.keys[0]], message: `${pathText(path) ? `${pathText(path)}: ` : ''}unknown key ${issue.keys.map((k) => `'${k}'`).join(', ')}${hint}` };
  } else if (custom) {
    message = issue.message;
  } else if (issue.code === 'invalid_type') {
    message = value === undefined ? 'is missing' : `must be ${article(issue.expected)}, got ${describeValue(value)}`;
  } else if (issue.code === 'invalid_value') {
    const values = issue.values.map(String);
    const guess = typeof value === 'string' ? closest(value, values, () => 3) : undefined;
    const choices = `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    message = value === undefined ? `is missing; it ${choices}` : `${choices}, got ${describeValue(value)}${guess ? ` (did you mean '${guess}'?)` : ''}`;
  } else if (issue.code === 'too_small' || issue.code === 'too_big') {
    message = boundMessage(issue, value);
  } else if (issue.code === 'invalid_format') {
    message = `must be ${FORMATS[issue.format] ?? `in the ${issue.format} format`}, got ${describeValue(value)}`;
  } else {
    message = issue.message;
  }
  return { path, message: pathText(path) ? `${pathText(path)}: ${message}` : message };
}

export type YamlCheck<T> =
  | { readonly ok: true; readonly data: T; /** Line of each YAML path (`items/0`), for problems found later. */ readonly lines: ReadonlyMap<string, number> }
  | { readonly ok: false; readonly problems: readonly FileProblem[] };

export function parseYamlFile<S extends z.ZodMiniType>(schema: S, file: string, source: string): YamlCheck<z.output<S>> {
  const yaml = readYaml(source);
  if (!yaml.ok) return { ok: false, problems: [{ file, line: yaml.line, message: `invalid YAML: ${yaml.message}` }] };
  const parsed = schema.safeParse(yaml.data ?? {});
  const lines = yamlPathLines(source);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => {
        const { path, message } = issueMessage(yaml.data, issue, schema);
        return { file, line: lineOfPath(lines, path) ?? lineOfPath(lines, path.slice(0, -1)) ?? 0, message };
      }),
    };
  }
  return { ok: true, data: parsed.data as z.output<S>, lines };
}
