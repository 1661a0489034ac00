// Reads a YAML file users write and checks it against a zod schema; every problem carries the file
// and the 0-based line of the offending key, so editors and the CLI can point at it.
import * as z from 'zod/mini';
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
  v === null ? 'nothing (null)' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'a mapping' : `${typeof v} ${JSON.stringify(v)}`;

/** An issue in plain words: zod/mini carries no messages of its own, only codes. */
export function issueMessage(data: unknown, issue: z.core.$ZodIssue): { path: (string | number)[]; message: string } {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const custom = issue.message && issue.message !== 'Invalid input';
  let message: string;
  if (issue.code === 'unrecognized_keys') {
    return { path: [...path, issue.keys[0]], message: `${pathText(path) ? `${pathText(path)}: ` : ''}unknown key ${issue.keys.map((k) => `'${k}'`).join(', ')}` };
  } else if (custom) {
    message = issue.message;
  } else if (issue.code === 'invalid_type') {
    const value = valueAt(data, path);
    message = value === undefined ? 'is missing' : `must be ${article(issue.expected)}, got ${describeValue(value)}`;
  } else if (issue.code === 'invalid_value') {
    message = `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describeValue(valueAt(data, path))}`;
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
        const { path, message } = issueMessage(yaml.data, issue);
        return { file, line: lineOfPath(lines, path) ?? lineOfPath(lines, path.slice(0, -1)) ?? 0, message };
      }),
    };
  }
  return { ok: true, data: parsed.data as z.output<S>, lines };
}
