// The webview infrastructure: the page every view gets (CSP with a fresh nonce, scripts and styles only from the
// extension's webview folder), the message schemas both ways, and what the Diagrams view is sent and exports.
import * as assert from 'node:assert/strict';
import { diagramsOf } from '../../../src/diagrams';
import { publishesProblems } from '../../../src/diagrams/documents';
import { DIAGRAMS_PAGE, imageBytes, referredBlock, showMessage } from '../../../src/diagrams/model';
import { fromView, toView, viewState, type FromView } from '../../../src/diagrams/protocol';
import { contentSecurityPolicy, escapeHtml, newNonce, pageHtml, type WebviewResources } from '../../../src/shared/webview/html';
import { checkMessage } from '../../../src/shared/webview/protocol';

/** A webview with no http(s) anywhere: so any http(s) URL in a page came from the page builder. */
const resources: WebviewResources = { cspSource: 'vscode-webview-test:', resource: (p) => `vscode-webview-test://ext/dist/webview/${p}` };

function cspOf(html: string): Map<string, string[]> {
  const metas = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/g)];
  assert.equal(metas.length, 1, 'exactly one CSP meta element');
  const policy = metas[0][1].replace(/&#39;/g, "'");
  return new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
}

const tags = (html: string, tag: string): string[] => [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'g'))].map((m) => m[0]);
const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

describe('webview page', () => {
  const nonce = 'TESTNONCE0123456789abc==';
  const html = pageHtml(resources, DIAGRAMS_PAGE, nonce);
  const plain = pageHtml(resources, { title: 'Score', scripts: ['score.js', 'more.js'], styles: ['score.css'] }, nonce);

  it('has a CSP that allows nothing by default and scripts only with the nonce', () => {
    for (const page of [html, plain]) {
      const csp = cspOf(page);
      assert.deepEqual(csp.get('default-src'), ["'none'"]);
      assert.deepEqual(csp.get('script-src'), [`'nonce-${nonce}'`]);
      assert.deepEqual(csp.get('img-src'), [resources.cspSource, 'data:']);
      assert.deepEqual(csp.get('font-src'), [resources.cspSource]);
      assert.deepEqual([...csp.keys()].sort(), ['default-src', 'font-src', 'img-src', 'script-src', 'style-src']);
    }
  });

  it('keeps a style nonce unless the view draws with mermaid, which needs run-time styles', () => {
    assert.deepEqual(cspOf(plain).get('style-src'), [resources.cspSource, `'nonce-${nonce}'`]);
    assert.deepEqual(cspOf(html).get('style-src'), [resources.cspSource, "'unsafe-inline'"]);
    // A nonce would make browsers ignore 'unsafe-inline', so the two never stand together.
    assert.ok(!/nonce/.test(cspOf(html).get('style-src')!.join(' ')));
  });

  it('puts the nonce on every script and loads each from the extension', () => {
    for (const [page, expected] of [
      [html, ['diagrams.js']],
      [plain, ['score.js', 'more.js']],
    ] as const) {
      const scripts = tags(page, 'script');
      assert.equal(scripts.length, expected.length);
      scripts.forEach((s, i) => {
        assert.equal(attr(s, 'nonce'), nonce, s);
        assert.equal(attr(s, 'src'), resources.resource(expected[i]), s);
        assert.equal(attr(s, 'type'), 'module', s);
      });
      assert.equal((page.match(/<script/g) ?? []).length, scripts.length, 'no inline script');
    }
  });

  it('loads mermaid from the extension: the Diagrams page has one script, the bundle in dist/webview', () => {
    assert.deepEqual(tags(html, 'script').map((s) => attr(s, 'src')), [resources.resource('diagrams.js')]);
    const sheets = tags(html, 'link').map((l) => attr(l, 'href'));
    assert.deepEqual(sheets, [resources.resource('codicons/codicon.css'), resources.resource('diagrams.css')]);
    assert.ok(tags(html, 'link').some((l) => attr(l, 'id') === 'vscode-codicon-stylesheet'), 'the id vscode-icon looks up');
  });

  it('names no remote origin anywhere', () => {
    for (const page of [html, plain]) assert.doesNotMatch(page, /https?:|\/\/cdn|unpkg|jsdelivr/i);
  });

  it('makes a fresh nonce for every render, of 128 random bits', () => {
    const nonces = new Set(Array.from({ length: 50 }, () => newNonce()));
    assert.equal(nonces.size, 50);
    for (const n of nonces) assert.match(n, /^[A-Za-z0-9+/]{22}==$/);
    const a = cspOf(pageHtml(resources, DIAGRAMS_PAGE)).get('script-src');
    const b = cspOf(pageHtml(resources, DIAGRAMS_PAGE)).get('script-src');
    assert.notDeepEqual(a, b);
  });

  it('escapes the title and data attributes', () => {
    const page = pageHtml(resources, { title: '</title><script>alert(1)</script>', scripts: [], data: { 'doc"x': '"><script>alert(2)</script>' } }, nonce);
    assert.doesNotMatch(page, /<script>alert/);
    assert.match(page, /data-docx="&quot;&gt;&lt;script&gt;/);
    assert.equal(escapeHtml(`<a href='x'>&"`), '&lt;a href=&#39;x&#39;&gt;&amp;&quot;');
  });

  it('builds the policy from the webview source only', () => {
    assert.equal(contentSecurityPolicy('SRC', 'N'), "default-src 'none'; script-src 'nonce-N'; style-src SRC 'nonce-N'; img-src SRC data:; font-src SRC");
  });
});

describe('webview messages', () => {
  const uri = 'file:///w/design.md';
  const valid: FromView[] = [
    { type: 'view/ready' },
    { type: 'view/drawn', uri, version: 3, drawn: 2, failed: 1 },
    { type: 'source/reveal', uri, line: 12 },
    { type: 'source/copy', uri, version: 3, index: 0 },
    { type: 'diagram/export', uri, version: 3, index: 1, image: { format: 'svg', data: '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"></svg>' } },
    { type: 'diagram/export', uri, version: 3, index: 1, image: { format: 'png', data: 'data:image/png;base64,iVBORw0KGgo=' } },
  ];

  it('accepts what the Diagrams view sends', () => {
    for (const m of valid) assert.deepEqual(checkMessage(fromView, m), { ok: true, message: m });
  });

  it('rejects malformed messages from the view, saying what is wrong', () => {
    const bad: unknown[] = [
      undefined,
      null,
      'view/ready',
      [],
      {},
      { type: 'view/unknown' },
      { type: 'source/reveal', uri, line: -1 },
      { type: 'source/reveal', uri, line: 1.5 },
      { type: 'source/reveal', uri, line: '3' },
      { type: 'source/reveal', line: 3 },
      { type: 'source/copy', uri, version: 3, index: -2 },
      { type: 'source/copy', uri, index: 0 },
      { type: 'diagram/export', uri, index: 0, image: { format: 'svg', data: '<svg></svg>' } },
      { type: 'diagram/export', uri, version: 3, index: 0, image: { format: 'gif', data: 'GIF89a' } },
      { type: 'diagram/export', uri, index: 0, image: { format: 'png', data: 'data:text/html;base64,PHNjcmlwdD4=' } },
      { type: 'diagram/export', uri, index: 0, image: { format: 'png', data: 'data:image/png;base64,<script>' } },
      { type: 'diagram/export', uri, index: 0, image: { format: 'svg', data: '<script>alert(1)</script><svg>' } },
      { type: 'diagram/export', uri, index: 0, image: { format: 'svg', data: '<svg>'.padEnd(20_000_001, ' ') } },
    ];
    for (const m of bad) {
      const checked = checkMessage(fromView, m);
      assert.equal(checked.ok, false, JSON.stringify(m)?.slice(0, 80));
      if (!checked.ok) assert.match(checked.error, /^message .* ignored: /);
    }
    const named = checkMessage(fromView, { type: 'source/reveal', uri, line: -1 });
    assert.ok(!named.ok && /"source\/reveal".*line/.test(named.error), !named.ok ? named.error : '');
  });

  it('refuses a message too large to look into without parsing it', () => {
    const huge = { type: 'view/ready', padding: ['x'.repeat(30 * 1024 * 1024), 'y'.repeat(20 * 1024 * 1024)] };
    const checked = checkMessage(fromView, huge);
    assert.ok(!checked.ok && /larger than/.test(checked.error));
  });

  it('copes with a message that refers to itself (structured clone allows cycles)', () => {
    const cyclic: Record<string, unknown> = { type: 'source/reveal', uri, line: 1 };
    cyclic[''] = cyclic;
    assert.equal(checkMessage(fromView, cyclic).ok, true, 'unknown keys are dropped, the rest is a valid message');
  });

  it('accepts what the panel sends, and the view rejects anything else', () => {
    const show = showMessage({ uri, name: 'design.md', version: 1 }, diagramsOf('design.md', '# D\n\n```mermaid\nflowchart LR\n  A --> B\n```\n'));
    assert.equal(checkMessage(toView, show).ok, true);
    assert.equal(checkMessage(toView, { type: 'diagrams/clear', reason: 'none' }).ok, true);
    for (const bad of [
      { type: 'diagrams/show', document: { uri, name: 'x', version: 1 }, blocks: [{ ...show.blocks[0], kind: 'script' }] },
      { type: 'diagrams/show', document: { uri: 1, name: 'x', version: 1 }, blocks: [] },
      { type: 'diagrams/run', code: 'alert(1)' },
    ]) {
      assert.equal(checkMessage(toView, bad).ok, false, JSON.stringify(bad).slice(0, 80));
    }
  });

  it('sends the view a saga\'s text description, which a plain Mermaid block does not have (issue 19)', () => {
    const text = '# D\n\n```saga\nname: Pay\nstyle: orchestration\norchestrator: Payments saga\nsteps:\n  - { service: Payments, action: Charge card, compensation: Refund }\n  - { service: Orders, action: Confirm }\n```\n\n```mermaid\nflowchart LR\n  A --> B\n```\n';
    const show = showMessage({ uri, name: 'design.md', version: 1 }, diagramsOf('design.md', text));
    assert.equal(checkMessage(toView, show).ok, true);
    const [saga, plain] = show.blocks;
    assert.equal(saga.description?.[0], 'Pay: a saga by orchestration with 2 steps.');
    assert.match(saga.description?.[1] ?? '', /Charge card.*compensation: Refund/);
    assert.equal(plain.description, undefined);
  });

  it('acts on a block only for the version the view showed: after an edit, the same index may be another block', () => {
    const sent = { uri, version: 7, blocks: ['payment saga', 'lookup'] };
    assert.equal(referredBlock(sent, { uri, version: 7, index: 1 }), 'lookup');
    assert.equal(referredBlock(sent, { uri, version: 6, index: 1 }), 'stale', 'a click from a view still showing version 6');
    assert.equal(referredBlock(sent, { uri, version: 8, index: 0 }), 'stale');
    assert.equal(referredBlock(sent, { uri: 'file:///w/other.md', version: 7, index: 0 }), undefined, 'another document');
    assert.equal(referredBlock(sent, { uri, version: 7, index: 2 }), undefined, 'no such block');
    assert.equal(referredBlock(undefined, { uri, version: 7, index: 0 }), undefined, 'nothing sent yet');
  });

  it('reads back saved state only when it fits', () => {
    assert.equal(checkMessage(viewState, { views: { 'saga:0': { zoom: 1.5, x: 3, y: -4, failAt: 2, frame: 1 } } }).ok, true);
    assert.equal(checkMessage(viewState, { views: { 'saga:0': { zoom: 1000, x: 0, y: 0, failAt: null, frame: -1 } } }).ok, false);
    assert.equal(checkMessage(viewState, undefined).ok, false);
  });
});

describe('Diagram problems: which documents get them', () => {
  it('publishes for documents the user edits, not for the git: side of a diff or other read-only views', () => {
    for (const scheme of ['file', 'untitled', 'vscode-vfs', 'vscode-remote']) assert.equal(publishesProblems(scheme, []), true, scheme);
    for (const scheme of ['git', 'output', 'vscode-scm', 'review', 'pr', 'gitlens']) assert.equal(publishesProblems(scheme, ['file']), false, scheme);
    assert.equal(publishesProblems('memfs', ['memfs']), true, 'the scheme of a workspace folder');
    assert.equal(publishesProblems('memfs', ['file']), false);
  });
});

describe('Diagrams view contents', () => {
  const doc = [
    '# Order',
    '',
    '```saga',
    'name: Order',
    'style: orchestration',
    'orchestrator: Order saga',
    'steps:',
    '  - service: Orders',
    '    action: Create order',
    '    compensation: Cancel order',
    '  - service: Payments',
    '    action: Charge card',
    '    compensation: Refund card',
    '  - service: Stock',
    '    action: Reserve items',
    'failAt: 2',
    '```',
    '',
  ].join('\n');

  it('sends every run of the failure simulation: no failure, then a failure at each step', () => {
    const show = showMessage({ uri: 'file:///o.md', name: 'o.md', version: 4 }, diagramsOf('o.md', doc));
    const sim = show.blocks[0].simulation!;
    assert.deepEqual(sim.steps, ['1. Orders: Create order', '2. Payments: Charge card', '3. Stock: Reserve items']);
    assert.equal(sim.failAt, 2);
    assert.deepEqual(sim.runs.map((r) => r.failAt), [null, 1, 2, 3]);
    const failAt2 = sim.runs[2].frames;
    assert.deepEqual(failAt2.map((f) => f.phase), ['forward', 'failure', 'compensation', 'done']);
    assert.match(failAt2[1].caption, /Step 2 fails \(Payments: Charge card\)/);
    assert.match(failAt2[2].caption, /Compensating step 1/);
    assert.equal(failAt2.at(-1)!.mermaid, show.blocks[0].mermaid, 'the last frame of the spec\'s own run is the whole diagram');
  });

  it('sends problems with their lines and no simulation for a saga that cannot be drawn', () => {
    const broken = doc.replace('style: orchestration', 'style: orchestrated');
    const [block] = showMessage({ uri: 'file:///o.md', name: 'o.md', version: 1 }, diagramsOf('o.md', broken)).blocks;
    assert.equal(block.mermaid, undefined);
    assert.equal(block.simulation, undefined);
    assert.equal(block.problems[0].line, 5, 'lines in messages count from 1');
  });

  it('writes exported images as the bytes they carry', () => {
    const png = imageBytes({ format: 'png', data: 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUg==' });
    assert.deepEqual([...png.slice(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.equal(new TextDecoder().decode(imageBytes({ format: 'svg', data: '<svg>é</svg>' })), '<svg>é</svg>');
  });
});
