// `npm run bench`: how fast the checklist, the diagrams and the scorer are, as ratios against references measured in the same
// run (markdown-it's bare parse, markdownlint's default rules) on generated design documents, plus
// the extension bundle's size and its require-plus-activate time. Medians of interleaved runs.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { defaultEngine } from '../src/checklist/engine';
import { diagramsOf, type DiagramBlock } from '../src/diagrams';
import { builtinRubrics, scoreAnswer } from '../src/scoring';
import { parseDocument } from '../src/shared/document';
import bundles from '../src/extension/bundles.json';
import { generate } from './generate';
import { VSIX, vsixSummary } from './vsix';

/**
 * Real design prose: the labelled evaluation documents (written by people, not generated), joined in name order
 * and repeated until the text has `bytes` characters, cut at a document boundary.
 */
function realProse(bytes: number): string {
  const docs = listFiles(join(process.cwd(), 'eval', 'checklist'))
    .filter((f) => f.endsWith('.md') && !f.endsWith('README.md') && !f.endsWith('LABELLING.md'))
    .sort()
    .map((f) => readFileSync(f, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const doc = docs[i % docs.length];
    parts.push(doc);
    size += doc.length + 2;
  }
  return parts.join('\n\n').slice(0, bytes);
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)]));
}

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
      'ProgressLocation', 'ConfigurationTarget', 'QuickPickItemKind', 'FileType', 'RelativePattern', 'SnippetString', 'l10n',
      'tasks', 'Task', 'CustomExecution', 'TaskGroup', 'TaskRevealKind', 'CancellationTokenSource'];
    const vscode = Object.fromEntries(names.map((n) => [n, stub()]));
    Module._load = (request, ...rest) => (request === 'vscode' ? vscode : original(request, ...rest));
    const start = process.hrtime.bigint();
    require(${JSON.stringify(bundle)}).activate({ subscriptions: [], workspaceState: stub(), globalState: stub() });
    process.stdout.write(String(Number(process.hrtime.bigint() - start) / 1e6));
  `;

  return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
}

/** A design document with `count` diagram blocks: sagas in both styles, the five discovery patterns, plain Mermaid. */
function diagramDocument(count: number): string {
  const patterns = ['client-side', 'server-side', 'dns', 'service-mesh', 'kubernetes'];
  const parts = ['# Diagrams', ''];
  for (let i = 0; i < count; i++) {
    parts.push(`## Part ${i + 1}`, '', 'Why this flow looks the way it does, in a sentence or two.', '');
    const kind = i % 4;
    if (kind < 2) {
      const steps = ['Order|Create order|order.created|Cancel order', 'Payment|Charge card|payment.charged|Refund card', 'Inventory|Reserve items|inventory.reserved|Release items', 'Shipping|Book courier|shipping.booked|Cancel courier', 'Order|Confirm order|order.confirmed|'];
      parts.push('```saga', `name: Saga ${i + 1}`, `style: ${kind ? 'choreography' : 'orchestration'}`, ...(kind ? ['broker: Kafka'] : ['orchestrator: Order saga']), 'steps:');
      for (const s of steps) {
        const [service, action, event, compensation] = s.split('|');
        parts.push(`  - service: ${service}`, `    action: ${action}`, `    event: ${event}`, ...(compensation ? [`    compensation: ${compensation}`] : []));
      }
      parts.push(`failAt: ${(i % 5) + 1}`, '```', '');
    } else if (kind === 2) {
      parts.push('```discovery', `pattern: ${patterns[i % 5]}`, 'caller: Order', `service: Payment ${i}`, 'instances: [10.0.0.5:8080, 10.0.0.6:8080, 10.0.0.7:8080]', '```', '');
    } else {
      parts.push('```mermaid', 'flowchart LR', '  a[Order] --> b[Payment]', '```', '');
    }
  }
  return parts.join('\n');
}

/** diagramsOf (find, validate, check, draw every block) against parseDocument alone on the same text,
 * warm (the preview redraws on every edit) and on the first call. */
function diagramsBench(): void {
  const text = diagramDocument(50);
  let blocks: DiagramBlock[] = [];
  const first = time(() => (blocks = diagramsOf('bench.md', text)));
  if (blocks.length !== 50 || blocks.some((b) => b.mermaid === undefined)) throw new Error('the bench document must give 50 diagrams');
  for (let i = 0; i < 60; i++) {
    parseDocument(text);
    diagramsOf('bench.md', text);
  }
  const parse: number[] = [];
  const draw: number[] = [];
  for (let round = 0; round < 8; round++) {
    for (let i = 0; i < 15; i++) (round % 2 ? draw : parse).push(time(() => (round % 2 ? diagramsOf('bench.md', text) : parseDocument(text))));
  }
  const [mp, md] = [median(parse), median(draw)];
  const kb = (text.length / 1024).toFixed(1);
  console.log(`\nMermaid text for a document with 50 blocks (${kb} KB): parseDocument ${mp.toFixed(2)} ms, diagramsOf ${md.toFixed(2)} ms (${(md / mp).toFixed(1)}× parseDocument); first call, cold: ${first.toFixed(1)} ms`);
}

/** A 1,000-word answer: each criterion's model answer points under its heading, repeated in turn until long enough. */
function thousandWordAnswer(): { text: string; words: number } {
  const rubric = builtinRubrics()[0];
  const parts = ['---', `challenge: ${rubric.id}`, '---', `# ${rubric.title}`, ''];
  let words = 0;
  for (let round = 0; words < 1000; round++) {
    for (const c of rubric.criteria) {
      parts.push(`## ${c.title}${round ? ` (${round + 1})` : ''}`, '');
      for (const point of c.modelAnswer) {
        if (words >= 1000) break;
        parts.push(point, '');
        words += point.split(/\s+/).length;
      }
    }
  }
  return { text: parts.join('\n'), words };
}

/** scoreAnswer on a 1,000-word answer against parseDocument alone on the same text. */
function scoringBench(): void {
  const { text, words } = thousandWordAnswer();
  const rubric = builtinRubrics()[0];
  const first = time(() => scoreAnswer(text, rubric));
  for (let i = 0; i < 40; i++) {
    parseDocument(text);
    scoreAnswer(text, rubric);
  }
  const parse: number[] = [];
  const score: number[] = [];
  for (let round = 0; round < 8; round++) {
    for (let i = 0; i < 15; i++) (round % 2 ? score : parse).push(time(() => (round % 2 ? scoreAnswer(text, rubric) : parseDocument(text))));
  }
  const [mp, ms] = [median(parse), median(score)];
  console.log(`
Scoring a ${words}-word answer: parseDocument ${mp.toFixed(2)} ms, scoreAnswer ${ms.toFixed(2)} ms (${(ms / mp).toFixed(1)}× parseDocument); first call, cold: ${first.toFixed(1)} ms`);
}

/**
 * A check of `text` after a one-line edit (a word added to a different line each time, so that every edit is
 * new), against markdown-it's parse of the same edited text; medians.
 */
function recheck(label: string, text: string, engine: ReturnType<typeof defaultEngine>, md: MarkdownIt): string {
  const lines = text.split('\n');
  engine.forget();
  engine.run(parseDocument(text));
  const edit = (i: number): string => {
    const edited = [...lines];
    const k = (Math.floor(lines.length / 2) + i * 17) % lines.length;
    edited[k] = `${edited[k]} (edit ${i})`;
    return edited.join('\n');
  };
  const a: number[] = [];
  const b: number[] = [];
  const n = label === '1 MB' ? 7 : 21;
  for (let i = 0; i < n; i++) {
    const edited = edit(i);
    a.push(time(() => md.parse(edited, {})));
    b.push(time(() => engine.run(parseDocument(edited))));
  }
  const [ma, mb] = [median(a), median(b)];
  return `${`${label} real prose`.padEnd(20)} markdown-it ${ma.toFixed(2).padStart(7)} ms   re-check ${mb.toFixed(2).padStart(7)} ms   ${(mb / ma).toFixed(2)}× markdown-it`;
}

async function main(): Promise<void> {
  if (process.env.DW_BENCH_ONLY === 'scoring') return scoringBench();
  if (process.env.DW_BENCH_ONLY === 'diagrams') return diagramsBench();
  const markdownlint = 'markdownlint/sync'; // ESM-only: loaded at run time
  const { lint } = (await import(markdownlint)) as { lint: (o: { strings: Record<string, string> }) => unknown };
  const md = new MarkdownIt({ html: true });
  const engine = defaultEngine();
  const rounds: Record<string, number> = { '10 KB': 41, '100 KB': 21, '1 MB': 7 };
  console.log('Design Workbench bench — medians of interleaved runs, ratios in the same run\n');
  console.log('size / text          markdown-it   checklist   markdownlint   checklist/markdown-it   markdownlint/checklist');
  const corpora: [string, (bytes: number) => string][] = [
    ['generated', generate],
    ['real prose', realProse],
  ];
  const rechecks: string[] = [];
  for (const [kind, make] of corpora)
  for (const [label, bytes] of [['10 KB', 10_000], ['100 KB', 100_000], ['1 MB', 1_000_000]] as const) {
    const text = make(bytes);
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
      const block = (fn: () => void, into: number[], before?: () => void): void => {
        for (let i = 0; i < Math.ceil(runs / 3); i++) {
          before?.();
          into.push(time(fn));
        }
      };
      if (first) block(() => md.parse(text, {}), a);
      // A first check: nothing learnt from earlier runs of the same text.
      block(() => engine.run(parseDocument(text)), b, () => engine.forget());
      if (!first) block(() => md.parse(text, {}), a);
    }
    for (let i = 0; i < lintRuns; i++) c.push(time(() => lint({ strings: { doc: text } })));
    const [ma, mb, mc] = [median(a), median(b), median(c)];
    console.log(
      `${`${label} ${kind}`.padEnd(20)} ${ma.toFixed(2).padStart(8)} ms ${mb.toFixed(2).padStart(8)} ms ${mc.toFixed(1).padStart(10)} ms ` +
        `${(mb / ma).toFixed(2).padStart(16)}×   ${(mc / mb).toFixed(1).padStart(18)}×`,
    );
    if (kind === 'real prose') rechecks.push(recheck(label, text, engine, md));
  }
  console.log('\nre-check after a one-line edit (the editor checks the whole text again; the pieces, blocks and sentences an edit did not touch are kept, with what was read of them)');
  for (const line of rechecks) console.log(line);

  diagramsBench();
  scoringBench();

  const bundle = join(process.cwd(), 'dist', bundles.activation.file);
  const size = statSync(bundle).size;
  const activations: number[] = [];
  for (let i = 0; i < 15; i++) activations.push(requireAndActivate(bundle));
  const bytes = (file: string): number => statSync(join(process.cwd(), 'dist', file)).size;
  const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
  const minified = readFileSync(bundle, 'utf8').split('\n').length < 50;
  const nodeTotal = bytes(bundles.activation.file) + bytes(bundles.lazy.file);
  console.log(`\nextension bundle (what activation loads) ${kb(size)}${minified ? ', minified' : ' (not minified: build with --production)'}`);
  console.log(`  loaded on first use: ${bundles.lazy.file} ${kb(bytes(bundles.lazy.file))} (also the web build); Node total ${kb(nodeTotal)}; CLI ${kb(bytes('cli.js'))}`);
  const webview = listFiles(join(process.cwd(), 'dist', 'webview')).filter((f) => f.endsWith('.js'));
  const webviewBytes = webview.reduce((sum, f) => sum + statSync(f).size, 0);
  console.log(`  webviews: ${webview.length} scripts, ${kb(webviewBytes)}; all JavaScript shipped ${kb(nodeTotal + bytes('cli.js') + webviewBytes)}`);
  if (existsSync(VSIX)) for (const line of vsixSummary(VSIX)) console.log(`  ${line}`);
  else console.log(`  ${VSIX}: not built (npm run package)`);
  console.log(`require + activate ${median(activations).toFixed(2)} ms (median of 15 cold starts in fresh processes)`);
  console.log('\ntargets (issue 13): checklist ≤ 3× markdown-it at 100 KB of real prose; a re-check ≤ 1×; markdownlint ≥ 10× checklist; activate ≤ 15 ms; bundle ≤ 150 KB; 50 diagrams < 20 ms; scoring 1,000 words < 10 ms');
}

void main();
