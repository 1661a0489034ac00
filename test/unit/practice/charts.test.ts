import * as assert from 'node:assert/strict';
import { CHART_CSS, barChart, escapeXml, lineChart } from '../../../src/practice/charts';
import { progressModel } from '../../../src/practice/progress';
import { syntheticHistory } from '../../support/synthetic';
import { dashboardModel, historyTree } from '../../../src/practice/dashboard';
import { overrunNotice, phaseNotice } from '../../../src/practice/status';
import { CATALOG, DAY, makeRecord } from '../../support/practice-helpers';

const T0 = Date.UTC(2026, 8, 1, 9);

/** Tags open and close in order, attributes are quoted, and no raw `<` or `&` is left in text. */
function assertWellFormed(svg: string): void {
  const stack: string[] = [];
  const rest = svg.replace(/<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g, (_, close: string, name: string, _attrs: string, self: string) => {
    if (close) assert.equal(stack.pop(), name, `</${name}> closes the wrong element`);
    else if (!self) stack.push(name);
    return '';
  });
  assert.deepEqual(stack, [], 'every element is closed');
  assert.doesNotMatch(rest, /<|>/, 'no stray markup');
  assert.doesNotMatch(rest, /&(?!(amp|lt|gt|quot|#39);)/, 'no unescaped ampersand');
}

const series = [
  { name: 'Total score', points: [{ x: T0, y: 40 }, { x: T0 + 10 * DAY, y: 100 }, { x: T0 + 5 * DAY, y: 0 }] },
  { name: 'Coverage <b>&"\'', points: [{ x: T0, y: 50, label: 'first & only' }] },
];

describe('practice charts', () => {
  it('draws a line chart that is well-formed, accessible and titled', () => {
    const svg = lineChart({ id: 'score chart', title: 'Score over <time>', description: 'Totals & coverage', series });
    assertWellFormed(svg);
    assert.match(svg, /^<svg [^>]*role="img"[^>]*aria-labelledby="score-chart-title score-chart-desc">/);
    assert.match(svg, /<title id="score-chart-title">Score over &lt;time&gt;<\/title><desc id="score-chart-desc">Totals &amp; coverage<\/desc>/);
    assert.match(svg, /<title>Coverage &lt;b&gt;&amp;&quot;&#39;, first &amp; only: 50<\/title>/);
    assert.doesNotMatch(svg, /<b>/);
  });

  it('places points by date and value, oldest left, 100 at the top', () => {
    const svg = lineChart({ id: 'c', title: 't', description: 'd', series: [series[0]], width: 640, height: 260 });
    // Plot area: x from 40 to 624, y from 28 (100) to 232 (0); points sorted by date.
    assert.match(svg, /<polyline [^>]*points="40,150.4 332,232 624,28"\/>/);
    assert.match(svg, /<text class="dw-axis" x="40" y="252" text-anchor="start" fill="currentColor">2026-09-01<\/text>/);
    assert.match(svg, /<text class="dw-axis" x="624" y="252" text-anchor="end" fill="currentColor">2026-09-11<\/text>/);
    const one = lineChart({ id: 'c', title: 't', description: 'd', series: [{ name: 's', points: [{ x: T0, y: 50 }] }] });
    assert.match(one, /<circle cx="332" cy="130"/, 'a single session sits in the middle');
  });

  it('takes its colours from the theme, and tells series apart by dash pattern too', () => {
    const svg = lineChart({ id: 'c', title: 't', description: 'd', series: [...series, { name: 'Third', points: [{ x: T0, y: 1 }] }] });
    assert.doesNotMatch(svg, /#[0-9a-fA-F]{3,8}\b|rgb\(|hsl\(/, 'no fixed colours');
    assert.match(svg, /class="dw-series dw-s0"/);
    const dashes = [...svg.matchAll(/<polyline [^>]*>/g)].map((m) => /stroke-dasharray="([^"]*)"/.exec(m[0])?.[1] ?? 'solid');
    assert.equal(new Set(dashes).size, 3, dashes.join(' | '));
    for (const v of ['--vscode-charts-blue', '--vscode-charts-orange', '--vscode-charts-lines', '--vscode-foreground']) assert.ok(CHART_CSS.includes(v), v);
  });

  it('says so when there is nothing to draw', () => {
    for (const svg of [
      lineChart({ id: 'c', title: 't', description: 'd', series: [] }),
      barChart({ id: 'b', title: 't', description: 'd', groups: [] }),
    ]) {
      assertWellFormed(svg);
      assert.match(svg, />No sessions yet</);
    }
  });

  it('draws grouped bars to scale, each with its value', () => {
    const svg = barChart({
      id: 'phases',
      title: 'Time per phase',
      description: 'Planned against spent',
      groups: [
        { label: 'Requirements & scope', values: [{ name: 'Planned', value: 15 }, { name: 'Spent', value: 30 }] },
        { label: 'Deep dive', values: [{ name: 'Planned', value: 35 }, { name: 'Spent', value: 0 }] },
      ],
      max: 100,
      unit: '%',
    });
    assertWellFormed(svg);
    // 414 px for 100 %: 15 % is 62.1 px, 30 % is 124.2 px.
    assert.match(svg, /<rect x="170" y="28" width="62.1" height="12" fill="currentColor"><title>Requirements &amp; scope, Planned: 15%<\/title><\/rect>/);
    assert.match(svg, /width="124.2" height="12" fill="currentColor" fill-opacity="0.55"><title>Requirements &amp; scope, Spent: 30%/);
    assert.match(svg, />0%<\/text>/);
  });

  it('escapes every text it is given', () => {
    assert.equal(escapeXml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('practice view-models', () => {
  it('builds the dashboard of twenty synthetic sessions: charts, weakest topics and habits', () => {
    const history = syntheticHistory({ catalog: CATALOG, count: 20, seed: 11, start: T0, weakTopics: ['fault-tolerance'] });
    const d = dashboardModel(progressModel(history));
    assert.equal(d.sessions, 20);
    assert.deepEqual(d.charts.map((c) => c.id), ['score', 'topics', 'criteria', 'phases']);
    for (const c of d.charts) assertWellFormed(c.svg);
    assert.match(d.weakest[0], /^Fault tolerance missed in [3-5] of the last 5 sessions$/);
    assert.equal(d.habits.length, 4);
    assert.match(d.habits[0], /^Requirements and scope: \d+% of your time against 16% planned; over plan in \d+ of 20 sessions\.$/);
    // The topics chart leads with the weak topic.
    assert.match(d.charts[1].svg, /<g class="dw-series dw-s0"><polyline[^>]*\/><circle[^>]*><title>Fault tolerance,/);
  });

  it('lists the history by month, newest first, with each score', () => {
    const tree = historyTree([
      makeRecord({ challenge: CATALOG[0], at: Date.UTC(2026, 9, 30, 12), percents: { boundaries: 50 } }),
      makeRecord({ challenge: CATALOG[2], at: Date.UTC(2026, 10, 2, 12) }),
      makeRecord({ challenge: CATALOG[1], at: Date.UTC(2026, 10, 20, 12), spent: [7, 16, 5, 0] }),
    ]);
    assert.deepEqual(tree.map((g) => [g.label, g.sessions.map((s) => `${s.label} — ${s.description}`)]), [
      ['November 2026', ['2026-11-20 Ride sharing — 100/100', '2026-11-02 URL shortener — 100/100']],
      ['October 2026', ['2026-10-30 E-commerce migration — 85/100']],
    ]);
    assert.equal(tree[0].sessions[0].tooltip, 'Ride sharing: 100/100, checklist 100/100, 28 min of 45 min');
  });

  it('words the phase and overrun notifications', () => {
    const n = phaseNotice('deep-dive', 2, 4, 16 * 60_000);
    assert.equal(n.message, 'Phase 3 of 4: Deep dive (16 min). Go deep on the hardest parts: consistency across services, failures, data and messaging.');
    assert.ok(n.prompts.some((p) => /saga/.test(p)));
    assert.equal(overrunNotice('high-level', 16 * 60_000, false), 'High-level design has run past its 16 min. Move on to the next phase when you can (click the timer).');
    assert.match(overrunNotice('wrap-up', 6 * 60_000, true), /Wrap up and finish when you can\.$/);
  });
});
