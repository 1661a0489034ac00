// package.json as VS Code shows it: every `%key%` string replaced by its English text from package.nls.json (what
// VS Code does for the display language when it has no package.nls.<locale>.json). For the docs, the README's
// settings table and the tests that read what a user sees.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Manifest = Record<string, unknown>;

const PLACEHOLDER = /^%([\w.-]+)%$/;

/** `manifest` with each `%key%` string taken from `nls`; a key `nls` lacks is an error naming it. */
export function localize<T>(manifest: T, nls: Readonly<Record<string, string>>): T {
  const visit = (value: unknown, path: string): unknown => {
    if (typeof value === 'string') {
      const key = PLACEHOLDER.exec(value)?.[1];
      if (key === undefined) return value;
      if (!Object.hasOwn(nls, key)) throw new Error(`package.json ${path}: ${value} is not in package.nls.json`);
      return nls[key];
    }
    if (Array.isArray(value)) return value.map((v, i) => visit(v, `${path}[${i}]`));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, visit(v, path ? `${path}.${k}` : k)]));
    return value;
  };
  return visit(manifest, '') as T;
}

/** The `%key%` names `manifest` uses, in order of appearance. */
export function placeholders(manifest: unknown): string[] {
  if (typeof manifest === 'string') return PLACEHOLDER.test(manifest) ? [PLACEHOLDER.exec(manifest)![1]] : [];
  if (Array.isArray(manifest)) return manifest.flatMap(placeholders);
  if (manifest && typeof manifest === 'object') return Object.values(manifest).flatMap(placeholders);
  return [];
}

/** The raw package.json and package.nls.json in `root`. */
export function readManifest(root: string): { raw: Manifest; nls: Record<string, string> } {
  return {
    raw: JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Manifest,
    nls: JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8')) as Record<string, string>,
  };
}

/** package.json in `root` with its English texts in place. */
export function localizedManifest<T = Manifest>(root: string): T {
  const { raw, nls } = readManifest(root);
  return localize(raw, nls) as T;
}
