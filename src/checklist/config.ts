// The workspace configuration file, `.design-workbench.yaml` (or `.yml`, `.jsonc`), read alike by the editor
// and the CLI: found from a document's folder upwards, `extends` a shared file, validated by zod with every
// problem at its file and line. Pure: no `vscode`, no `node:fs`; files are read through the caller's reader.
import * as z from 'zod/mini';
import { findNodeAtLocation, parse as parseJsonc, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { minimatch } from 'minimatch';
import { readYaml } from '../shared/yaml';
import { lineOfPath, yamlPathLines } from '../shared/yaml-lines';
import { didYouMean, issueMessage, type FileProblem } from '../shared/yaml-schema';
import { lineAtOffset, lineStarts } from '../shared/offsets';
import { dirnameOf, relativeTo, resolvePath } from '../shared/paths';
import { CONFIG_NAMES } from './ids';
import type { Severity } from './settings';

export const CONFIG_SEVERITIES = ['error', 'warning', 'info', 'off'] as const;
export type ConfigSeverity = (typeof CONFIG_SEVERITIES)[number];
/** A chain of `extends` longer than this is a mistake, not a design. */
const MAX_EXTENDS = 10;

const text = z.string().check(z.trim(), z.minLength(1));
const severityMap = z.record(text, z.enum(CONFIG_SEVERITIES));

const overrideSchema = z.strictObject({
  /** Globs, relative to the folder of the file that names them. */
  files: z.union([text, z.array(text)]),
  /** Items left out of the score for these files, as the `out-of-scope` marker does in one document. */
  outOfScope: z.optional(z.array(text)),
  severity: z.optional(severityMap),
});

export const configSchema = z.strictObject({
  $schema: z.optional(z.string()),
  /** A shared file whose settings this one starts from, relative to this file. */
  extends: z.optional(text),
  include: z.optional(z.array(text)),
  exclude: z.optional(z.array(text)),
  severity: z.optional(severityMap),
  /** Checklist pack files, relative to this file. */
  packs: z.optional(z.array(text)),
  failUnder: z.optional(z.number().check(z.minimum(0), z.maximum(100))),
  overrides: z.optional(z.array(overrideSchema)),
});
export type ConfigData = z.infer<typeof configSchema>;

/** Descriptions for the JSON schema (editors show them on hover). */
export const configDocs: Record<string, string> = {
  extends: 'A shared configuration file this one starts from, relative to this file. What this file sets wins.',
  include: 'Globs of the design documents to check, relative to this file\'s folder (replaces the editor setting).',
  exclude: 'Globs of documents never checked, relative to this file\'s folder.',
  severity: 'Severity per checklist item or anti-pattern id: error, warning, info, or off to switch it off.',
  packs: 'Checklist pack files (YAML) to load, relative to this file, besides .design-workbench/checklists/*.yaml.',
  failUnder: 'The CLI exits 1 when a document scores below this (0-100); --fail-under wins.',
  overrides: 'Settings for some files only: `files` globs, the items `outOfScope` for them, and `severity`.',
};

/** Globs and the folder they are relative to. */
export interface Globs {
  readonly base: string;
  readonly patterns: readonly string[];
}

export interface ConfigOverride extends Globs {
  readonly outOfScope: readonly string[];
  readonly severity: Readonly<Record<string, ConfigSeverity>>;
}

/** Where a severity key was written, to report an unknown id once packs are known. */
export interface IdMention {
  readonly id: string;
  readonly file: string;
  /** 0-based. */
  readonly line: number;
}

/** The cascade merged: the nearest file over the files it extends. */
export interface Config {
  /** The nearest configuration file. */
  readonly file: string;
  readonly include: Globs | undefined;
  readonly exclude: readonly Globs[];
  readonly severity: Readonly<Record<string, ConfigSeverity>>;
  /** Absolute pack paths, the extended file's first. */
  readonly packs: readonly string[];
  readonly failUnder: number | undefined;
  readonly overrides: readonly ConfigOverride[];
  readonly mentions: readonly IdMention[];
}

export interface ConfigResult {
  readonly config: Config | undefined;
  /** Every file read into the configuration (watch them). */
  readonly files: readonly string[];
  readonly problems: readonly FileProblem[];
}

interface ParsedFile {
  readonly data: ConfigData;
  readonly problems: FileProblem[];
  readonly lineOf: (path: readonly (string | number)[]) => number;
}

/** Parses one file (YAML, or JSON with comments for `.jsonc`/`.json`); invalid parts are left out and reported. */
export function parseConfigFile(file: string, source: string): ParsedFile {
  const json = /\.jsonc?$/i.test(file);
  let raw: unknown;
  let lineOf: (path: readonly (string | number)[]) => number;
  const problems: FileProblem[] = [];
  if (json) {
    const errors: ParseError[] = [];
    raw = parseJsonc(source, errors, { allowTrailingComma: true });
    const starts = lineStarts(source);
    for (const e of errors) problems.push({ file, line: lineAtOffset(starts, e.offset), message: `invalid JSON: ${printParseErrorCode(e.error)}` });
    const tree = parseTree(source, [], { allowTrailingComma: true });
    lineOf = (path) => {
      for (let n = path.length; n > 0; n--) {
        const node = tree && findNodeAtLocation(tree, [...path.slice(0, n)]);
        if (node) return lineAtOffset(starts, node.parent?.type === 'property' ? node.parent.offset : node.offset);
      }
      return 0;
    };
  } else {
    const yaml = readYaml(source);
    if (!yaml.ok) return { data: {}, problems: [{ file, line: yaml.line, message: `invalid YAML: ${yaml.message}` }], lineOf: () => 0 };
    raw = yaml.data;
    const lines = yamlPathLines(source);
    lineOf = (path) => lineOfPath(lines, path) ?? 0;
  }
  if (raw === undefined || raw === null) return { data: {}, problems, lineOf };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { data: {}, problems: [...problems, { file, line: 0, message: 'expected a mapping of settings (include, severity, packs, ...)' }], lineOf };
  }
  // Each invalid setting (or override entry) is dropped and reported; the rest still applies.
  const data = structuredClone(raw) as Record<string, unknown>;
  for (let round = 0; round < 20; round++) {
    const parsed = configSchema.safeParse(data);
    if (parsed.success) return { data: parsed.data, problems: problems.sort((a, b) => a.line - b.line), lineOf };
    for (const issue of parsed.error.issues) {
      const { path, message } = issueMessage(data, issue, configSchema);
      problems.push({ file, line: lineOf(path), message });
      drop(data, issue.code === 'unrecognized_keys' ? path : path.slice(0, path[0] === 'overrides' ? 2 : 1));
    }
  }
  return { data: {}, problems, lineOf };
}

function drop(data: Record<string, unknown>, path: readonly (string | number)[]): void {
  let v: unknown = data;
  for (const p of path.slice(0, -1)) v = (v as Record<string | number, unknown> | undefined)?.[p];
  const last = path[path.length - 1];
  if (Array.isArray(v) && typeof last === 'number') v[last] = undefined;
  else if (v && typeof v === 'object') delete (v as Record<string | number, unknown>)[last];
  // An override left as undefined is removed from its list so the others keep their shape.
  if (Array.isArray(data.overrides)) data.overrides = data.overrides.filter((o) => o !== undefined);
}

/**
 * The configuration for documents in `folder`, as steps: each `yield` asks for a file's text (undefined when
 * there is none), so that the CLI reads synchronously and the editor through `workspace.fs`. The search goes up
 * to `root` (a workspace folder, or the filesystem's root) and stops at the first folder with a config file.
 */
export function* configSteps(folder: string, root: string | undefined): Generator<string, ConfigResult, string | undefined> {
  let nearest: { file: string; text: string } | undefined;
  for (let dir = folder; ; ) {
    for (const name of CONFIG_NAMES) {
      const file = resolvePath(dir, name);
      const found = yield file;
      if (found !== undefined) {
        nearest = { file, text: found };
        break;
      }
    }
    const up = dirnameOf(dir);
    if (nearest || dir === root || up === dir || (root !== undefined && !isInside(up, root))) break;
    dir = up;
  }
  if (!nearest) return { config: undefined, files: [], problems: [] };

  // The chain: the nearest file, then what it extends, and so on.
  const chain: { file: string; parsed: ParsedFile }[] = [];
  const problems: FileProblem[] = [];
  for (let current: { file: string; text: string } | undefined = nearest; current; ) {
    const parsed = parseConfigFile(current.file, current.text);
    problems.push(...parsed.problems);
    chain.push({ file: current.file, parsed });
    const named = parsed.data.extends;
    current = undefined;
    if (!named) break;
    const target = resolvePath(dirnameOf(chain[chain.length - 1].file), named);
    const at = { file: chain[chain.length - 1].file, line: parsed.lineOf(['extends']) };
    if (chain.some((c) => c.file === target)) {
      problems.push({ ...at, message: `extends '${named}' makes a cycle (${[...chain.map((c) => c.file), target].join(' → ')}); the extended settings are left out` });
    } else if (chain.length > MAX_EXTENDS) {
      problems.push({ ...at, message: `more than ${MAX_EXTENDS} files extend one another; '${named}' is left out` });
    } else {
      const found = yield target;
      if (found === undefined) problems.push({ ...at, message: `extends '${named}', but ${target} does not exist or cannot be read` });
      else current = { file: target, text: found };
    }
  }
  return { config: merge(chain), files: chain.map((c) => c.file), problems };
}

/** Merges the chain, the extended files first: a setting in a nearer file wins, severities merge per id, packs and overrides add up. */
function merge(chain: readonly { file: string; parsed: ParsedFile }[]): Config {
  let include: Globs | undefined;
  const exclude: Globs[] = [];
  const severity: Record<string, ConfigSeverity> = {};
  const packs: string[] = [];
  let failUnder: number | undefined;
  const overrides: ConfigOverride[] = [];
  const mentions: IdMention[] = [];
  for (const { file, parsed } of [...chain].reverse()) {
    const { data, lineOf } = parsed;
    const base = dirnameOf(file);
    if (data.include) include = { base, patterns: data.include };
    if (data.exclude) exclude.push({ base, patterns: data.exclude });
    Object.assign(severity, data.severity);
    for (const id of Object.keys(data.severity ?? {})) mentions.push({ id, file, line: lineOf(['severity', id]) });
    for (const p of data.packs ?? []) {
      const path = resolvePath(base, p);
      if (!packs.includes(path)) packs.push(path);
    }
    if (data.failUnder !== undefined) failUnder = data.failUnder;
    for (const [index, o] of (data.overrides ?? []).entries()) {
      overrides.push({ base, patterns: typeof o.files === 'string' ? [o.files] : o.files, outOfScope: o.outOfScope ?? [], severity: o.severity ?? {} });
      for (const id of o.outOfScope ?? []) mentions.push({ id, file, line: lineOf(['overrides', index, 'outOfScope']) });
      for (const id of Object.keys(o.severity ?? {})) mentions.push({ id, file, line: lineOf(['overrides', index, 'severity', id]) });
    }
  }
  return { file: chain[0].file, include, exclude, severity, packs, failUnder, overrides, mentions };
}

/** Problems for ids the configuration names that are neither an item nor an anti-pattern. */
export function unknownIds(config: Config, known: readonly string[]): FileProblem[] {
  return config.mentions
    .filter((m) => !known.includes(m.id))
    .map((m) => ({ file: m.file, line: m.line, message: `unknown checklist item or anti-pattern '${m.id}'${didYouMean(m.id, known)}` }));
}

function isInside(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder.endsWith('/') ? folder : `${folder}/`);
}

function matches(globs: Globs, path: string): boolean {
  if (!isInside(path, globs.base)) return false;
  const rel = relativeTo(globs.base, path);
  return globs.patterns.some((p) => minimatch(rel, p, { dot: true, matchBase: !p.includes('/') }));
}

/** Whether the configuration's exclude globs leave the document out. */
export function excludes(config: Config, path: string): boolean {
  return config.exclude.some((g) => matches(g, path));
}

/** Whether the configuration names the document: undefined when it sets no include globs (the caller decides). */
export function includes(config: Config, path: string): boolean | undefined {
  if (excludes(config, path)) return false;
  return config.include ? matches(config.include, path) : undefined;
}

/** What the configuration asks of one document. */
export interface DocumentConfig {
  /** Per id, in the editor settings' words (`info` is `information`). */
  readonly severity: Readonly<Record<string, Severity>>;
  readonly outOfScope: ReadonlySet<string>;
}

export function documentConfig(config: Config | undefined, path: string): DocumentConfig {
  const severity: Record<string, Severity> = {};
  const outOfScope = new Set<string>();
  const add = (from: Readonly<Record<string, ConfigSeverity>>): void => {
    for (const [id, s] of Object.entries(from)) severity[id] = s === 'info' ? 'information' : s;
  };
  if (config) {
    add(config.severity);
    for (const o of config.overrides) {
      if (!matches(o, path)) continue;
      add(o.severity);
      for (const id of o.outOfScope) outOfScope.add(id);
    }
  }
  return { severity, outOfScope };
}

/** Runs `configSteps` with a synchronous reader. */
export function loadConfigSync(folder: string, root: string | undefined, read: (path: string) => string | undefined): ConfigResult {
  const steps = configSteps(folder, root);
  let step = steps.next();
  while (!step.done) step = steps.next(read(step.value));
  return step.value;
}

/** Runs `configSteps` with an asynchronous reader. */
export async function loadConfig(folder: string, root: string | undefined, read: (path: string) => Promise<string | undefined>): Promise<ConfigResult> {
  const steps = configSteps(folder, root);
  let step = steps.next();
  while (!step.done) step = steps.next(await read(step.value));
  return step.value;
}
