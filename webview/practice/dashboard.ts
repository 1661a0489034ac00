// The progress dashboard: the topics that keep being missed, charts of scores, topics, criteria and time per
// phase, time habits and the latest sessions. Messages are parsed before use; text enters as text nodes.
import '@vscode-elements/elements/dist/vscode-button/index.js';
import * as z from 'zod/mini';
import { CHART_CSS } from '../../src/practice/charts';
import { dashboardViewDataSchema, toDashboardViewSchema, type DashboardViewData, type FromDashboardView, type ToDashboardView } from '../../src/practice/protocol';
import { connect } from '../shared/host';
import { codicon, el, onClick } from '../shared/dom';

const stateSchema = z.object({ data: dashboardViewDataSchema });
const host = connect<ToDashboardView, FromDashboardView, z.output<typeof stateSchema>>(toDashboardViewSchema, stateSchema, (m) => {
  data = m.data;
  render();
});
let data: DashboardViewData | undefined = host.savedState()?.data;

// The charts' colour rules: a constructed sheet, which the page's style nonce does not need to cover.
const sheet = new CSSStyleSheet();
sheet.replaceSync(CHART_CSS);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

const SVG_ELEMENTS = new Set(['svg', 'g', 'title', 'desc', 'line', 'polyline', 'polygon', 'rect', 'circle', 'path', 'text', 'tspan']);

/**
 * A chart as a DOM node. The SVG is the extension's own output (src/practice/charts.ts escapes every text it
 * puts in), parsed as XML, which runs nothing; as a second guard only the chart's element kinds are kept and
 * no event handler or link attribute survives. It is then imported, never assigned as HTML.
 */
function chartNode(svg: string): Node {
  const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = parsed.documentElement;
  if (root.localName !== 'svg' || parsed.getElementsByTagName('parsererror').length) return el('p', { class: 'error' }, 'This chart could not be drawn.');
  for (const node of [root, ...Array.from(root.querySelectorAll('*'))]) {
    if (!SVG_ELEMENTS.has(node.localName)) {
      node.remove();
      continue;
    }
    for (const a of Array.from(node.attributes)) if (/^on/i.test(a.name) || /href$/i.test(a.name) || a.name === 'style') node.removeAttribute(a.name);
  }
  return document.importNode(root, true);
}

function render(): void {
  const root = document.getElementById('root')!;
  root.replaceChildren();
  if (!data) {
    root.append(el('p', { class: 'muted' }, 'Reading the session history…'));
    return;
  }
  const start = onClick(el('vscode-button', {}, 'Start Mock Interview'), () => host.post({ type: 'practice/start' }));
  root.append(el('header', {}, el('h1', {}, 'Practice progress'), el('div', { class: 'muted' }, `${data.sessions} session${data.sessions === 1 ? '' : 's'}, kept on this machine`), el('div', { class: 'actions' }, start)));
  for (const p of data.problems) root.append(el('div', { class: 'banner', role: 'status' }, codicon('warning'), ' ', p));
  if (!data.sessions) {
    root.append(el('p', {}, 'No mock interviews yet. Each session you finish adds its scores, checklist coverage and time per phase here.'));
    host.saveState({ data });
    return;
  }
  if (data.weakest.length) {
    root.append(el('section', { id: 'weakest', class: 'weakest' }, el('h2', {}, 'Keeps coming back'), el('ul', {}, ...data.weakest.map((w) => el('li', {}, codicon('warning'), ' ', w)))));
  }
  root.append(
    el(
      'div',
      { class: 'charts' },
      ...data.charts.map((c) => el('figure', { class: 'chart', 'data-chart': c.id }, el('figcaption', {}, c.title), chartNode(c.svg))),
    ),
  );
  if (data.schedule.length) root.append(el('section', { id: 'schedule' }, el('h2', {}, 'Review schedule'), el('ul', {}, ...data.schedule.map((s) => el('li', {}, codicon('calendar'), ' ', s)))));
  if (data.habits.length) root.append(el('section', { id: 'habits' }, el('h2', {}, 'Time habits'), el('ul', {}, ...data.habits.map((h) => el('li', {}, h)))));
  if (data.recent.length) {
    root.append(
      el(
        'section',
        { id: 'recent' },
        el('h2', {}, 'Latest sessions'),
        el(
          'ul',
          { class: 'recent' },
          ...data.recent.map((r) => el('li', {}, onClick(el('a', { href: '#', 'data-session': r.id }, r.label), () => host.post({ type: 'session/open', id: r.id })), el('span', { class: 'muted' }, ` · ${r.description}`))),
        ),
      ),
    );
  }
  host.saveState({ data });
}

render();
host.post({ type: 'view/ready' });
