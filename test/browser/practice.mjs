// Browser test of the practice views (session report, progress dashboard): the real pages with their CSP and the
// bundled dist/webview files, fed what the panels send; screenshots in light, dark and high contrast themes go to
// test-results/practice/. Called by diagrams.mjs, which serves the pages and provides the webview stand-in.
import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { createRequire } from 'node:module';
import { log, repoRoot } from '../../scripts/vscode/util.mjs';
import { accessibilityViolations, posted, setTheme, waitPosted } from './pages.mjs';

const RESULTS_DIR = path.join(repoRoot, 'test-results', 'practice');

async function loadPracticeHarness() {
  const outfile = path.join(repoRoot, 'out', 'practice-harness.cjs');
  await esbuild.build({ entryPoints: [path.join(import.meta.dirname, 'practice-harness.ts')], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning', alias: { entities: './src/shared/entities-shim.ts' } });
  return createRequire(import.meta.url)(outfile);
}

/** Rectangles of `selector` that overlap one another (a layout problem), as "a × b" strings. */
async function overlaps(page, selector) {
  return page.$$eval(selector, (els) => {
    const boxes = els.map((e) => e.getBoundingClientRect());
    const out = [];
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i], b = boxes[j];
      if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) out.push(`${i} × ${j}`);
    }
    return out;
  });
}

/** A view's page in a tab of its own, in the light theme, sent `show` once it says it is ready. */
async function openView(context, url, width, standIn, show) {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.addInitScript(standIn);
  await page.goto(url);
  await setTheme(page, 'light');
  await waitPosted(page, 'view/ready');
  await page.evaluate((m) => window.postMessage(m, '*'), show);
  return page;
}

/**
 * The page in light, dark and high contrast: a screenshot of each (`NAME.png`, `NAME-dark.png`, …), axe's serious
 * and critical violations none, and no CSP violation.
 */
async function inEveryTheme(page, name, t) {
  for (const theme of ['light', 'dark', 'high-contrast']) {
    await setTheme(page, theme);
    await page.waitForTimeout(50);
    const shot = path.join(RESULTS_DIR, theme === 'light' ? `${name}.png` : `${name}-${theme}.png`);
    await page.screenshot({ path: shot, fullPage: true });
    log(`    screenshot ${path.relative(process.cwd(), shot)}`);
    const axe = await accessibilityViolations(page);
    t.check(axe.length === 0, `${name} (${theme}): axe finds no serious or critical violation (${axe.join('; ')})`);
  }
  const violations = await page.evaluate(() => window.__violations);
  t.check(violations.length === 0, `${name}: no CSP violations (${violations.slice(0, 3).join('; ')})`);
}

/**
 * @param {import('playwright-core').BrowserContext} context
 * @param {{ origin: string, pages: Map<string, string> }} server
 * @param {{ check(ok: boolean, what: string): void }} t
 * @param {() => void} standIn the webview API stand-in, run before the page's scripts
 */
export async function practiceViews(context, server, t, standIn) {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const harness = await loadPracticeHarness();
  server.pages.set('/practice-dashboard', harness.dashboardPage(server.origin));
  server.pages.set('/practice-report', harness.reportPage(server.origin));
  server.pages.set('/score', harness.scorePage(server.origin));

  // The dashboard with 20 synthetic sessions.
  const page = await context.newPage();
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.addInitScript(standIn);
  await page.goto(`${server.origin}/practice-dashboard`);
  await setTheme(page, 'light');
  await waitPosted(page, 'view/ready');
  const show = harness.dashboardMessage();
  await page.evaluate((m) => window.postMessage(m, '*'), show);
  await page.waitForSelector('figure.chart svg');
  const charts = await page.$$eval('figure.chart', (fs) => fs.map((f) => ({ id: f.getAttribute('data-chart'), svg: !!f.querySelector('svg.dw-chart'), lines: f.querySelectorAll('polyline, rect').length })));
  t.check(charts.length === show.data.charts.length && charts.every((c) => c.svg && c.lines > 0), `dashboard: ${charts.length} charts drawn as SVG (${charts.map((c) => c.id).join(', ')})`);
  const weakest = await page.$$eval('#weakest li', (ls) => ls.map((l) => l.textContent));
  t.check(weakest.some((w) => /Fault tolerance missed in \d of the last 5 sessions/.test(w ?? '')), `dashboard: the weak topic is named (${weakest[0]})`);
  const seriesColours = await page.$$eval('figure[data-chart="score"] .dw-s0, figure[data-chart="score"] .dw-s1', (gs) => [...new Set(gs.map((g) => getComputedStyle(g).color))]);
  t.check(seriesColours.length === 2, `dashboard: the two score series have different colours (${seriesColours.join(', ')})`);
  t.check((await overlaps(page, 'figure.chart')).length === 0, 'dashboard: charts do not overlap');
  const crowded = [];
  for (const c of charts) {
    const o = await overlaps(page, `figure[data-chart="${c.id}"] svg text`);
    if (o.length) crowded.push(`${c.id}: ${o.length}`);
  }
  t.check(crowded.length === 0, `dashboard: no chart text prints over another (axis labels, legend, values) ${crowded.join(', ')}`);
  const clipped = await page.$$eval('figure.chart svg text', (ts) => ts.filter((x) => x.getBoundingClientRect().right > x.ownerSVGElement.getBoundingClientRect().right + 1).map((x) => x.textContent));
  t.check(clipped.length === 0, `dashboard: no chart text runs past its chart (${clipped.slice(0, 3).join(', ')})`);
  const wide = await page.$$eval('figure.chart svg', (ss) => ss.filter((s) => s.getBoundingClientRect().right > s.closest('figure').getBoundingClientRect().right + 1).length);
  t.check(wide === 0, 'dashboard: every chart fits its box');
  const from = (await posted(page)).length;
  await page.locator('#recent a').first().click();
  const open = await waitPosted(page, 'session/open', from);
  t.check(open.id === show.data.recent[0].id && harness.receive('dashboard', open).ok, 'dashboard: a latest session opens its report');
  const warned = page.waitForEvent('console', { predicate: (m) => m.text().includes('[Design Workbench] message "dashboard/show" ignored'), timeout: 5000 }).then(() => true, () => false);
  await page.evaluate(() => window.postMessage({ type: 'dashboard/show', data: { sessions: 'x' } }, '*'));
  t.check((await warned) && (await page.$$eval('figure.chart svg', (s) => s.length)) === charts.length, 'dashboard: a malformed message is ignored, the charts stay');
  t.check(harness.receive('dashboard', { type: 'session/open', id: '../../etc' }).ok === false, 'dashboard: the panel refuses a session id that is not one');
  await inEveryTheme(page, 'dashboard', t);

  // The report of a real scored answer.
  const reportShow = harness.reportMessage(path.join(process.cwd(), harness.ANSWER));
  const report = await openView(context, `${server.origin}/practice-report`, 1000, standIn, reportShow);
  await report.waitForSelector('#phases');
  const total = await report.textContent('[data-testid="total"]');
  t.check(total === String(reportShow.data.report.total), `report: the total is shown (${total})`);
  const rows = await report.$$eval('#phases tbody tr', (rs) => rs.map((r) => r.textContent));
  t.check(rows.length === 4 && /over plan/.test(rows[2] ?? '') === (reportShow.data.report.phases[2].verdict === 'over'), `report: time per phase with verdicts (${rows.map((r) => r?.replace(/\s+/g, ' ')).join(' | ')})`);
  const links = reportShow.data.report.improvements.flatMap((i) => i.links);
  if (links.length) {
    const before = (await posted(report)).length;
    await report.locator('a.line').first().click();
    const reveal = await waitPosted(report, 'source/reveal', before);
    t.check(reveal.line === links[0].line && harness.receive('report', reveal).ok, `report: an evidence link asks for line ${links[0].line}`);
  } else t.check(reportShow.data.report.improvements.length > 0, 'report: improvements are listed');
  t.check((await report.$$eval('#model vscode-collapsible', (cs) => cs.length)) === reportShow.data.report.modelAnswer.length, 'report: model answer points per criterion');
  await inEveryTheme(report, 'report', t);

  // The Answer Score panel, on the same scored answer.
  const scoreShow = harness.scoreMessage(path.join(process.cwd(), harness.ANSWER));
  const score = await openView(context, `${server.origin}/score`, 900, standIn, scoreShow);
  await score.waitForSelector('[data-testid="total"]');
  const scoreTotal = await score.textContent('[data-testid="total"]');
  t.check(scoreTotal === String(scoreShow.data.result.total), `score: the total is shown (${scoreTotal})`);
  await inEveryTheme(score, 'score', t);
}
