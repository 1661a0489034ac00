// Browser test of the Diagrams view and the Markdown preview script: the real pages (built by the extension's own
// code, with their CSP) served from 127.0.0.1 with the bundled dist/webview files, in headless Chromium. A stand-in
// for `acquireVsCodeApi` records what the view posts; the test sends what the panel would send.
// Usage: node test/browser/diagrams.mjs [--bench] [--rounds N]   (after npm run build)
// Screenshots go to test-results/webview/.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as esbuild from 'esbuild';
import { launchChromium } from '../../scripts/vscode/browser.mjs';
import { argValue } from '../../scripts/vscode/versions.mjs';
import { accessibilityViolations, posted, setTheme, waitPosted } from './pages.mjs';
import { practiceViews } from './practice.mjs';
import { log, repoRoot, runMain, seconds, withTimeout } from '../../scripts/vscode/util.mjs';

const WEBVIEW_DIR = path.join(repoRoot, 'dist', 'webview');
const RESULTS_DIR = path.join(repoRoot, 'test-results', 'webview');
const DOCUMENT = path.join(repoRoot, 'test', 'integration', 'workspace', 'diagrams.md');
const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.ttf': 'font/ttf', '.html': 'text/html' };

/** Bundles webview-harness.ts (the extension's page, messages and plugin, without `vscode`) and loads it. */
async function loadHarness() {
  const outfile = path.join(repoRoot, 'out', 'webview-harness.cjs');
  await esbuild.build({
    entryPoints: [path.join(import.meta.dirname, 'diagrams-harness.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
    alias: { entities: './src/shared/entities-shim.ts' },
  });
  return createRequire(import.meta.url)(outfile);
}

/** Serves dist/webview under /webview/ and the pages the test registers, on a free loopback port. */
async function serve() {
  /** @type {Map<string, string>} */
  const pages = new Map();
  /** @type {string[]} */
  const requested = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const page = pages.get(url.pathname);
    if (page !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page);
      return;
    }
    const rel = decodeURIComponent(url.pathname).replace(/^\/webview\//, '');
    const file = path.resolve(WEBVIEW_DIR, rel);
    if (!url.pathname.startsWith('/webview/') || !file.startsWith(WEBVIEW_DIR + path.sep) || !fs.existsSync(file)) {
      res.writeHead(404);
      res.end();
      return;
    }
    requested.push(rel);
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(fs.readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return { origin: `http://127.0.0.1:${address.port}`, pages, requested, close: () => new Promise((r) => server.close(() => r(undefined))) };
}

/** Runs before the page's scripts: the webview API stand-in, and a record of CSP violations. */
function webviewStandIn() {
  const w = /** @type {any} */ (window);
  w.__posted = [];
  w.__violations = [];
  w.__state = undefined;
  document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI || e.sample}`));
  w.acquireVsCodeApi = () => ({
    postMessage: (m) => w.__posted.push(JSON.parse(JSON.stringify(m))),
    getState: () => w.__state,
    setState: (s) => {
      w.__saves = (w.__saves ?? 0) + 1;
      w.__state = JSON.parse(JSON.stringify(s));
    },
  });
}

class Failures {
  /** @type {string[]} */ list = [];
  passed = 0;
  /** @param {boolean} ok @param {string} what */
  check(ok, what) {
    if (ok) this.passed++;
    else this.list.push(what);
    log(`  ${ok ? 'ok  ' : 'FAIL'} ${what}`);
  }
}

/**
 * The Diagrams view: every block drawn, the simulation steps, exports, problems, theme, invalid messages, CSP.
 * @param {import('playwright-core').Page} page
 */
async function diagramView(page, harness, server, t, bench) {
  const text = fs.readFileSync(DOCUMENT, 'utf8');
  const show = harness.showFor('diagrams.md', text, 5);
  server.pages.set('/diagrams', harness.diagramsPage(server.origin));
  await page.addInitScript(webviewStandIn);
  const consoleLines = [];
  page.on('console', (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
  await page.goto(`${server.origin}/diagrams`);
  await setTheme(page, 'light');
  await waitPosted(page, 'view/ready');

  // The blocks of the document: 2 sagas, 5 discovery patterns, 1 mermaid flowchart.
  const kinds = show.blocks.map((b) => b.kind).join(',');
  t.check(kinds === 'saga,saga,discovery,discovery,discovery,discovery,discovery,mermaid', `the fixture has both saga styles, five discovery blocks and a mermaid block (${kinds})`);
  const started = performance.now();
  await page.evaluate((m) => window.postMessage(m, '*'), show);
  const drawn = await waitPosted(page, 'view/drawn');
  const firstRender = performance.now() - started;
  t.check(drawn.drawn === show.blocks.length && drawn.failed === 0, `view/drawn reports ${drawn.drawn} drawn, ${drawn.failed} failed of ${show.blocks.length}`);
  const sections = await page.$$eval('section.diagram', (ss) => ss.map((s) => ({ kind: s.getAttribute('data-kind'), state: s.getAttribute('data-state'), svg: !!s.querySelector('.stage svg'), title: s.querySelector('.diagram-title')?.textContent })));
  t.check(sections.length === show.blocks.length && sections.every((s) => s.svg && s.state === 'drawn'), `an SVG for each of the ${show.blocks.length} blocks (${sections.filter((s) => s.svg).length})`);
  t.check(sections.map((s) => s.title).join('|') === show.blocks.map((b) => b.title).join('|'), 'titles in document order');
  const sequence = await page.$$eval('section[data-kind="saga"] .stage svg', (ss) => ss.every((s) => s.getAttribute('aria-roledescription') === 'sequence'));
  t.check(sequence, 'sagas are drawn as sequence diagrams');
  const flowcharts = await page.$$eval('section[data-kind="discovery"] .stage svg, section[data-kind="mermaid"] .stage svg', (ss) => ss.map((s) => s.getAttribute('aria-roledescription')));
  t.check(flowcharts.length === 6 && flowcharts.every((r) => r === 'sequence' || /flowchart/.test(r ?? '')), `discovery and mermaid blocks are drawn (${flowcharts.join(', ')})`);

  // Failure simulation on the orchestrated saga: fail at step 3, then step through.
  const saga = page.locator('section.diagram').first();
  const caption = saga.locator('.caption');
  await page.evaluate(() => {
    const select = /** @type {any} */ (document.querySelector('section.diagram vscode-single-select'));
    select.value = '3';
    select.dispatchEvent(new Event('change'));
  });
  const step = saga.locator('vscode-button', { hasText: 'Step' });
  const captions = [];
  for (let i = 0; i < 4; i++) {
    await step.click();
    await page.waitForFunction((n) => document.querySelector('section.diagram .counter')?.textContent === `Frame ${n} of 6` && document.querySelector('section.diagram')?.getAttribute('data-state') === 'drawn', i + 1);
    captions.push(await caption.textContent());
  }
  log(`    captions: ${captions.map((c) => JSON.stringify(c)).join('\n              ')}`);
  t.check(/Step 1 of 4/.test(captions[0] ?? '') && /Step 2 of 4/.test(captions[1] ?? ''), 'Step walks forward through steps 1 and 2');
  t.check(/Step 3 fails \(Inventory Service: Reserve stock\)/.test(captions[2] ?? ''), 'the third frame is the failure of step 3');
  t.check(/Compensating step 2: .*Payment Service .*Refund card/i.test(captions[3] ?? ''), 'then step 2 is compensated (refund card)');
  const highlighted = await saga.locator('.stage svg rect').evaluateAll((rs) => rs.some((r) => /rgba?\(37, 99, 235|rgb\(37, 99, 235\)/.test(`${r.getAttribute('fill')} ${getComputedStyle(r).fill}`)));
  t.check(highlighted, 'the compensation frame highlights its part of the diagram');
  await page.screenshot({ path: path.join(RESULTS_DIR, 'diagrams-simulation-light.png'), fullPage: false });
  const axeLight = await accessibilityViolations(page);
  t.check(axeLight.length === 0, `Diagrams view (light): axe finds no serious or critical violation (${axeLight.join('; ')})`);
  await saga.locator('vscode-button', { hasText: 'Back' }).click();
  await page.waitForFunction(() => document.querySelector('section.diagram .counter')?.textContent === 'Frame 3 of 6');
  t.check(/fails/.test((await caption.textContent()) ?? ''), 'Back returns to the failure frame');
  // Saved once the clicks pause.
  await page.waitForFunction(() => /** @type {any} */ (window).__state?.views?.['saga:0']?.frame === 2, undefined, { timeout: 5000 }).catch(() => undefined);
  const saved = await page.evaluate(() => /** @type {any} */ (window).__state);
  t.check(saved?.views?.['saga:0']?.failAt === 3 && saved.views['saga:0'].frame === 2 && saved.show?.document?.uri === show.document.uri, 'the view saves its document, failing step and frame with setState');

  // Play advances on its own; with reduced motion asked for, it is off and Step still works.
  const choreo = page.locator('section.diagram').nth(1);
  await choreo.locator('vscode-button', { hasText: 'Play' }).click();
  await page.waitForFunction(() => document.querySelectorAll('section.diagram')[1]?.querySelector('.counter')?.textContent?.startsWith('Frame 2 of'), undefined, { timeout: 6000 });
  await choreo.locator('vscode-button', { hasText: 'Pause' }).click();
  const paused = await choreo.locator('.counter').textContent();
  t.check(/^Frame 2 of/.test(paused ?? ''), `Play steps through the frames by itself, Pause stops it (${paused})`);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const playOff = await page
    .waitForFunction(() => document.querySelectorAll('section.diagram')[1]?.querySelector('vscode-button[icon="play"]')?.hasAttribute('disabled'), undefined, { timeout: 5000 })
    .then(() => true, () => false);
  await choreo.locator('vscode-button', { hasText: 'Step' }).click();
  const stepped = await page
    .waitForFunction(() => document.querySelectorAll('section.diagram')[1]?.querySelector('.counter')?.textContent?.startsWith('Frame 3 of'), undefined, { timeout: 5000 })
    .then(() => true, () => false);
  t.check(playOff && stepped, `with reduced motion, Play is off (${playOff}) and Step still walks the frames (${stepped})`);
  await page.emulateMedia({ reducedMotion: 'no-preference' });

  // A burst of Ctrl + wheel zooms is saved once it pauses, and what is saved is where the burst ended.
  const savesBefore = await page.evaluate(() => /** @type {any} */ (window).__saves);
  const wheeled = await saga.locator('.viewport').evaluate((v) => {
    const r = v.getBoundingClientRect();
    for (let i = 0; i < 40; i++) v.dispatchEvent(new window.WheelEvent('wheel', { deltaY: -12, ctrlKey: true, clientX: r.left + 50, clientY: r.top + 50, bubbles: true, cancelable: true }));
    return /** @type {HTMLElement} */ (v.querySelector('.stage')).style.transform;
  });
  const wheelZoom = Number(/scale\(([\d.]+)\)/.exec(wheeled)?.[1]);
  await page.waitForFunction((z) => Math.abs((/** @type {any} */ (window).__state?.views?.['saga:0']?.zoom ?? 0) - z) < 1e-3, wheelZoom, { timeout: 5000 }).catch(() => undefined);
  const afterWheel = await page.evaluate(() => ({ saves: /** @type {any} */ (window).__saves, zoom: /** @type {any} */ (window).__state?.views?.['saga:0']?.zoom }));
  const wheelSaves = afterWheel.saves - savesBefore;
  t.check(wheelZoom > 1 && Math.abs(afterWheel.zoom - wheelZoom) < 1e-3 && wheelSaves >= 1 && wheelSaves <= 2, `40 wheel zooms to ${wheelZoom.toFixed(2)}x are saved ${wheelSaves} time(s), with the final zoom (${afterWheel.zoom})`);
  await saga.locator('vscode-toolbar-button[data-action="screen-normal"]').click();

  // Zoom, then exports: SVG and PNG as the panel would write them.
  await saga.locator('vscode-toolbar-button[data-action="zoom-in"]').click();
  const transform = await saga.locator('.stage').evaluate((s) => s.style.transform);
  t.check(/scale\(1\.25\)/.test(transform), `Zoom in scales the drawing (${transform})`);
  for (const format of ['svg', 'png']) {
    const before = (await posted(page)).length;
    await saga.locator(`vscode-toolbar-button[data-action="${format === 'svg' ? 'file-code' : 'file-media'}"]`).click();
    const exported = await waitPosted(page, 'diagram/export', before);
    const received = harness.receive(exported);
    t.check(exported.version === show.document.version && exported.index === 0, `Export names the block and the version it drew (${exported.index}, ${exported.version})`);
    const signature = format === 'svg' ? /^3c 3f 78 6d 6c/ : /^89 50 4e 47 0d 0a 1a 0a/;
    t.check(received.ok && signature.test(received.head ?? '') && (received.bytes ?? 0) > 1000, `Export as ${format.toUpperCase()} posts a valid ${format} file (${received.bytes} bytes${received.error ? `, ${received.error}` : ''})`);
  }
  const copyFrom = (await posted(page)).length;
  await saga.locator('vscode-toolbar-button[data-action="copy"]').click();
  const copy = await waitPosted(page, 'source/copy', copyFrom);
  t.check(harness.receive(copy).ok && copy.index === 0 && copy.uri === show.document.uri && copy.version === show.document.version, `Copy asks the extension for block 0 of the version shown (${copy.version})`);
  const revealFrom = (await posted(page)).length;
  await saga.locator('button.diagram-line').click();
  const reveal = await waitPosted(page, 'source/reveal', revealFrom);
  t.check(reveal.line === show.blocks[0].line, `the line link asks to reveal line ${reveal.line}`);

  // Theme: dark redraws every diagram with mermaid's dark theme.
  await setTheme(page, 'dark');
  await page.waitForFunction(() => document.body.dataset.ready === 'true' && [...document.querySelectorAll('.stage svg')].length === 8 && getComputedStyle(document.querySelector('section[data-kind="mermaid"] .stage svg .node rect, section[data-kind="mermaid"] .stage svg .node polygon')).fill !== 'rgb(236, 236, 255)');
  const darkFill = await page.$eval('section[data-kind="mermaid"] .stage svg .node rect', (r) => getComputedStyle(r).fill);
  t.check(darkFill !== 'rgb(236, 236, 255)', `a dark theme redraws in dark colours (node fill ${darkFill})`);
  await page.screenshot({ path: path.join(RESULTS_DIR, 'diagrams-dark.png'), fullPage: false });
  const axeDark = await accessibilityViolations(page);
  t.check(axeDark.length === 0, `Diagrams view (dark): axe finds no serious or critical violation (${axeDark.join('; ')})`);

  // High contrast: black background, white text and lines, the theme's contrast border around shapes.
  await setTheme(page, 'high-contrast');
  await page.waitForFunction(() => document.body.dataset.ready === 'true' && getComputedStyle(document.querySelector('section[data-kind="mermaid"] .stage svg .node rect')).fill === 'rgb(0, 0, 0)', undefined, { timeout: 30_000 });
  const hc = await page.$eval('section[data-kind="mermaid"] .stage svg', (svg) => {
    const rect = svg.querySelector('.node rect');
    const label = svg.querySelector('.nodeLabel, .node text');
    const edge = svg.querySelector('.flowchart-link, path.edge');
    return { fill: getComputedStyle(rect).fill, stroke: getComputedStyle(rect).stroke, text: getComputedStyle(label).color, line: edge ? getComputedStyle(edge).stroke : '' };
  });
  t.check(hc.fill === 'rgb(0, 0, 0)' && hc.stroke === 'rgb(111, 195, 223)' && hc.text === 'rgb(255, 255, 255)' && hc.line === 'rgb(255, 255, 255)', `high contrast: black shapes with the contrast border, white text and lines (${JSON.stringify(hc)})`);
  await page.screenshot({ path: path.join(RESULTS_DIR, 'diagrams-high-contrast.png'), fullPage: false });
  const axeHighContrast = await accessibilityViolations(page);
  t.check(axeHighContrast.length === 0, `Diagrams view (high contrast): axe finds no serious or critical violation (${axeHighContrast.join('; ')})`);

  // Problems: a saga with a schema error and a mermaid block with a syntax error, each with its line, and a
  // diagram type the package leaves out (a mind map), which says what it draws instead.
  const broken = '# Broken\n\n```saga\nname: X\nstyle: orchestrated\nsteps:\n  - service: A\n    action: B\n```\n\n```mermaid\nflowchart LR\n  A --> B\n  B --> \n```\n\n```mermaid\nmindmap\n  root((Checkout))\n    Payments\n```\n';
  const brokenShow = harness.showFor('broken.md', broken, 2);
  const before = (await posted(page)).length;
  await page.evaluate((m) => window.postMessage(m, '*'), brokenShow);
  const brokenDrawn = await waitPosted(page, 'view/drawn', before);
  t.check(brokenDrawn.failed === 3 && brokenDrawn.drawn === 0, `the broken and left-out blocks are reported as failed (${brokenDrawn.failed})`);
  const failures = await page.$$eval('section.diagram .failure', (fs) => fs.map((f) => f.textContent));
  t.check(/Line 5: style/.test(failures[0] ?? ''), `the saga's problem is shown with its line (${(failures[0] ?? '').slice(0, 90)})`);
  t.check(/Mermaid could not draw this diagram:.*Line 14/s.test(failures[1] ?? ''), `mermaid's error is shown at the document line (${(failures[1] ?? '').replace(/\s+/g, ' ').slice(0, 90)})`);
  t.check(/does not include Mermaid's mindmap diagrams.*It draws flowchart, sequence/s.test(failures[2] ?? ''), `a left-out diagram type says which types are drawn (${(failures[2] ?? '').replace(/\s+/g, ' ').slice(0, 120)})`);
  const lineFrom = (await posted(page)).length;
  await page.locator('section.diagram .failure button.link').first().click();
  const problemReveal = await waitPosted(page, 'source/reveal', lineFrom);
  t.check(problemReveal.line === 5, 'clicking a problem asks to reveal its line (1-based, as shown)');

  // Messages that do not fit the schema are ignored (and logged), and the view keeps working.
  const junkFrom = (await posted(page)).length;
  await page.evaluate(() => {
    window.postMessage({ type: 'diagrams/show', document: { uri: 1 } }, '*');
    window.postMessage({ type: 'run/script', code: 'alert(1)' }, '*');
    window.postMessage('not an object', '*');
  });
  await page.evaluate((m) => window.postMessage(m, '*'), show);
  await waitPosted(page, 'view/drawn', junkFrom);
  const warnings = consoleLines.filter((l) => l.includes('[Design Workbench] message')).length;
  t.check(warnings === 3, `three malformed messages ignored with a warning (${warnings})`);
  t.check(harness.receive({ type: 'source/reveal', uri: 'x', line: -1 }).ok === false && harness.receive({ type: 'diagram/export', uri: 'x', index: 0, image: { format: 'png', data: 'data:text/html,<script>' } }).ok === false, 'the panel refuses malformed messages from the view');

  await setTheme(page, 'light');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForFunction(() => document.body.dataset.ready === 'true');
  const shot = path.join(RESULTS_DIR, 'diagrams.png');
  await page.screenshot({ path: shot, fullPage: true });
  log(`    screenshot ${path.relative(process.cwd(), shot)}`);

  const violations = await page.evaluate(() => /** @type {any} */ (window).__violations);
  t.check(violations.length === 0, `no CSP violations (${violations.slice(0, 3).join('; ')})`);
  const remote = server.requested.filter((r) => /^https?:/.test(r));
  t.check(remote.length === 0, 'every file came from dist/webview');
  const loaded = [...new Set(server.requested)].filter((r) => r.endsWith('.js'));
  const bytes = loaded.reduce((n, r) => n + fs.statSync(path.join(WEBVIEW_DIR, r)).size, 0);
  log(`    scripts loaded: ${loaded.length} files, ${(bytes / 1024).toFixed(0)} KB (of ${(totalJs() / 1024).toFixed(0)} KB in dist/webview)`);
  log(`    first render of ${show.blocks.length} diagrams (cold: mermaid and its chunks load): ${firstRender.toFixed(0)} ms`);

  if (bench) await benchmark(page, show, Number(bench));
}

function totalJs() {
  let n = 0;
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(d, e.name));
      else if (e.name.endsWith('.js')) n += fs.statSync(path.join(d, e.name)).size;
    }
  };
  walk(WEBVIEW_DIR);
  return n;
}

/** Median time to draw one block: each round redraws every block (a theme switch), timed per block by the view. */
async function benchmark(page, show, rounds) {
  await page.evaluate(() => performance.clearMeasures());
  for (let i = 0; i < rounds; i++) {
    await setTheme(page, i % 2 ? 'light' : 'dark');
    await page.waitForFunction(() => document.body.dataset.ready === 'false', undefined, { timeout: 5000 }).catch(() => undefined);
    await page.waitForFunction(() => document.body.dataset.ready === 'true');
  }
  const measures = await page.evaluate(() => performance.getEntriesByType('measure').filter((m) => m.name.startsWith('dw-draw')).map((m) => ({ name: m.name, ms: m.duration })));
  const byKind = {};
  for (const m of measures) (byKind[m.name.split(':')[1]] ??= []).push(m.ms);
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  console.log(`\nwebview render (headless Chromium, bundled mermaid): median ${median(measures.map((m) => m.ms)).toFixed(1)} ms per diagram over ${measures.length} draws of ${show.blocks.length} blocks (${rounds} rounds)`);
  for (const [kind, xs] of Object.entries(byKind)) console.log(`  ${kind}: median ${median(xs).toFixed(1)} ms (${xs.length} draws)`);
}

/** The Markdown preview on a VS Code without its own mermaid: our classic script draws the hosts. */
async function preview(page, harness, server, t) {
  const text = fs.readFileSync(DOCUMENT, 'utf8');
  server.pages.set('/preview', harness.previewPage(server.origin, text, false));
  server.pages.set('/preview-native', harness.previewPage(server.origin, text, true));
  await page.addInitScript(() => {
    /** @type {any} */ (window).__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => /** @type {any} */ (window).__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${server.origin}/preview`);
  await page.waitForFunction(() => document.querySelectorAll('.dw-diagram-host[data-drawn="true"]').length === 7, undefined, { timeout: 30_000 });
  const hosts = await page.$$eval('.dw-diagram-host', (hs) => hs.map((h) => !!h.shadowRoot?.querySelector('svg')));
  t.check(hosts.length === 7 && hosts.every(Boolean), `preview: the 7 saga and discovery blocks are drawn into shadow roots (${hosts.filter(Boolean).length})`);
  const mermaidFence = await page.$$eval('pre > code.language-mermaid', (cs) => cs.length);
  t.check(mermaidFence === 1, 'preview: the ```mermaid fence is left to others (plain code here)');
  // The preview patches the page on each edit and then fires this event: a changed text is redrawn in place.
  const hostBefore = await page.$eval('.dw-diagram-host', (h) => h.shadowRoot?.innerHTML.length);
  await page.evaluate(() => {
    const src = document.querySelector('.dw-diagram-host .dw-diagram-source');
    if (src) src.textContent = 'sequenceDiagram\n  participant A as Changed\n  A->>A: edited';
    window.dispatchEvent(new CustomEvent('vscode.markdown.updateContent'));
  });
  await page.waitForFunction(() => document.querySelector('.dw-diagram-host')?.shadowRoot?.textContent?.includes('Changed'));
  t.check(hostBefore !== undefined, 'preview: an edited block is redrawn after vscode.markdown.updateContent');
  await page.screenshot({ path: path.join(RESULTS_DIR, 'preview.png'), fullPage: false });
  const violations = await page.evaluate(() => /** @type {any} */ (window).__violations);
  t.check(violations.length === 0, `preview: no CSP violations under the preview's nonce-only scripts (${violations.join('; ')})`);

  // With VS Code's own mermaid, the plugin emits that renderer's markup and our script loads nothing.
  const before = server.requested.length;
  await page.goto(`${server.origin}/preview-native`);
  await page.waitForLoadState('load');
  const native = await page.$$eval('pre.mermaid', (ps) => ps.map((p) => p.getAttribute('style')));
  t.check(native.length === 7 && native.every((s) => s === 'all: unset;'), `native preview: 7 blocks as <pre class="mermaid" style="all: unset;"> (${native.length})`);
  const loadedAfter = server.requested.slice(before).filter((r) => r.endsWith('.js'));
  t.check(loadedAfter.join(',') === 'preview.js', `native preview: only the loader is fetched (${loadedAfter.join(', ')})`);
}

/**
 * The web build (dist/web/extension.js, one file): activated in a fresh Node process where `vscode` is a stand-in
 * and any other module it asks for is an error (a web extension host has no Node modules). Show Diagrams runs and
 * the preview plugin draws a saga, so the diagrams code path holds no Node API.
 */
function webBuild(t) {
  const bundle = path.join(repoRoot, 'dist', 'web', 'extension.js');
  const saga = ['```saga', 'name: A', 'style: orchestration', 'orchestrator: O', 'steps:', '  - service: S', '    action: Do', '```', ''].join('\n');
  const script = `
    const Module = require('module');
    const MarkdownIt = require(${JSON.stringify(path.join(repoRoot, 'node_modules', 'markdown-it'))});
    const stub = () => new Proxy(function () {}, {
      get: (_t, key) => (key === 'then' ? undefined : key === Symbol.toPrimitive ? () => 0 : key === Symbol.iterator ? function* () {} : stub()),
      apply: () => stub(), construct: () => stub(), set: () => true, defineProperty: () => true,
    });
    const handlers = {};
    // A plain object with the API's top-level names, so that the bundle's module interop can copy them.
    const names = ['languages', 'workspace', 'window', 'env', 'Uri', 'Range', 'Position', 'Selection', 'Diagnostic',
      'DiagnosticSeverity', 'CodeAction', 'CodeActionKind', 'WorkspaceEdit', 'EventEmitter', 'Disposable', 'ThemeIcon',
      'ThemeColor', 'TreeItem', 'TreeItemCollapsibleState', 'StatusBarAlignment', 'MarkdownString', 'Hover', 'ViewColumn',
      'TextEditorRevealType', 'ProgressLocation', 'ConfigurationTarget', 'QuickPickItemKind', 'FileType', 'RelativePattern', 'SnippetString', 'l10n',
      'tasks', 'Task', 'CustomExecution', 'TaskGroup', 'TaskRevealKind', 'CancellationTokenSource'];
    const vscode = Object.fromEntries(names.map((n) => [n, stub()]));
    vscode.extensions = { getExtension: () => undefined };
    vscode.commands = new Proxy({}, { get: (_c, m) => (m === 'registerCommand' ? (id, fn) => ((handlers[id] = fn), stub()) : stub()) });
    const load = Module._load;
    Module._load = (request, ...rest) => {
      if (request === 'vscode') return vscode;
      if (request !== ${JSON.stringify(bundle)}) throw new Error('the web build requires ' + request);
      return load(request, ...rest);
    };
    const api = require(${JSON.stringify(bundle)}).activate({ subscriptions: [], workspaceState: stub(), globalState: stub(), extensionUri: stub() });
    handlers['designWorkbench.showDiagrams']();
    const html = api.extendMarkdownIt(new MarkdownIt()).render(${JSON.stringify(saga)});
    process.stdout.write(html.includes('dw-diagram-host') ? 'ok' : html);
  `;
  let out;
  try {
    out = execFileSync(process.execPath, ['-e', script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    out = String(err.stderr ?? err).split('\n').find((l) => /^\w*Error\b/.test(l)) ?? String(err);
  }
  t.check(out === 'ok', `web build: Show Diagrams and the preview plugin run with no Node module (${out.slice(0, 120)})`);
}

async function main() {
  const argv = process.argv.slice(2);
  const bench = argv.includes('--bench') ? (argValue(argv, 'rounds') ?? '6') : undefined;
  if (!fs.existsSync(path.join(WEBVIEW_DIR, 'diagrams.js'))) throw new Error('dist/webview/diagrams.js is missing: run npm run build first');
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const t0 = performance.now();
  const harness = await loadHarness();
  const server = await serve();
  const t = new Failures();
  const { browser, page, close } = await launchChromium({ viewport: { width: 1100, height: 900 } });
  try {
    log('Diagrams view');
    await withTimeout(diagramView(page, harness, server, t, bench), 180_000, 'the Diagrams view test timed out');
    log('Web build');
    webBuild(t);
    log('Markdown preview script');
    const previewPageTab = await browser.contexts()[0].newPage();
    await withTimeout(preview(previewPageTab, harness, server, t), 120_000, 'the preview test timed out');
    log('Practice views (session report, progress dashboard)');
    await withTimeout(practiceViews(browser.contexts()[0], server, t, webviewStandIn), 120_000, 'the practice views test timed out');
  } catch (err) {
    await page.screenshot({ path: path.join(RESULTS_DIR, 'failure.png') }).catch(() => undefined);
    throw err;
  } finally {
    await close();
    await server.close();
  }
  log(`webview test in ${seconds(t0)}`);
  console.log(`webview: ${t.passed} passed, ${t.list.length} failed`);
  if (t.list.length) console.error(`failed:\n  ${t.list.join('\n  ')}`);
  return t.list.length ? 1 : 0;
}

runMain(main);
