// Synthetic session histories for tests and the dashboard screenshot: seeded, so the same options
// give the same records; every record passes the record schema. Not used by the product at run time.
import { ITEM_IDS } from '../../src/checklist/ids';
import type { ChallengeInfo } from '../../src/practice/contracts';
import { recordSchema, newSessionId, topicTitle, type SessionRecord } from '../../src/practice/record';
import { mulberry32 } from '../../src/practice/random';
import { planPhases, type SessionLength } from '../../src/practice/settings';

export interface SyntheticOptions {
  readonly catalog: readonly ChallengeInfo[];
  readonly count: number;
  readonly seed: number;
  /** Start of the first session, ms since the epoch. */
  readonly start: number;
  readonly everyDays?: number;
  /** Topics the synthetic user keeps getting wrong. */
  readonly weakTopics?: readonly string[];
  /** Skill at the first and the last session, 0–1. */
  readonly from?: number;
  readonly to?: number;
  readonly minutes?: SessionLength;
}

const DAY = 86_400_000;
const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

export function syntheticHistory(options: SyntheticOptions): SessionRecord[] {
  const rng = mulberry32(options.seed);
  const noise = (size: number): number => (rng() * 2 - 1) * size;
  const weak = new Set(options.weakTopics ?? ['fault-tolerance']);
  const minutes = options.minutes ?? 45;
  const plan = planPhases(minutes);
  const records: SessionRecord[] = [];
  for (let i = 0; i < options.count; i++) {
    const progress = options.count > 1 ? i / (options.count - 1) : 1;
    const skill = (options.from ?? 0.45) + ((options.to ?? 0.8) - (options.from ?? 0.45)) * progress;
    const startedAt = options.start + i * (options.everyDays ?? 3) * DAY + Math.floor(rng() * 10) * 3_600_000;
    const challenge = options.catalog[Math.floor(rng() * options.catalog.length)];
    const strength = (topics: readonly string[]): number => clamp01(skill * (topics.some((t) => weak.has(t)) ? 0.5 : 1) + noise(0.1));

    const criteria = challenge.criteria.map((c) => {
      const p = strength(c.topics);
      const score = Math.round(c.points * p);
      return {
        id: c.id,
        title: c.title,
        question: c.question,
        score,
        max: c.points,
        evidence: [{ line: 10 + 4 * challenge.criteria.indexOf(c), text: `Synthetic answer line about ${c.title.toLowerCase()}.`, concept: c.title, strength: p > 0.7 ? ('full' as const) : ('partial' as const) }],
        missing: p < 0.7 ? [`a reasoned decision on ${c.title.toLowerCase()}`] : [],
        pitfalls: [],
        feedback: p < 0.7 ? `Make a decision on ${c.title.toLowerCase()} and give the reason for it.` : '',
        topics: [...c.topics],
        modelAnswer: [`A strong answer states a decision on ${c.title.toLowerCase()} and ties it to the scenario.`],
      };
    });
    const points = challenge.criteria.reduce((s, c) => s + c.points, 0);
    const items = ITEM_IDS.map((id) => {
      const p = strength([id]);
      return { id, title: topicTitle(id), status: p > 0.6 ? ('covered' as const) : p > 0.35 ? ('weak' as const) : ('missing' as const) };
    });
    const covered = items.filter((x) => x.status === 'covered').length;
    const weakCount = items.filter((x) => x.status === 'weak').length;

    // A habit that fades: the requirements phase runs long early on.
    const phases = plan.map((p, k) => {
      const plannedMs = p.minutes * 60_000;
      const factor = k === 0 ? 1.6 - 0.5 * progress : 1 + noise(0.2);
      return { id: p.id, plannedMs, spentMs: Math.round(plannedMs * factor), reached: true };
    });
    const length = minutes * 60_000;
    const active = phases.reduce((s, p) => s + p.spentMs, 0);
    // The session ends at its length: the last phase gets whatever time is left.
    const overflow = active - length;
    const last = phases[phases.length - 1];
    if (overflow > 0) phases[phases.length - 1] = { ...last, spentMs: Math.max(0, last.spentMs - overflow) };
    const spent = phases.reduce((s, p) => s + p.spentMs, 0);

    records.push(
      recordSchema.parse({
        version: 2,
        id: newSessionId(startedAt, rng),
        challenge: { id: challenge.id, title: challenge.title },
        startedAt: new Date(startedAt).toISOString(),
        endedAt: new Date(startedAt + spent).toISOString(),
        endReason: spent >= length ? 'time-up' : 'completed',
        minutes,
        phases,
        pausedMs: 0,
        pauses: 0,
        score: {
          challenge: challenge.id,
          title: challenge.title,
          total: Math.round((100 * criteria.reduce((s, c) => s + c.score, 0)) / points),
          criteria,
          next: [],
          words: 300 + Math.floor(rng() * 600),
        },
        checklist: { score: Math.round((100 * (covered + weakCount / 2)) / items.length), considered: items.length, covered, items },
      }),
    );
  }
  return records;
}
