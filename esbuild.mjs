// Bundles: the extension for Node and for the browser, the CLI, and the bench and eval tools.
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

const common = {
  bundle: true,
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  target: 'es2022',
  define: { VERSION: JSON.stringify(version), SPLIT_BUNDLES: 'false' },
  // markdown-it's entity table is most of its size; see src/shared/entities-shim.ts.
  alias: { entities: './src/shared/entities-shim.ts' },
};

// Node: the extension's entry holds what activation needs; the checklist core and the template
// flow are bundles of their own, required on first use (see src/shared/lazy.ts).
const split = { ...common.define, SPLIT_BUNDLES: 'true' };
const whole = { ...common.define, SPLIT_BUNDLES: 'false' };
const builds = [
  { ...common, define: split, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode', './checklist-core.js', './template-commands.js', './scoring-commands.js'] },
  { ...common, entryPoints: ['src/core.ts'], outfile: 'dist/checklist-core.js', platform: 'node', format: 'cjs' },
  { ...common, define: split, entryPoints: ['src/templates/command.ts'], outfile: 'dist/template-commands.js', platform: 'node', format: 'cjs', external: ['vscode'] },
  { ...common, define: split, entryPoints: ['src/scoring/command.ts'], outfile: 'dist/scoring-commands.js', platform: 'node', format: 'cjs', external: ['vscode'] },
  { ...common, define: whole, entryPoints: ['src/extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', external: ['vscode'] },
  { ...common, entryPoints: ['src/cli/index.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: ['scripts/bench.ts'], outfile: 'dist/bench.js', platform: 'node', format: 'cjs', external: ['markdownlint', 'markdown-it'] },
  { ...common, entryPoints: ['scripts/eval.ts'], outfile: 'dist/eval.js', platform: 'node', format: 'cjs' },
];

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
