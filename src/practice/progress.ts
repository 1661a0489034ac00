// Progress over the history: score over time, trends per criterion and per checklist topic, time
// habits per phase, and the weakest topics. Pure: the dashboard draws it, recommendation reads it.
import { ITEM_IDS } from '../checklist/ids';
import { formatDay } from './format';
import { PHASES, phaseTitle, type PhaseId } from './phases';
import { chronological, topicTitle, type SessionRecord } from './record';

/** How a session did on one topic (checklist item id). */
export interface TopicOutcome {
  readonly topic: string;
  /** 0–100. */
  readonly percent: number;
  /** Below half marks. */
  readonly missed: boolean;
  /** From the scored criteria that exercise the topic, else from the checklist's verdict. */
  readonly source: 'criteria' | 'checklist';
}

const STATUS_PERCENT = { covered: 100, weak: 50, missing: 0 } as const;

/**
 * Each topic the session touched: the scored criteria that list it (their points together), else
 * the checklist item (covered 100, weak 50, missing 0). Out-of-scope items are not touched.
 */
export function topicOutcomes(record: SessionRecord): ReadonlyMap<string, TopicOutcome> {
  const out = new Map<string, TopicOutcome>();
  const sums = new Map<string, { score: number; max: number }>();
  for (const c of record.score?.criteria ?? []) {
    for (const t of c.topics) {
      const s = sums.get(t) ?? { score: 0, max: 0 };
      sums.set(t, { score: s.score + Math.max(0, c.score), max: s.max + c.max });
    }
  }
  for (const [topic, s] of sums) {
    if (s.max > 0) out.set(topic, outcome(topic, (100 * s.score) / s.max, 'criteria'));
  }
  for (const item of record.checklist.items) {
    if (!out.has(item.id) && item.status !== 'out-of-scope') out.set(item.id, outcome(item.id, STATUS_PERCENT[item.status], 'checklist'));
  }
  return out;
}

const outcome = (topic: string, percent: number, source: TopicOutcome['source']): TopicOutcome => ({ topic, percent, missed: percent < 50, source });

export interface SeriesPoint {
  /** Session start, ms since the epoch. */
  readonly at: number;
  readonly value: number;
  readonly session: string;
  /** `2026-11-26 · E-commerce migration`. */
  readonly label: string;
}

export interface TopicTrend {
  readonly id: string;
  readonly title: string;
  readonly points: readonly SeriesPoint[];
  /** Mean of the last three points minus the mean of the three before; undefined with fewer than four points. */
  readonly change: number | undefined;
}

export interface CriterionTrend {
  readonly challenge: string;
  readonly challengeTitle: string;
  readonly id: string;
  readonly title: string;
  /** Percent of the criterion's points. */
  readonly points: readonly SeriesPoint[];
}

export interface PhaseHabit {
  readonly id: PhaseId;
  readonly title: string;
  /** Mean planned share of a session, percent. */
  readonly plannedShare: number;
  /** Mean share of the time actually spent, percent. */
  readonly spentShare: number;
  /** Sessions in which the phase ran more than a minute over its plan. */
  readonly overranIn: number;
  readonly sessions: number;
  /** Mean of spent minus planned, ms. */
  readonly meanDeltaMs: number;
}

export interface WeakTopic {
  readonly id: string;
  readonly title: string;
  readonly missed: number;
  /** Recent sessions that touched the topic. */
  readonly of: number;
  /** "Fault tolerance missed in 4 of the last 5 sessions". */
  readonly message: string;
}

export interface ProgressModel {
  readonly sessions: number;
  /** Total score of each scored session, oldest first. */
  readonly total: readonly SeriesPoint[];
  /** Checklist coverage of each session. */
  readonly coverage: readonly SeriesPoint[];
  /** The built-in checklist topics first, in their order; then any other topic met. */
  readonly topics: readonly TopicTrend[];
  readonly criteria: readonly CriterionTrend[];
  readonly phases: readonly PhaseHabit[];
  /** Up to three topics, most often missed first. */
  readonly weakest: readonly WeakTopic[];
  /** How many recent sessions `weakest` looks at. */
  readonly window: number;
}

const OVERRUN_TOLERANCE_MS = 60_000;

export function progressModel(history: readonly SessionRecord[], options: { readonly window?: number } = {}): ProgressModel {
  const window = options.window ?? 5;
  const records = chronological(history);
  const point = (r: SessionRecord, value: number): SeriesPoint => ({
    at: Date.parse(r.startedAt),
    value,
    session: r.id,
    label: `${formatDay(r.startedAt)} · ${r.challenge.title}`,
  });
  const outcomes = records.map((r) => topicOutcomes(r));

  const topicIds = [...ITEM_IDS, ...new Set(outcomes.flatMap((o) => [...o.keys()]))].filter((t, i, all) => all.indexOf(t) === i);
  const topics = topicIds
    .map((id) => {
      const points = records.flatMap((r, i) => {
        const o = outcomes[i].get(id);
        return o ? [point(r, o.percent)] : [];
      });
      return { id, title: topicTitle(id), points, change: change(points.map((p) => p.value)) };
    })
    .filter((t) => t.points.length);

  const criteria = new Map<string, CriterionTrend & { points: SeriesPoint[] }>();
  for (const r of records) {
    for (const c of r.score?.criteria ?? []) {
      if (c.max <= 0) continue;
      const key = `${r.challenge.id}/${c.id}`;
      const trend = criteria.get(key) ?? { challenge: r.challenge.id, challengeTitle: r.challenge.title, id: c.id, title: c.title, points: [] };
      trend.points.push(point(r, (100 * Math.max(0, c.score)) / c.max));
      criteria.set(key, trend);
    }
  }

  const recent = records.slice(-window);
  const recentOutcomes = outcomes.slice(-window);
  const weakest = topicIds
    .map((id) => {
      const touched = recentOutcomes.map((o) => o.get(id)).filter((o) => o !== undefined);
      const missed = touched.filter((o) => o.missed).length;
      const title = topicTitle(id);
      const where =
        touched.length === recent.length
          ? `${missed} of the last ${recent.length} sessions`
          : touched.length === 1
            ? 'the one recent session that touched it'
            : `${missed} of the ${touched.length} recent sessions that touched it`;
      return { id, title, missed, of: touched.length, message: `${title} missed in ${where}` };
    })
    .filter((w) => w.missed > 0)
    .sort((a, b) => b.missed / b.of - a.missed / a.of || b.missed - a.missed || topicIds.indexOf(a.id) - topicIds.indexOf(b.id))
    .slice(0, 3);

  return {
    sessions: records.length,
    total: records.flatMap((r) => (r.score ? [point(r, r.score.total)] : [])),
    coverage: records.map((r) => point(r, r.checklist.score)),
    topics,
    criteria: [...criteria.values()],
    phases: phaseHabits(records),
    weakest,
    window,
  };
}

function phaseHabits(records: readonly SessionRecord[]): PhaseHabit[] {
  return PHASES.map((phase) => {
    let planned = 0;
    let spent = 0;
    let delta = 0;
    let overranIn = 0;
    let sessions = 0;
    for (const r of records) {
      const p = r.phases.find((x) => x.id === phase.id);
      const length = r.phases.reduce((s, x) => s + x.plannedMs, 0);
      const active = r.phases.reduce((s, x) => s + x.spentMs, 0);
      if (!p || length <= 0 || active <= 0) continue;
      sessions++;
      planned += (100 * p.plannedMs) / length;
      spent += (100 * p.spentMs) / active;
      delta += p.spentMs - p.plannedMs;
      if (p.spentMs > p.plannedMs + OVERRUN_TOLERANCE_MS) overranIn++;
    }
    const mean = (x: number): number => (sessions ? x / sessions : 0);
    return { id: phase.id, title: phaseTitle(phase.id), plannedShare: mean(planned), spentShare: mean(spent), overranIn, sessions, meanDeltaMs: mean(delta) };
  });
}

function change(values: readonly number[]): number | undefined {
  if (values.length < 4) return undefined;
  const last = values.slice(-3);
  const before = values.slice(-6, -3);
  const mean = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;
  return mean(last) - mean(before);
}
