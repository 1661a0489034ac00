// Which challenge to practise next: the one that best exercises the user's weakest topics and
// criteria and was not done recently; and a seeded random pick. Deterministic: the same history,
// catalog, clock and seed give the same answer. Pure.
import type { ChallengeInfo } from './contracts';
import { topicOutcomes } from './progress';
import { mulberry32 } from './random';
import { dueTopics } from './spaced';
import { chronological, topicTitle, type SessionRecord } from './record';

export interface RecommendOptions {
  /** Challenges done in this many latest sessions are recent. */
  readonly recentSessions?: number;
  /** …or within this many days before `now`. */
  readonly recentDays?: number;
  /** How many latest sessions that touched a topic decide its weakness. */
  readonly window?: number;
}

export interface Recommendation {
  readonly challenge: ChallengeInfo;
  /** One sentence for the quick pick's detail. */
  readonly reason: string;
  /** The weak topics it exercises, weakest first. */
  readonly topics: readonly { readonly id: string; readonly title: string; readonly weakness: number }[];
  /** 0–1: its points weighted by weakness. */
  readonly value: number;
}

const DAY = 86_400_000;
/** Weakness of a topic with no history: worth practising, but less than a proven weakness. */
const UNKNOWN = 0.5;
/** What being due for review adds to a topic's weakness. */
const DUE_BONUS = 0.25;
const LEVELS = { junior: 0, mid: 1, senior: 2 } as const;

/** Each topic's weakness 0–1 (1 − mean percent, recent sessions weighing more) over the latest `window` sessions that touched it. */
export function topicWeakness(history: readonly SessionRecord[], window = 5): ReadonlyMap<string, number> {
  const sorted = chronological(history);
  const per = new Map<string, number[]>();
  for (const r of sorted) for (const [t, o] of topicOutcomes(r)) per.set(t, [...(per.get(t) ?? []), o.percent]);
  const out = new Map<string, number>();
  for (const [t, values] of per) {
    const last = values.slice(-window);
    let sum = 0;
    let weights = 0;
    last.forEach((v, i) => {
      sum += (i + 1) * (1 - v / 100);
      weights += i + 1;
    });
    out.set(t, sum / weights);
  }
  return out;
}

interface Recency {
  readonly recent: boolean;
  /** Start of the latest session with the challenge; -Infinity when never done. */
  readonly lastAt: number;
}

function recency(history: readonly SessionRecord[], now: number, options: RecommendOptions): Map<string, Recency> {
  const sorted = chronological(history);
  const n = options.recentSessions ?? 3;
  const latest = new Set((n > 0 ? sorted.slice(-n) : []).map((r) => r.challenge.id));
  const out = new Map<string, Recency>();
  for (const r of sorted) {
    const at = Date.parse(r.startedAt);
    const recent = latest.has(r.challenge.id) || now - at < (options.recentDays ?? 7) * DAY;
    out.set(r.challenge.id, { recent: recent || (out.get(r.challenge.id)?.recent ?? false), lastAt: at });
  }
  return out;
}

export function recommend(catalog: readonly ChallengeInfo[], history: readonly SessionRecord[], now: number, options: RecommendOptions = {}): Recommendation | undefined {
  if (!catalog.length) return undefined;
  const weakness = topicWeakness(history, options.window);
  const done = recency(history, now, options);
  const lastCriteria = lastCriterionPercents(history);
  // Spaced practice: a topic due for review weighs more until it is practised again.
  const due = new Map(dueTopics(history, now).map((t) => [t.topic, t]));
  const weakOf = (t: string): number => Math.min(1, (weakness.get(t) ?? UNKNOWN) + (due.has(t) ? DUE_BONUS : 0));

  const scored = catalog.map((challenge, order) => {
    const points = challenge.criteria.reduce((s, c) => s + c.points, 0) || 1;
    let value = 0;
    for (const c of challenge.criteria) {
      const byTopic = c.topics.length ? c.topics.reduce((s, t) => s + weakOf(t), 0) / c.topics.length : UNKNOWN;
      const last = lastCriteria.get(`${challenge.id}/${c.id}`);
      value += c.points * Math.max(byTopic, last === undefined ? 0 : 1 - last / 100);
    }
    const topics = [...new Set(challenge.criteria.flatMap((c) => c.topics))]
      .map((id) => ({ id, title: topicTitle(id), weakness: weakOf(id) }))
      .sort((a, b) => b.weakness - a.weakness || a.id.localeCompare(b.id));
    const r = done.get(challenge.id);
    return { challenge, value: value / points, topics, recent: r?.recent ?? false, lastAt: r?.lastAt ?? -Infinity, order, breadth: topics.length };
  });

  const fresh = scored.filter((s) => !s.recent);
  if (!history.length) {
    // A first session: the gentlest level, then the widest range of topics.
    const first = [...scored].sort((a, b) => LEVELS[a.challenge.level] - LEVELS[b.challenge.level] || b.breadth - a.breadth || a.order - b.order)[0];
    return { challenge: first.challenge, topics: first.topics, value: first.value, reason: `A first session: ${first.challenge.title} touches ${first.breadth} of the checklist's topics at ${first.challenge.level} level.` };
  }
  if (!fresh.length) {
    const oldest = [...scored].sort((a, b) => a.lastAt - b.lastAt || b.value - a.value || a.order - b.order)[0];
    return { challenge: oldest.challenge, topics: oldest.topics, value: oldest.value, reason: `Every challenge was done recently; this one longest ago (${new Date(oldest.lastAt).toISOString().slice(0, 10)}).` };
  }
  const best = [...fresh].sort((a, b) => b.value - a.value || a.lastAt - b.lastAt || a.order - b.order)[0];
  const weak = best.topics.filter((t) => weakness.has(t.id) && t.weakness >= 0.5).slice(0, 3);
  const review = best.topics.filter((t) => due.has(t.id)).slice(0, 3);
  const reason = weak.length
    ? `It exercises ${listText(weak.map((t) => t.title.toLowerCase()))}, where your recent sessions were weakest, and you have not done it recently.`
    : review.length
    ? `${listText(review.map((t) => t.title))} ${review.length > 1 ? 'are' : 'is'} due for review (spaced practice), and it exercises ${review.length > 1 ? 'them' : 'it'}; you have not done it recently.`
    : weak.length
    ? `It exercises ${listText(weak.map((t) => t.title.toLowerCase()))}, where your recent sessions were weakest, and you have not done it recently.`
    : `It exercises topics you have practised least (${listText(best.topics.slice(0, 3).map((t) => t.title.toLowerCase()))}), and you have not done it recently.`;
  return { challenge: best.challenge, topics: best.topics, value: best.value, reason };
}

/** A random challenge not done recently (any, when all were), from a seeded generator. */
export function pickRandom(catalog: readonly ChallengeInfo[], history: readonly SessionRecord[], now: number, seed: number, options: RecommendOptions = {}): ChallengeInfo | undefined {
  if (!catalog.length) return undefined;
  const done = recency(history, now, options);
  const fresh = catalog.filter((c) => !done.get(c.id)?.recent);
  const pool = fresh.length ? fresh : catalog;
  return pool[Math.floor(mulberry32(seed)() * pool.length)];
}

/** The criterion percents of each challenge's latest scored session, by `challenge/criterion`. */
function lastCriterionPercents(history: readonly SessionRecord[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of chronological(history)) {
    for (const c of r.score?.criteria ?? []) if (c.max > 0) out.set(`${r.challenge.id}/${c.id}`, (100 * Math.max(0, c.score)) / c.max);
  }
  return out;
}

function listText(xs: readonly string[]): string {
  return xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
}
