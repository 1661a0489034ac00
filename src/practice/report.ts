// The session report: what the report view shows and what Export Session Report writes. Built
// from a history record (and the sessions before it, to see what keeps coming back). Pure.
import { formatClock, formatDay, formatDelta, formatMinutes } from './format';
import { phaseTitle, type PhaseId } from './phases';
import { topicOutcomes } from './progress';
import { timelineNotes } from './timeline';
import { chronological, topicTitle, type ItemStatus, type SessionRecord } from './record';
import type { EndReason } from './timer';
import { midSentence } from '../shared/words';

export interface ReportLink {
  /** 1-based line in the session document, as the scorer reports it. */
  readonly line: number;
  readonly text: string;
  /** `pitfall`: the line makes a mistake; `partial`: it earned only part of the credit. */
  readonly kind: 'pitfall' | 'partial';
  /** What the line shows (the pitfall or the concept). */
  readonly note: string;
}

export interface Improvement {
  readonly title: string;
  readonly detail: string;
  readonly criterion: string | undefined;
  readonly topics: readonly string[];
  readonly pointsLost: number;
  /** 1 plus half the share of the criterion's topics the checklist found missing, plus half the share of recent sessions that missed them. */
  readonly weight: number;
  /** pointsLost × weight: the ranking. */
  readonly value: number;
  readonly links: readonly ReportLink[];
}

export type PhaseVerdict = 'on-plan' | 'over' | 'under' | 'skipped';

export interface SessionReport {
  readonly id: string;
  readonly challenge: { readonly id: string; readonly title: string };
  readonly startedAt: string;
  readonly endedAt: string;
  readonly endReason: EndReason;
  readonly minutes: number;
  readonly document: string | undefined;
  /** 0–100; undefined when the session was not scored. */
  readonly total: number | undefined;
  readonly criteria: readonly {
    readonly id: string;
    readonly title: string;
    readonly score: number;
    readonly max: number;
    readonly percent: number;
    readonly feedback: string;
    readonly missing: readonly string[];
  }[];
  readonly coverage: {
    readonly score: number;
    readonly covered: number;
    readonly considered: number;
    readonly items: readonly { readonly id: string; readonly title: string; readonly status: ItemStatus }[];
  };
  readonly phases: readonly {
    readonly id: PhaseId;
    readonly title: string;
    readonly plannedMs: number;
    readonly spentMs: number;
    readonly deltaMs: number;
    readonly verdict: PhaseVerdict;
  }[];
  /** The three most valuable things to improve, most valuable first. */
  readonly improvements: readonly Improvement[];
  readonly modelAnswer: readonly { readonly criterion: string; readonly title: string; readonly points: readonly string[] }[];
  /** When each answer section was begun against the plan, and what stands out, in words. */
  readonly timeline: {
    readonly sections: readonly { readonly section: string; readonly planned: string; readonly started: string }[];
    readonly notes: readonly string[];
  };
  /** The interviewer's follow-ups, in the order asked, with the answer's evidence and the points it earned. */
  readonly followUps: readonly {
    readonly title: string;
    readonly question: string;
    readonly phase: string;
    readonly criterion: string;
    readonly points: number;
    readonly evidence: readonly { readonly line: number; readonly text: string; readonly concept: string }[];
  }[];
}

const STATUS_GAP: Readonly<Record<ItemStatus, number>> = { covered: 0, weak: 0.5, missing: 1, 'out-of-scope': 0 };
const MAX_LINKS = 3;
const RECENT = 5;

/** A phase is on plan within a minute or a tenth of its plan, whichever is more. */
export function phaseVerdict(plannedMs: number, spentMs: number, reached: boolean): PhaseVerdict {
  if (!reached) return 'skipped';
  const slack = Math.max(60_000, plannedMs / 10);
  return spentMs > plannedMs + slack ? 'over' : spentMs < plannedMs - slack ? 'under' : 'on-plan';
}

/** The report of `record`; `earlier` are the sessions before it (any order), to weigh what keeps being missed. */
export function buildReport(record: SessionRecord, earlier: readonly SessionRecord[] = []): SessionReport {
  const criteria = record.score?.criteria ?? [];
  const status = new Map(record.checklist.items.map((i) => [i.id, i.status]));
  const previous = chronological(earlier.filter((r) => r.id !== record.id && Date.parse(r.startedAt) < Date.parse(record.startedAt)))
    .slice(-RECENT)
    .map((r) => topicOutcomes(r));

  const candidates: Improvement[] = criteria.flatMap((c) => {
    const pointsLost = c.max - c.score;
    if (pointsLost <= 0) return [];
    const gap = c.topics.length ? c.topics.reduce((s, t) => s + STATUS_GAP[status.get(t) ?? 'covered'], 0) / c.topics.length : 0;
    const touched = previous.filter((o) => c.topics.some((t) => o.has(t)));
    const recurring = touched.length ? touched.filter((o) => c.topics.some((t) => o.get(t)?.missed)).length / touched.length : 0;
    const weight = 1 + gap / 2 + recurring / 2;
    const links: ReportLink[] = [
      ...c.pitfalls.map((p) => ({ line: p.line, text: p.text, kind: 'pitfall' as const, note: p.title })),
      ...c.evidence.filter((e) => e.strength === 'partial').map((e) => ({ line: e.line, text: e.text, kind: 'partial' as const, note: e.concept })),
    ].slice(0, MAX_LINKS);
    const detail = c.feedback || (c.missing.length ? `Not yet in your answer: ${c.missing.join(', ')}.` : c.question);
    return [{ title: c.title, detail, criterion: c.id, topics: c.topics, pointsLost, weight, value: pointsLost * weight, links }];
  });
  // Stable sort: criteria order breaks the remaining ties.
  candidates.sort((a, b) => b.value - a.value || b.pointsLost - a.pointsLost);

  // Checklist gaps that no criterion covers fill any places left: they cost no points, only coverage.
  const scoredTopics = new Set(criteria.flatMap((c) => c.topics));
  const gaps: Improvement[] = record.checklist.items
    .filter((i) => (i.status === 'missing' || i.status === 'weak') && !scoredTopics.has(i.id))
    .sort((a, b) => STATUS_GAP[b.status] - STATUS_GAP[a.status])
    .map((i) => ({
      title: i.title,
      detail: i.status === 'missing' ? `The checklist found nothing about ${midSentence(i.title)}: state a decision and the reason for it.` : `The checklist found ${midSentence(i.title)} raised but not decided: name the mechanism you would use and why.`,
      criterion: undefined,
      topics: [i.id],
      pointsLost: 0,
      weight: 1,
      value: 0,
      links: [],
    }));

  return {
    id: record.id,
    challenge: record.challenge,
    startedAt: record.startedAt,
    endedAt: record.endedAt,
    endReason: record.endReason,
    minutes: record.minutes,
    document: record.document,
    total: record.score?.total,
    criteria: criteria.map((c) => ({
      id: c.id,
      title: c.title,
      score: c.score,
      max: c.max,
      percent: c.max > 0 ? Math.round((100 * Math.max(0, c.score)) / c.max) : 0,
      feedback: c.feedback,
      missing: c.missing,
    })),
    coverage: { score: record.checklist.score, covered: record.checklist.covered, considered: record.checklist.considered, items: record.checklist.items },
    phases: record.phases.map((p) => ({
      id: p.id,
      title: phaseTitle(p.id),
      plannedMs: p.plannedMs,
      spentMs: p.spentMs,
      deltaMs: p.spentMs - p.plannedMs,
      verdict: phaseVerdict(p.plannedMs, p.spentMs, p.reached),
    })),
    improvements: [...candidates, ...gaps].slice(0, 3),
    modelAnswer: criteria.filter((c) => c.modelAnswer.length).map((c) => ({ criterion: c.id, title: c.title, points: c.modelAnswer })),
    timeline: {
      sections: (record.timeline ?? []).map((e) => ({ section: e.section, planned: e.planned ? phaseTitle(e.planned) : '—', started: e.started ? phaseTitle(e.started) : 'never' })),
      notes: timelineNotes((record.timeline ?? []).map((e) => ({ section: e.section, planned: e.planned, started: e.started }))),
    },
    followUps: (record.followUps ?? []).map((f) => ({
      title: f.title,
      question: f.question,
      phase: phaseTitle(f.phase),
      criterion: criteria.find((c) => c.id === f.criterion)?.title ?? f.criterion,
      points: f.points,
      evidence: f.evidence.map((e) => ({ line: e.line, text: e.text, concept: e.concept })),
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// Markdown export.

const END_TEXT: Readonly<Record<EndReason, string>> = { 'time-up': 'time ran out', stopped: 'stopped early', completed: 'all phases done' };
const VERDICT_TEXT: Readonly<Record<PhaseVerdict, string>> = { 'on-plan': 'on plan', over: 'over', under: 'under', skipped: 'skipped' };
const STATUS_TEXT: Readonly<Record<ItemStatus, string>> = { covered: '✓ covered', weak: '~ weak', missing: '✗ missing', 'out-of-scope': '– out of scope' };

/** Line breaks and the blanks around them become one space (in code: blanks before a newline in an expression are quadratic). */
function oneLine(text: string): string {
  const lines = text.split(/[\r\n]+/);
  if (lines.length === 1) return text;
  const inner = lines.slice(1, -1).map((l) => l.trim()).filter(Boolean);
  return [lines[0].trimEnd(), ...inner, lines[lines.length - 1].trimStart()].join(' ');
}

/** Text that Markdown shows as written: its punctuation escaped, on one line. */
export function mdText(text: string): string {
  const escaped = oneLine(text).replace(/[\\`*_{}[\]<>()#+!|~]/g, '\\$&');
  // At the start of a line, "1." and "-" would begin a list.
  return escaped.replace(/^(\s*\d+)([.)])/, '$1\\$2').replace(/^(\s*)-/, '$1\\-');
}

export interface MarkdownOptions {
  /** Link target of the session document from where the report is written (relative path or URI); lines link as `#L<n>`. */
  readonly documentLink?: string;
}

export function reportMarkdown(report: SessionReport, options: MarkdownOptions = {}): string {
  const lineRef = (line: number): string => {
    const label = `line ${line}`;
    return options.documentLink ? `[${label}](${encodeURI(options.documentLink).replace(/\(/g, '%28').replace(/\)/g, '%29')}#L${line})` : label;
  };
  const out: string[] = [`# Mock interview: ${mdText(report.challenge.title)}`, ''];
  const scored = report.total === undefined ? 'not scored' : `**Score ${report.total}/100**`;
  out.push(
    `${formatDay(report.startedAt)} · ${report.minutes} minutes · ${END_TEXT[report.endReason]} · ${scored} · checklist ${report.coverage.score}/100 (${report.coverage.covered} of ${report.coverage.considered} items covered)`,
    '',
  );

  out.push('## What to improve first', '');
  if (!report.improvements.length) out.push('Nothing lost: every criterion got full marks and the checklist is covered.', '');
  report.improvements.forEach((imp, i) => {
    const lost = imp.pointsLost > 0 ? ` — ${imp.pointsLost} point${imp.pointsLost === 1 ? '' : 's'} lost` : '';
    out.push(`${i + 1}. **${mdText(imp.title)}**${lost}. ${mdText(imp.detail)}`);
    for (const link of imp.links) out.push(`   - ${lineRef(link.line)} (${link.kind === 'pitfall' ? 'mistake' : 'only partly made'}: ${mdText(link.note)}): “${mdText(link.text.trim())}”`);
  });
  if (report.improvements.length) out.push('');

  if (report.criteria.length) {
    out.push('## Scores by criterion', '', '| Criterion | Score | Missing |', '|---|---:|---|');
    for (const c of report.criteria) out.push(`| ${mdText(c.title)} | ${c.score}/${c.max} | ${c.missing.length ? mdText(c.missing.join(', ')) : '—'} |`);
    out.push('');
  }

  if (report.followUps.length) {
    out.push('## Follow-up questions', '');
    for (const f of report.followUps) {
      out.push(`### ${mdText(f.title)} (${mdText(f.phase)})`, '', `*${mdText(f.question)}*`, '', `Probes ${mdText(f.criterion)}: ${f.points} point${f.points === 1 ? '' : 's'} earned by the answer.`);
      if (!f.evidence.length) out.push('', 'No answer that the scorer could credit.');
      for (const e of f.evidence) out.push(`- ${lineRef(e.line)} (${mdText(e.concept)}): “${mdText(e.text.trim())}”`);
      out.push('');
    }
  }

  out.push('## Time per phase', '', '| Phase | Planned | Spent | Difference | |', '|---|---:|---:|---:|---|');
  for (const p of report.phases) out.push(`| ${mdText(p.title)} | ${formatMinutes(p.plannedMs)} | ${formatClock(p.spentMs)} | ${p.verdict === 'skipped' ? '—' : formatDelta(p.deltaMs)} | ${VERDICT_TEXT[p.verdict]} |`);
  out.push('');

  if (report.timeline.sections.length) {
    out.push('## Timeline', '', ...report.timeline.notes.map((n) => `- ${mdText(n)}`), ...(report.timeline.notes.length ? [''] : []));
    out.push('| Section | Planned in | First written in |', '|---|---|---|');
    for (const e of report.timeline.sections) out.push(`| ${mdText(e.section)} | ${mdText(e.planned)} | ${mdText(e.started)} |`);
    out.push('');
  }

  out.push('## Checklist coverage', '', '| Item | Status |', '|---|---|');
  for (const i of report.coverage.items) out.push(`| ${mdText(i.title || topicTitle(i.id))} | ${STATUS_TEXT[i.status]} |`);
  out.push('');

  if (report.modelAnswer.length) {
    out.push('## Model answer', '');
    for (const m of report.modelAnswer) {
      out.push(`### ${mdText(m.title)}`, '', ...m.points.map((p) => `- ${mdText(p)}`), '');
    }
  }
  out.push(`<sub>Session ${report.id}, Design Workbench.</sub>`);
  return `${out.join('\n')}\n`;
}
