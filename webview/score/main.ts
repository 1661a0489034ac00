// The score view: total, a bar per criterion, evidence that jumps to its line, what is missing, what to do
// next, the model answer points, and the optional second opinion beside our score. Every message from the
// extension is parsed before use, and user text only ever enters the page as text nodes.
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-badge/index.js';
import '@vscode-elements/elements/dist/vscode-collapsible/index.js';
import '@vscode-elements/elements/dist/vscode-progress-ring/index.js';
import * as z from 'zod/mini';
import { scoreViewDataSchema, toScoreViewSchema, type FromScoreView, type OpinionState, type ScoreViewData, type ToScoreView } from '../../src/scoring/protocol';
import { button, el, meter } from '../shared/dom';
import { connect } from '../shared/host';

const stateSchema = z.object({ data: scoreViewDataSchema });
const host = connect<ToScoreView, FromScoreView, z.output<typeof stateSchema>>(toScoreViewSchema, stateSchema, (m) => {
  if (m.type === 'score/show') data = m.data;
  else if (m.type === 'score/stale' && data) data = { ...data, stale: true };
  else if (m.type === 'opinion/state' && data) data = { ...data, opinion: m.opinion };
  render();
});

function send(label: string, message: FromScoreView, attrs: Record<string, string> = {}): HTMLElement {
  return button(label, () => host.post(message), { attrs });
}

function lineLink(line: number, text: string): HTMLElement {
  const a = el('a', { href: '#', class: 'line', title: `Go to line ${line}` }, `line ${line}`);
  a.addEventListener('click', (e) => {
    e.preventDefault();
    host.post({ type: 'source/reveal', line });
  });
  return el('span', {}, a, ' ', el('q', {}, text));
}


let data: ScoreViewData | undefined = host.savedState()?.data;

function render(): void {
  const root = document.getElementById('root')!;
  root.replaceChildren();
  if (!data) {
    root.append(el('p', { class: 'muted' }, 'Scoring…'));
    return;
  }
  const { result } = data;
  root.append(
    el('header', {}, el('h1', {}, result.title), el('div', { class: 'muted' }, `${data.file} · challenge ${result.challenge} · ${result.words} words`)),
    el('div', { class: 'total' }, el('span', { class: 'number', 'data-testid': 'total' }, String(result.total)), el('span', { class: 'muted' }, ' / 100'), meter(result.total, 100, 'Total score')),
  );
  if (data.stale) {
    root.append(el('div', { class: 'banner', role: 'status' }, 'The answer changed since it was scored; the highlights are cleared. ', send('Score Again', { type: 'score/again' })));
  }
  if (result.next.length) {
    root.append(el('section', { class: 'next' }, el('h2', {}, 'What to do next'), el('ol', {}, ...result.next.map((n) => el('li', {}, n)))));
  }
  for (const c of result.criteria) {
    const section = el('section', { class: 'criterion', 'data-criterion': c.id });
    section.append(
      el('h2', {}, el('span', {}, c.title), el('span', { class: 'points' }, `${c.score} / ${c.max}`)),
      meter(c.score, c.max, `${c.title}: ${c.score} of ${c.max}`),
      el('p', { class: 'question muted' }, c.question),
      el('p', { class: 'feedback' }, c.feedback),
    );
    if (c.evidence.length || c.pitfalls.length) {
      const list = el('ul', { class: 'evidence' });
      for (const e of c.evidence) {
        list.append(
          el('li', { class: e.strength }, el('vscode-badge', { variant: e.strength === 'full' ? 'counter' : 'default' }, e.strength === 'full' ? 'argued' : 'stated'), ' ', el('strong', {}, e.concept), ': ', lineLink(e.line, e.text), e.fact ? el('span', { class: 'muted' }, ` · tied to: ${e.fact}`) : undefined),
        );
      }
      for (const p of c.pitfalls) {
        list.append(el('li', { class: 'pitfall' }, el('vscode-badge', {}, `−${p.penalty}`), ' ', el('strong', {}, p.title), ': ', lineLink(p.line, p.text)));
      }
      section.append(el('h3', {}, 'Evidence'), list);
    }
    if (c.missing.length) section.append(el('h3', {}, 'Missing'), el('ul', { class: 'missing' }, ...c.missing.map((m) => el('li', {}, m))));
    const model = el('vscode-collapsible', { title: 'Model answer points' }, el('ul', {}, ...c.modelAnswer.map((m) => el('li', {}, m))));
    section.append(model);
    root.append(section);
  }
  root.append(renderOpinion(data.opinion));
  host.saveState({ data });
}

function renderOpinion(o: OpinionState): HTMLElement {
  const section = el('section', { class: 'opinion', id: 'opinion' }, el('h2', {}, 'Second opinion (language model)'));
  switch (o.state) {
    case 'off':
      section.append(el('p', { class: 'muted' }, o.message), send('Open Setting', { type: 'opinion/settings' }, { secondary: '' }));
      break;
    case 'unavailable':
      section.append(el('p', { class: 'muted' }, o.message));
      break;
    case 'ready':
      section.append(
        el('p', { class: 'muted' }, `Ask ${o.model} to grade the answer against the same rubric, one criterion at a time. Its points are computed by Design Workbench from what it finds, and shown beside ours, never instead.`),
        send(`Ask ${o.model}`, { type: 'opinion/request' }),
      );
      break;
    case 'working':
      section.append(el('p', {}, el('vscode-progress-ring', {}), ` ${o.model}: criterion ${o.done + 1} of ${o.of}…`));
      break;
    case 'failed':
      section.append(el('p', { class: 'error' }, `${o.model} could not answer: ${o.message}`), send('Try Again', { type: 'opinion/request' }));
      break;
    case 'done': {
      const ours = new Map(data?.result.criteria.map((c) => [c.id, c]) ?? []);
      const rows = o.criteria.map((c) =>
        el('tr', {}, el('td', {}, ours.get(c.id)?.title ?? c.id), el('td', {}, `${ours.get(c.id)?.score ?? '–'} / ${c.max}`), el('td', {}, `${c.score} / ${c.max}`), el('td', { class: 'muted' }, c.comment + (c.rejectedQuotes ? ` (${c.rejectedQuotes} quote${c.rejectedQuotes === 1 ? '' : 's'} not found in the answer, ignored)` : ''))),
      );
      section.append(
        el('table', {}, el('thead', {}, el('tr', {}, el('th', {}, 'Criterion'), el('th', {}, 'Design Workbench'), el('th', {}, o.model), el('th', {}, 'Comment'))), el('tbody', {}, ...rows)),
        el('p', {}, `Total: Design Workbench ${data?.result.total ?? '–'}, ${o.model} ${o.total}.`),
        ...o.errors.map((e) => el('p', { class: 'error' }, e)),
      );
      break;
    }
  }
  return section;
}

render();
host.post({ type: 'view/ready' });
