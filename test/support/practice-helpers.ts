// Shared pieces of the practice tests: a fake clock and a small challenge catalog.
import { ITEM_IDS } from '../../src/checklist/ids';
import type { ChallengeInfo } from '../../src/practice/contracts';
import { PHASE_IDS } from '../../src/practice/phases';
import { recordSchema, topicTitle, type SessionRecord } from '../../src/practice/record';

export const MIN = 60_000;

/** A clock the test moves by hand. */
export class FakeClock {
  constructor(public t = Date.UTC(2026, 10, 26, 9, 0, 0)) {}
  readonly now = (): number => this.t;
  advance(ms: number): number {
    this.t += ms;
    return this.t;
  }
}

const criterion = (id: string, title: string, points: number, topics: string[]): ChallengeInfo['criteria'][number] => ({
  id,
  title,
  question: `What is your answer on ${title.toLowerCase()}?`,
  points,
  topics,
});

export const CATALOG: readonly ChallengeInfo[] = [
  {
    id: 'ecommerce-migration',
    title: 'E-commerce migration',
    summary: 'Move a Java monolith with 50 developers to microservices.',
    scenario: 'A monolith that 50 developers share; deployments take 4 hours.',
    level: 'mid',
    criteria: [
      criterion('boundaries', 'Service boundaries', 30, ['service-boundaries']),
      criterion('extract-first', 'What to extract first', 25, ['service-boundaries', 'deployment']),
      criterion('shared-data', 'Shared data', 25, ['data-management', 'communication']),
      criterion('infrastructure', 'Infrastructure first', 20, ['deployment', 'monitoring', 'fault-tolerance']),
    ],
  },
  {
    id: 'ride-sharing',
    title: 'Ride sharing',
    summary: 'Match riders and drivers in real time.',
    scenario: 'Riders and drivers in 40 cities; a trip must never be charged twice.',
    level: 'senior',
    criteria: [
      criterion('matching', 'Matching', 40, ['communication', 'load-balancing']),
      criterion('payments', 'Payments', 30, ['data-management', 'fault-tolerance']),
      criterion('resilience', 'Resilience', 30, ['fault-tolerance', 'monitoring']),
    ],
  },
  {
    id: 'url-shortener',
    title: 'URL shortener',
    summary: 'Short links at scale.',
    scenario: 'A public service that turns long links into short ones.',
    level: 'junior',
    criteria: [
      criterion('api', 'API and gateway', 50, ['api-gateway', 'security']),
      criterion('storage', 'Storage', 50, ['data-management']),
    ],
  },
  {
    id: 'notifications',
    title: 'Notifications',
    summary: 'Fan out messages to email, SMS and push.',
    scenario: 'Ten million notifications a day across three channels.',
    level: 'junior',
    criteria: [
      criterion('delivery', 'Delivery', 50, ['communication', 'fault-tolerance']),
      criterion('discovery', 'Finding providers', 50, ['service-discovery', 'load-balancing', 'api-gateway']),
    ],
  },
];

type Status = 'covered' | 'weak' | 'missing' | 'out-of-scope';

export interface RecordSpec {
  readonly challenge: ChallengeInfo;
  /** Start, ms since the epoch. */
  readonly at: number;
  /** Percent of each criterion's points, by criterion id; 100 when not given. */
  readonly percents?: Readonly<Record<string, number>>;
  /** Checklist statuses by item id; covered when not given. */
  readonly items?: Readonly<Record<string, Status>>;
  /** Minutes spent per phase; the plan (7, 16, 16, 6) when not given. */
  readonly spent?: readonly number[];
  readonly id?: string;
}

let serial = 0;

/** A version-2 record exactly as described, for tests that need precise numbers. */
export function makeRecord(spec: RecordSpec): SessionRecord {
  const planned = [7, 16, 16, 6];
  const spent = spec.spent ?? planned;
  const criteria = spec.challenge.criteria.map((c) => ({
    id: c.id,
    title: c.title,
    question: c.question,
    score: Math.round((c.points * (spec.percents?.[c.id] ?? 100)) / 100),
    max: c.points,
    evidence: [],
    missing: [],
    pitfalls: [],
    feedback: `Improve ${c.title.toLowerCase()}.`,
    topics: [...c.topics],
    modelAnswer: [],
  }));
  const points = criteria.reduce((s, c) => s + c.max, 0);
  const items = ITEM_IDS.map((id) => ({ id, title: topicTitle(id), status: spec.items?.[id] ?? ('covered' as Status) }));
  const inScope = items.filter((i) => i.status !== 'out-of-scope');
  const covered = inScope.filter((i) => i.status === 'covered').length;
  const weak = inScope.filter((i) => i.status === 'weak').length;
  return recordSchema.parse({
    version: 2,
    id: spec.id ?? `${new Date(spec.at).toISOString().slice(0, 10).replace(/-/g, '')}-000000-t${String(serial++).padStart(3, '0')}`,
    challenge: { id: spec.challenge.id, title: spec.challenge.title },
    startedAt: new Date(spec.at).toISOString(),
    endedAt: new Date(spec.at + spent.reduce((s, m) => s + m, 0) * MIN).toISOString(),
    endReason: 'completed',
    minutes: 45,
    phases: PHASE_IDS.map((id, i) => ({ id, plannedMs: planned[i] * MIN, spentMs: spent[i] * MIN, reached: spent[i] > 0 })),
    pausedMs: 0,
    pauses: 0,
    score: { challenge: spec.challenge.id, title: spec.challenge.title, total: Math.round((100 * criteria.reduce((s, c) => s + c.score, 0)) / points), criteria, next: [], words: 100 },
    checklist: { score: Math.round((100 * (covered + weak / 2)) / inScope.length), considered: inScope.length, covered, items },
  });
}

export const DAY = 86_400_000;
