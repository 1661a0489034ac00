// The session report: total and per-criterion scores, checklist coverage, time per phase against the plan, the
// three most valuable things to improve with links to their lines, and the model answer points. Every message
// from the extension is parsed before use; user text enters the page only as text nodes.
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-collapsible/index.js';
import * as z from 'zod/mini';
import { formatClock, formatDay, formatDelta, formatMinutes } from '../../src/practice/format';
import { reportViewDataSchema, toReportViewSchema, type FromReportView, type ReportViewData, type ToReportView } from '../../src/practice/protocol';
import { connect } from '../shared/host';
import { button, codicon, el, meter, onClick } from '../shared/dom';

const stateSchema = z.object({ data: reportViewDataSchema });
const host = connect<ToReportView, FromReportView, z.output<typeof stateSchema>>(toReportViewSchema, stateSchema, (m) => {
  data = m.data;
  render();
});
let data: ReportViewData | undefined = host.savedState()?.data;

const END = { 'time-up': 'time ran out', stopped: 'stopped early', completed: 'all phases done' } as const;
const VERDICT = { 'on-plan': 'on plan', over: 'over plan', under: 'under plan', skipped: 'skipped' } as const;
const STATUS = {
  covered: { icon: 'pass-filled', text: 'covered' },
  weak: { icon: 'warning', text: 'weak' },
  missing: { icon: 'circle-large-outline', text: 'missing' },
  'out-of-scope': { icon: 'circle-slash', text: 'out of scope' },
} as const;

function send(label: string, message: FromReportView, secondary = false): HTMLElement {
  return button(label, () => host.post(message), { secondary });
}

function lineLink(line: number, title: string): HTMLElement {
  return onClick(el('a', { href: '#', class: 'line', title, 'data-line': String(line) }, `line ${line}`), () => host.post({ type: 'source/reveal', line }));
}

type Link = ReportViewData['report']['improvements'][number]['links'][number];

/** One entry per line: a line that shows several things is quoted once, with each of them. */
function evidence(links: readonly Link[]): HTMLElement {
  const byLine = new Map<number, Link[]>();
  for (const l of links) byLine.set(l.line, [...(byLine.get(l.line) ?? []), l]);
  return el(
    'ul',
    { class: 'evidence' },
    ...[...byLine].map(([line, ls]) => {
      const pitfall = ls.some((l) => l.kind === 'pitfall');
      const notes = (['pitfall', 'partial'] as const)
        .map((kind) => ({ kind, notes: ls.filter((l) => l.kind === kind).map((l) => l.note) }))
        .filter((g) => g.notes.length)
        .map((g) => `${g.kind === 'pitfall' ? 'Mistake' : 'Only partly made'}: ${g.notes.join('; ')}.`)
        .join(' ');
      return el('li', { class: pitfall ? 'pitfall' : 'partial' }, codicon(pitfall ? 'error' : 'warning'), ' ', lineLink(line, `Go to line ${line}`), ' ', el('q', {}, ls[0].text.trim()), el('div', { class: 'muted small' }, notes));
    }),
  );
}

function render(): void {
  const root = document.getElementById('root')!;
  root.replaceChildren();
  if (!data) {
    root.append(el('p', { class: 'muted' }, 'Preparing the report…'));
    return;
  }
  const { report } = data;
  const target = data.documentExists ? data.documentName : `${data.documentName} (gone: lines open in the saved snapshot)`;
  root.append(
    el(
      'header',
      {},
      el('h1', {}, `Mock interview: ${report.challenge.title}`),
      el('div', { class: 'muted' }, `${formatDay(report.startedAt)} · ${report.minutes} minutes · ${END[report.endReason]} · ${target}`),
      el('div', { class: 'actions' }, send('Export Report…', { type: 'report/export' }), send('Show Progress', { type: 'progress/show' }, true)),
    ),
    el(
      'div',
      { class: 'summary' },
      el(
        'div',
        { class: 'figure' },
        el('div', { class: 'label' }, 'Score'),
        el('div', {}, el('span', { class: 'number', 'data-testid': 'total' }, report.total === undefined ? '–' : String(report.total)), el('span', { class: 'muted' }, report.total === undefined ? ' not scored' : ' / 100')),
        meter(report.total ?? 0, 100, 'Total score'),
      ),
      el(
        'div',
        { class: 'figure' },
        el('div', { class: 'label' }, 'Checklist coverage'),
        el('div', {}, el('span', { class: 'number' }, String(report.coverage.score)), el('span', { class: 'muted' }, ` / 100 · ${report.coverage.covered} of ${report.coverage.considered} items`)),
        meter(report.coverage.score, 100, 'Checklist coverage'),
      ),
    ),
  );

  const improve = el('section', { id: 'improve' }, el('h2', {}, 'What to improve first'));
  if (!report.improvements.length) improve.append(el('p', {}, 'Nothing lost: every criterion got full marks and the checklist is covered.'));
  else {
    improve.append(
      el(
        'ol',
        { class: 'improvements' },
        ...report.improvements.map((imp) =>
          el(
            'li',
            {},
            el('strong', {}, imp.title),
            imp.pointsLost > 0 ? el('span', { class: 'muted' }, ` · ${imp.pointsLost} point${imp.pointsLost === 1 ? '' : 's'} lost`) : undefined,
            el('p', {}, imp.detail),
            imp.links.length ? evidence(imp.links) : undefined,
          ),
        ),
      ),
    );
  }
  root.append(improve);

  if (report.criteria.length) {
    root.append(
      el(
        'section',
        { id: 'criteria' },
        el('h2', {}, 'Scores by criterion'),
        ...report.criteria.map((c) =>
          el(
            'div',
            { class: 'criterion', 'data-criterion': c.id },
            el('div', { class: 'row' }, el('span', {}, c.title), el('span', { class: 'points' }, `${c.score} / ${c.max}`)),
            meter(Math.max(0, c.score), c.max, `${c.title}: ${c.score} of ${c.max}`),
            c.missing.length ? el('div', { class: 'muted small' }, `Missing: ${c.missing.join('; ')}`) : undefined,
          ),
        ),
      ),
    );
  }

  root.append(
    el(
      'section',
      { id: 'phases' },
      el('h2', {}, 'Time per phase'),
      el(
        'table',
        {},
        el('thead', {}, el('tr', {}, el('th', {}, 'Phase'), el('th', { class: 'num' }, 'Planned'), el('th', { class: 'num' }, 'Spent'), el('th', { class: 'num' }, 'Difference'), el('th', {}, ''))),
        el(
          'tbody',
          {},
          ...report.phases.map((p) =>
            el(
              'tr',
              { 'data-phase': p.id },
              el('td', {}, p.title),
              el('td', { class: 'num' }, formatMinutes(p.plannedMs)),
              el('td', { class: 'num' }, formatClock(p.spentMs)),
              el('td', { class: 'num' }, p.verdict === 'skipped' ? '—' : formatDelta(p.deltaMs)),
              el('td', {}, el('span', { class: `verdict ${p.verdict}` }, VERDICT[p.verdict])),
            ),
          ),
        ),
      ),
    ),
    el(
      'section',
      { id: 'coverage' },
      el('h2', {}, 'Checklist coverage'),
      el('ul', { class: 'coverage' }, ...report.coverage.items.map((i) => el('li', { class: i.status }, codicon(STATUS[i.status].icon, STATUS[i.status].text), ' ', i.title, el('span', { class: 'muted' }, ` · ${STATUS[i.status].text}`)))),
    ),
  );

  if (report.timeline.sections.length) {
    root.append(
      el(
        'section',
        { id: 'timeline' },
        el('h2', {}, 'Timeline'),
        ...report.timeline.notes.map((n) => el('p', {}, n)),
        el('ul', {}, ...report.timeline.sections.map((e) => el('li', {}, `${e.section}: planned in ${e.planned}, first written in ${e.started}`))),
      ),
    );
  }

  if (report.followUps.length) {
    root.append(
      el(
        'section',
        { id: 'follow-ups' },
        el('h2', {}, 'Follow-up questions'),
        ...report.followUps.map((f) =>
          el(
            'div',
            { class: 'follow-up' },
            el('h3', {}, `${f.title} `, el('span', { class: 'muted' }, `· ${f.phase} · ${f.criterion} · ${f.points} ${f.points === 1 ? 'point' : 'points'} earned`)),
            el('p', {}, el('em', {}, f.question)),
            f.evidence.length ? el('ul', {}, ...f.evidence.map((e) => el('li', {}, `line ${e.line} (${e.concept}): ${e.text}`))) : el('p', { class: 'muted' }, 'No answer that the scorer could credit.'),
          ),
        ),
      ),
    );
  }

  if (report.modelAnswer.length) {
    root.append(
      el(
        'section',
        { id: 'model' },
        el('h2', {}, 'Model answer'),
        ...report.modelAnswer.map((m) => el('vscode-collapsible', { title: m.title }, el('ul', {}, ...m.points.map((p) => el('li', {}, p))))),
      ),
    );
  }
  root.append(el('p', { class: 'muted small' }, `Session ${report.id}`));
  host.saveState({ data });
}

render();
host.post({ type: 'view/ready' });
