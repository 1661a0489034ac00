// `npm run bench`: how fast the checklist is, as ratios against references measured in the same
// run (markdown-it's bare parse, markdownlint's default rules) on generated design documents, plus
// the extension bundle's size and its require-plus-activate time. Medians of interleaved runs.
import { readFileSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { defaultEngine } from '../src/checklist/engine';
import { parseDocument } from '../src/shared/document';
import { generate } from './generate';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn: () => void): number {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

/** Loads the built extension in a fresh Node process, with a minimal stand-in for the `vscode`
 * module, and returns how long require plus activate took there (a cold start, as in VS Code). */
function requireAndActivate(bundle: string): number {
  // Any API the extension touches at activation answers with something disposable and callable.
  const script = `
    const Module = require('module');
    const original = Module._load;
    const stub = () => new Proxy(function () {}, {
      get: (_t, key) => (key === 'then' ? undefined : key === Symbol.toPrimitive ? () => 0 : stub()),
      apply: () => stub(),
      construct: () => stub(),
      set: () => true,
      defineProperty: () => true,
    });
    // A plain object with the API's top-level names, so that a bundler's module interop can copy them.
    const names = ['languages', 'commands', 'workspace', 'window', 'extensions', 'env', 'Uri', 'Range', 'Position',
      'Diagnostic', 'DiagnosticSeverity', 'CodeAction', 'CodeActionKind', 'WorkspaceEdit', 'EventEmitter', 'Disposable',
      'ThemeIcon', 'ThemeColor', 'TreeItem', 'TreeItemCollapsibleState', 'StatusBarAlignment', 'MarkdownString', 'Hover',
      'ProgressLocation', 'ConfigurationTarget', 'QuickPickItemKind', 'FileType', 'RelativePattern', 'SnippetString'];
    const vscode = Object.fromEntries(names.map((n) => [n, stub()]));
    Module._load = (request, ...rest) => (request === 'vscode' ? vscode : original(request, ...rest));
    const start = process.hrtime.bigint();
    require(${JSON.stringify(bundle)}).activate({ subscriptions: [], workspaceState: stub(), globalState: stub() });
    process.stdout.write(String(Number(process.hrtime.bigint() - start) / 1e6));
  `;

  return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
}

async function main(): Promise<void> {
  const markdownlint = 'markdownlint/sync'; // ESM-only: loaded at run time
  const { lint } = (await import(markdownlint)) as { lint: (o: { strings: Record<string, string> }) => unknown };
  const md = new MarkdownIt({ html: true });
  const engine = defaultEngine();
  const rounds: Record<string, number> = { '10 KB': 41, '100 KB': 21, '1 MB': 7 };
  console.log('Design Workbench bench — medians of interleaved runs, ratios in the same run\n');
  console.log('size     markdown-it   checklist   markdownlint   checklist/markdown-it   markdownlint/checklist');
  for (const [label, bytes] of [['10 KB', 10_000], ['100 KB', 100_000], ['1 MB', 1_000_000]] as const) {
    const text = generate(bytes);
    const runs = rounds[label];
    const lintRuns = label === '1 MB' ? 3 : Math.min(runs, 9);
    const a: number[] = [];
    const b: number[] = [];
    const c: number[] = [];
    for (let i = 0; i < Math.max(3, Math.ceil(20_000 / bytes) * 10); i++) {
      md.parse(text, {});
      engine.run(parseDocument(text));
    }
    // Blocks of samples per subject, alternating, so one subject's garbage is not charged to the
    // other; markdownlint, the slowest and most allocating, runs last.
    for (let round = 0; round < 3; round++) {
      const first = round % 2 === 0;
      const block = (fn: () => void, into: number[]): void => {
        for (let i = 0; i < Math.ceil(runs / 3); i++) into.push(time(fn));
      };
      if (first) block(() => md.parse(text, {}), a);
      block(() => engine.run(parseDocument(text)), b);
      if (!first) block(() => md.parse(text, {}), a);
    }
    for (let i = 0; i < lintRuns; i++) c.push(time(() => lint({ strings: { doc: text } })));
    const [ma, mb, mc] = [median(a), median(b), median(c)];
    console.log(
      `${label.padEnd(8)} ${ma.toFixed(2).padStart(8)} ms ${mb.toFixed(2).padStart(8)} ms ${mc.toFixed(1).padStart(10)} ms ` +
        `${(mb / ma).toFixed(2).padStart(16)}×   ${(mc / mb).toFixed(1).padStart(18)}×`,
    );
  }

  const bundle = join(process.cwd(), 'dist', 'extension.js');
  const size = statSync(bundle).size;
  const activations: number[] = [];
  for (let i = 0; i < 15; i++) activations.push(requireAndActivate(bundle));
  const kb = (file: string): string => `${(statSync(join(process.cwd(), 'dist', file)).size / 1024).toFixed(1)} KB`;
  const minified = readFileSync(bundle, 'utf8').split('\n').length < 50;
  console.log(`\nextension bundle (what activation loads) ${(size / 1024).toFixed(1)} KB${minified ? ', minified' : ' (not minified: build with --production)'}`);
  console.log(`  loaded on first use: checklist core ${kb('checklist-core.js')}, template commands ${kb('template-commands.js')}; web build, one file: ${kb('web/extension.js')}`);
  console.log(`require + activate ${median(activations).toFixed(2)} ms (median of 15 cold starts in fresh processes)`);
  console.log('\ntargets: checklist ≤ 2× markdown-it at 100 KB; markdownlint ≥ 15× checklist at 100 KB; activate ≤ 15 ms; bundle ≤ 150 KB');
}

void main();
