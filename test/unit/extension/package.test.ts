// The .vsix a user installs, built for real (`npm run package`) and read file by file: only what runs in VS Code
// ships, everything the manifest names is inside, mermaid is in it once, and the package stays small.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VSIX, vsixEntries, type VsixEntry } from '../../../scripts/vsix';
import { REPO_ROOT } from '../../support/paths';

/** The largest .vsix we accept, in bytes. */
const MAX_VSIX_BYTES = 1.2 * 1024 * 1024;

/** What may ship: the manifest, its documents, the bundles and what they load, and the files the manifest names. */
const ALLOWED = [
  /^extension\.vsixmanifest$/,
  /^\[Content_Types\]\.xml$/,
  /^(package\.json|package\.nls\.json|readme\.md|changelog\.md|LICENSE\.txt)$/,
  /^dist\/(extension|web\/extension)\.js$/,
  /^dist\/webview\/[\w-]+\.(js|css)$/,
  /^dist\/webview\/chunks\/[\w-]+\.js$/,
  /^dist\/webview\/codicons\/codicon\.(css|ttf)$/,
  /^schemas\/[\w-]+\.schema\.json$/,
  /^snippets\/[\w-]+\.code-snippets$/,
  /^media\/[\w-]+\.(png|svg)$/,
];

/** Named so that a failure says what slipped in. */
const FORBIDDEN: [RegExp, string][] = [
  [/\.map$/, 'a source map'],
  [/\.(ts|tsx|mts)$/, 'a TypeScript source'],
  [/^(src|webview|scripts|test|out|eval|examples|fixtures|node_modules|\.cache|test-results)\//, 'a folder that does not run in VS Code'],
  [/(^|\/)fixtures\//, 'a test fixture'],
  [/\.vsix$/, 'a package inside the package'],
];

/** Relative paths in the manifest that VS Code loads from the extension's folder. */
function manifestFiles(pkg: Record<string, unknown>): string[] {
  const found = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string' && /^\.?\/?(dist|media|schemas|snippets)\/[\w./-]+\.\w+$/.test(value)) found.add(value.replace(/^\.?\//, ''));
    else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  visit({ main: pkg.main, browser: pkg.browser, icon: pkg.icon, contributes: pkg.contributes });
  return [...found].sort();
}

describe('the .vsix package', function () {
  this.timeout(120_000);
  let entries: VsixEntry[];
  let paths: Set<string>;

  before(() => {
    const built = spawnSync('npm', ['run', 'package'], { cwd: REPO_ROOT, encoding: 'utf8' });
    assert.equal(built.status, 0, `npm run package failed:\n${built.stdout}\n${built.stderr}`);
    entries = vsixEntries(join(REPO_ROOT, VSIX));
    paths = new Set(entries.map((e) => e.path));
  });

  it('holds only what runs in VS Code: no maps, sources, tests, fixtures or evaluation sets', () => {
    const forbidden = entries.flatMap((e) => FORBIDDEN.filter(([re]) => re.test(e.path)).map(([, why]) => `${e.path}: ${why}`));
    assert.deepEqual(forbidden, []);
    assert.deepEqual(entries.map((e) => e.path).filter((p) => !ALLOWED.some((re) => re.test(p))), [], 'files outside the allow-list');
  });

  it('holds every file the manifest names, and every chunk a webview script imports', () => {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
    const named = manifestFiles(pkg);
    assert.ok(named.includes('dist/extension.js') && named.includes('dist/webview/preview.js'), `manifest paths: ${named.join(', ')}`);
    assert.deepEqual(named.filter((f) => !paths.has(f)), [], 'named in package.json but not packaged');
    const missing: string[] = [];
    for (const script of [...paths].filter((p) => p.startsWith('dist/webview/') && p.endsWith('.js'))) {
      const text = readFileSync(join(REPO_ROOT, script), 'utf8');
      const dir = script.slice(0, script.lastIndexOf('/'));
      for (const [, rel] of text.matchAll(/(?:\bfrom|\bimport\(?)\s*"(\.\.?\/[\w./-]+\.js)"/g)) {
        const target = join(dir, rel);
        if (!paths.has(target)) missing.push(`${script} imports ${rel}`);
      }
    }
    assert.deepEqual(missing, []);
  });

  it('bundles mermaid once, for every page and the Markdown preview', () => {
    const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules/mermaid/package.json'), 'utf8')) as { version: string };
    // mermaid's render function hands its own version to each diagram renderer: one copy, one such call.
    const draw = new RegExp(`renderer\\.draw\\(\\w+,\\w+,"${version.replace(/\./g, '\\.')}"`);
    const copies = [...paths].filter((p) => p.endsWith('.js') && draw.test(readFileSync(join(REPO_ROOT, p), 'utf8')));
    assert.equal(copies.length, 1, `mermaid's renderer in: ${copies.join(', ')}`);
    assert.ok(copies[0].startsWith('dist/webview/chunks/'), copies[0]);
  });

  it(`is at most ${(MAX_VSIX_BYTES / 1024 / 1024).toFixed(1)} MB`, () => {
    const size = readFileSync(join(REPO_ROOT, VSIX)).length;
    const largest = [...entries].sort((a, b) => b.packed - a.packed).slice(0, 5).map((e) => `${e.path} ${(e.packed / 1024).toFixed(0)} KB`);
    assert.ok(size <= MAX_VSIX_BYTES, `${VSIX} is ${(size / 1024 / 1024).toFixed(2)} MB; largest: ${largest.join(', ')}`);
  });
});
