// Bundles: the extension for Node and for the browser, the webview and Markdown preview scripts, the CLI,
// and the bench and eval tools.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
// `--cli`: only dist/cli.js, leaving the rest of dist/ alone (for `npm pack`, the GitHub Action and pre-commit).
const cliOnly = process.argv.includes('--cli');
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

const common = {
  bundle: true,
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  target: 'es2022',
  define: { VERSION: JSON.stringify(version), SPLIT_BUNDLES: 'false', LAZY_BUNDLE: '""' },
  // markdown-it's entity table is most of its size; see src/shared/entities-shim.ts. jsonc-parser's `main` is a UMD
  // build whose dynamic requires esbuild cannot follow: its ES module build is the same code.
  alias: { entities: './src/shared/entities-shim.ts', 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
};

// Node: the extension's entry holds what activation needs; everything else is required on first use
// (src/extension/lazy.ts) from the browser build, which has it all, so each library ships once for both hosts.
// Both are named in src/extension/bundles.json.
const bundles = JSON.parse(readFileSync('src/extension/bundles.json', 'utf8'));
const lazyPath = `./${bundles.lazy.file}`;
const split = { ...common.define, SPLIT_BUNDLES: 'true', LAZY_BUNDLE: JSON.stringify(lazyPath) };
const whole = { ...common.define, SPLIT_BUNDLES: 'false', LAZY_BUNDLE: '""' };
const builds = [
  { ...common, define: split, entryPoints: [bundles.activation.entry], outfile: `dist/${bundles.activation.file}`, platform: 'node', format: 'cjs', external: ['vscode', lazyPath] },
  { ...common, define: whole, entryPoints: [bundles.lazy.entry], outfile: `dist/${bundles.lazy.file}`, platform: 'browser', format: 'cjs', external: ['vscode'] },
  // The CLI carries its libraries (the package installs none); ES-module ones that read import.meta.url (fdir,
  // under tinyglobby) get the bundle's own file URL.
  {
    ...common,
    entryPoints: ['src/cli/index.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    define: { ...common.define, 'import.meta.url': '__cliFileUrl' },
    banner: { js: "#!/usr/bin/env node\nconst __cliFileUrl = require('node:url').pathToFileURL(__filename).href;" },
  },
  // Developer tools, built where the package does not look.
  { ...common, entryPoints: ['scripts/bench.ts'], outfile: 'out/tools/bench.js', platform: 'node', format: 'cjs', external: ['markdownlint', 'markdown-it'] },
  { ...common, entryPoints: ['scripts/eval.ts'], outfile: 'out/tools/eval.js', platform: 'node', format: 'cjs' },
  { ...common, entryPoints: ['scripts/train.ts'], outfile: 'out/tools/train.js', platform: 'node', format: 'cjs' },
];

// Webviews and the Markdown preview (dist/webview, the only folder a webview may load from): one ES-module build
// for every page, split into chunks, so that mermaid ships once and its diagram types load only when a page draws
// one; always minified (mermaid is most of it). The preview's entry is a classic script, as VS Code 1.100's preview
// loads it; it imports the renderer by a URL resolved from its own script URL (a name that never changes), and the
// renderer imports the shared chunks relative to itself. The renderer was once a file of its own, mermaid bundled a
// second time, because VS Code 1.100's preview now and then drew nothing; what it missed was a first render that
// reaches the page without the preview's update event, and the loader now starts when our hosts appear instead
// (webview/preview/loader.ts). The UI test draws the preview from these chunks on 1.100 and 1.139.
// Mermaid's diagram types a design document has use for load on demand; the rest (mind maps, Wardley maps,
// railroad grammars and the like, with cytoscape under some) are left out of the package, and a block of one of
// them shows a message naming the types we draw. KaTeX, for $$math$$ in labels, is replaced by the formula's text.
const mermaidDrawn = ['flowchart', 'flowchart-v2', 'flowchart-elk', 'sequence', 'class', 'classDiagram', 'state', 'stateDiagram', 'er', 'c4', 'gantt', 'timeline', 'journey', 'pie', 'requirement', 'info'];
const mermaidTypes = () => {
  // The core names each type's id just before its loader's import: `var id7 = "gantt"; ... import("./chunks/...")`.
  const core = readFileSync('node_modules/mermaid/dist/mermaid.core.mjs', 'utf8');
  const byChunk = new Map();
  for (const m of core.matchAll(/var id\d* = "([\w-]+)";[^]*?import\("(\.\/chunks\/mermaid\.core\/[\w-]+\.mjs)"\)/g)) byChunk.set(m[2], m[1]);
  if (byChunk.size < 20) throw new Error(`esbuild.mjs: found ${byChunk.size} Mermaid diagram loaders; has mermaid.core.mjs changed shape?`);
  return byChunk;
};
const drawnList = 'flowchart, sequence, class, state, ER, C4, gantt, timeline, journey, pie and requirement';
const mermaidSubset = {
  name: 'mermaid-subset',
  setup(build) {
    const byChunk = mermaidTypes();
    build.onResolve({ filter: /^\.\/chunks\/mermaid\.core\/[\w-]+\.mjs$/ }, (args) => {
      const type = byChunk.get(args.path);
      return type && !mermaidDrawn.includes(type) ? { path: type, namespace: 'mermaid-left-out', pluginData: `${type} diagrams` } : undefined;
    });
    // Layouts other than dagre, Mermaid's default (cose-bilkent carries cytoscape, half a megabyte).
    build.onResolve({ filter: /^\.\/(swimlanes|cose-bilkent)-[A-Z0-9]+\.mjs$/ }, (args) => {
      const layout = args.path.slice(2).split('-')[0];
      return { path: `${layout}-layout`, namespace: 'mermaid-left-out', pluginData: `${layout} layout` };
    });
    build.onLoad({ filter: /^/, namespace: 'mermaid-left-out' }, (args) => ({
      contents: `throw new Error(${JSON.stringify(`Design Workbench does not include Mermaid's ${args.pluginData}, to keep the extension small. It draws ${drawnList} diagrams, with the default layout.`)});`,
      loader: 'js',
    }));
    build.onResolve({ filter: /^katex$/ }, () => ({ path: 'katex', namespace: 'katex-text' }));
    build.onLoad({ filter: /^/, namespace: 'katex-text' }, () => ({
      contents: "const esc = (s) => s.replace(/[&<>\"']/g, (c) => `&#${c.charCodeAt(0)};`); export default { renderToString: (tex) => `<code>${esc(tex)}</code>` };",
      loader: 'js',
    }));
  },
};
const webview = { bundle: true, minify: true, sourcemap: !production, logLevel: 'warning', target: 'es2022', platform: 'browser', plugins: [mermaidSubset] };
builds.push(
  {
    ...webview,
    entryPoints: {
      diagrams: 'webview/diagrams/main.ts',
      score: 'webview/score/main.ts',
      'preview-render': 'webview/preview/render.ts',
      'practice-report': 'webview/practice/report.ts',
      'practice-dashboard': 'webview/practice/dashboard.ts',
    },
    outdir: 'dist/webview',
    format: 'esm',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
  },
  { ...webview, entryPoints: { preview: 'webview/preview/loader.ts' }, outdir: 'dist/webview', format: 'iife' },
  { ...webview, entryPoints: { diagrams: 'webview/diagrams/diagrams.css', preview: 'webview/preview/preview.css', score: 'webview/score/score.css', practice: 'webview/practice/practice.css' }, outdir: 'dist/webview' },
);

// The codicon font that @vscode-elements/elements icons draw with, beside the scripts.
const codicons = 'dist/webview/codicons';
if (!cliOnly) {
  // A clean dist/: the package ships dist/*.js, so a bundle from an older layout must not linger.
  rmSync('dist', { recursive: true, force: true });
  mkdirSync(codicons, { recursive: true });
  for (const f of ['codicon.css', 'codicon.ttf']) copyFileSync(`node_modules/@vscode/codicons/dist/${f}`, `${codicons}/${f}`);
}

if (cliOnly) {
  await esbuild.build(builds.find((b) => b.outfile === 'dist/cli.js'));
} else if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
