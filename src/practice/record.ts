// A finished session as it is kept in the history: schema-validated and versioned. Version 1 was
// the first format (times in minutes and seconds, scores without topics or evidence); version 2
// keeps the whole score, the checklist result and the document's snapshot, so a report can be
// opened again later. Older records are upgraded when read. Pure: no `vscode`, no I/O.
import * as z from 'zod/mini';
import { builtinItems } from '../checklist/items';
import type { ChecklistReport } from '../checklist/engine';
import type { ChallengeInfo, EvidenceLine, ScoreResult } from './contracts';
import { PHASE_IDS } from './phases';
import type { TimelineEntry } from './timeline';
import { END_REASONS, phaseTimes, type TimerState } from './timer';

export const RECORD_VERSION = 2;

/** `20261126-093000-k3f9`: UTC start time, then random letters so two windows never collide; safe as a file name. */
export const SESSION_ID = /^[0-9]{8}-[0-9]{6}-[a-z0-9]{4,12}$/;

export function newSessionId(now: number, random: () => number = Math.random): string {
  const iso = new Date(now).toISOString();
  const stamp = `${iso.slice(0, 10).replace(/-/g, '')}-${iso.slice(11, 19).replace(/:/g, '')}`;
  let suffix = '';
  for (let i = 0; i < 6; i++) suffix += '0123456789abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 36) % 36];
  return `${stamp}-${suffix}`;
}

/** The records oldest first (a copy); sessions that started together in id order. */
export function chronological(records: readonly SessionRecord[]): SessionRecord[] {
  return [...records].sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt) || a.id.localeCompare(b.id));
}

let titles: Map<string, string> | undefined;
/** A checklist item's title ("Fault tolerance"), or the id for one this version does not know. */
export function topicTitle(id: string): string {
  return (titles ??= new Map(builtinItems.map((i) => [i.id, i.title]))).get(id) ?? id;
}

// ---------------------------------------------------------------------------------------------
// Version 2 (current).

const count = () => z.number().check(z.refine((n) => Number.isFinite(n) && n >= 0, 'must be a number, 0 or more'));
const line = () => z.number().check(z.int('must be a whole line number'), z.minimum(0));
const text = () => z.string();

const evidenceSchema = z.object({
  line: line(),
  text: text(),
  concept: text(),
  fact: z.optional(text()),
  strength: z.enum(['full', 'partial']),
});

const pitfallSchema = z.object({ id: text(), title: text(), line: line(), text: text(), penalty: count(), feedback: text() });

const criterionScoreSchema = z.object({
  id: text(),
  title: text(),
  question: text(),
  score: z.number(),
  max: count(),
  evidence: z.array(evidenceSchema),
  missing: z.array(text()),
  pitfalls: z.array(pitfallSchema),
  feedback: text(),
  topics: z.array(text()),
  modelAnswer: z.array(text()),
});

export const scoreResultSchema = z.object({
  challenge: text(),
  title: text(),
  total: z.number().check(z.minimum(0), z.maximum(100)),
  criteria: z.array(criterionScoreSchema),
  next: z.array(text()),
  words: count(),
});

const ITEM_STATUSES = ['covered', 'weak', 'missing', 'out-of-scope'] as const;

export const recordSchema = z.object({
  version: z.literal(2),
  id: z.string().check(z.regex(SESSION_ID, 'must be a session id such as 20261126-093000-k3f9')),
  challenge: z.object({ id: text(), title: text() }),
  startedAt: z.iso.datetime(),
  endedAt: z.iso.datetime(),
  endReason: z.enum(END_REASONS),
  minutes: z.number().check(z.int(), z.positive()),
  phases: z.array(z.object({ id: z.enum(PHASE_IDS), plannedMs: count(), spentMs: count(), reached: z.boolean() })).check(z.minLength(1)),
  pausedMs: count(),
  pauses: count(),
  /** Where the session document was (a URI or a path), for links from the report. */
  document: z.optional(text()),
  /** The document's text when the session ended. */
  snapshot: z.optional(text()),
  /** Absent when the challenge could not be scored (its rubric is gone). */
  score: z.optional(scoreResultSchema),
  /** The follow-ups the interviewer asked, with what the answer under each earned for its criterion. */
  followUps: z.optional(
    z.array(
      z.object({
        id: text(),
        criterion: text(),
        phase: z.enum(PHASE_IDS),
        title: text(),
        question: text(),
        /** Points of the criterion that the answer under the follow-up earned (0 when unanswered). */
        points: z.number(),
        evidence: z.array(evidenceSchema),
      }),
    ),
  ),
  /** Each answer section: the phase it is planned in and the phase it first had content in. */
  timeline: z.optional(z.array(z.object({ section: text(), planned: z.optional(z.enum(PHASE_IDS)), started: z.optional(z.enum(PHASE_IDS)) }))),
  checklist: z.object({
    score: z.number().check(z.minimum(0), z.maximum(100)),
    considered: count(),
    covered: count(),
    items: z.array(z.object({ id: text(), title: text(), status: z.enum(ITEM_STATUSES) })),
  }),
});

export type SessionRecord = z.infer<typeof recordSchema>;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

// ---------------------------------------------------------------------------------------------
// Version 1.

export const recordV1Schema = z.object({
  version: z.literal(1),
  id: z.string().check(z.regex(SESSION_ID)),
  challenge: text(),
  /** Start, ms since the epoch. */
  started: count(),
  minutes: z.number().check(z.int(), z.positive()),
  /** Planned minutes and spent seconds per phase. */
  phases: z.array(z.object({ id: z.enum(PHASE_IDS), planned: count(), spent: count() })).check(z.minLength(1)),
  /** Total score, null when not scored. */
  score: z.nullable(z.number().check(z.minimum(0), z.maximum(100))),
  criteria: z.array(z.object({ id: text(), title: text(), score: z.number(), max: count() })),
  checklist: z.object({ score: z.number(), covered: z.array(text()), weak: z.array(text()), missing: z.array(text()) }),
});
export type SessionRecordV1 = z.infer<typeof recordV1Schema>;

/** Looks a challenge up in the catalog, to fill in what old records did not keep. */
export type ChallengeLookup = (id: string) => ChallengeInfo | undefined;

export function upgradeV1(old: SessionRecordV1, lookup: ChallengeLookup = () => undefined): SessionRecord {
  const challenge = lookup(old.challenge);
  const spentMs = old.phases.map((p) => p.spent * 1000);
  const lastReached = spentMs.reduce((last, s, i) => (s > 0 ? i : last), 0);
  const active = spentMs.reduce((a, b) => a + b, 0);
  const title = challenge?.title ?? old.challenge;
  const items = [
    ...old.checklist.covered.map((id) => ({ id, title: topicTitle(id), status: 'covered' as const })),
    ...old.checklist.weak.map((id) => ({ id, title: topicTitle(id), status: 'weak' as const })),
    ...old.checklist.missing.map((id) => ({ id, title: topicTitle(id), status: 'missing' as const })),
  ];
  return {
    version: 2,
    id: old.id,
    challenge: { id: old.challenge, title },
    startedAt: new Date(old.started).toISOString(),
    // Version 1 did not keep pauses: the end is the start plus the active time.
    endedAt: new Date(old.started + active).toISOString(),
    endReason: active >= old.minutes * 60_000 ? 'time-up' : 'stopped',
    minutes: old.minutes,
    phases: old.phases.map((p, i) => ({ id: p.id, plannedMs: p.planned * 60_000, spentMs: spentMs[i], reached: i <= lastReached })),
    pausedMs: 0,
    pauses: 0,
    score:
      old.score === null
        ? undefined
        : {
            challenge: old.challenge,
            title,
            total: old.score,
            criteria: old.criteria.map((c) => {
              const known = challenge?.criteria.find((k) => k.id === c.id);
              return { ...c, question: known?.question ?? '', evidence: [], missing: [], pitfalls: [], feedback: '', topics: [...(known?.topics ?? [])], modelAnswer: [] };
            }),
            next: [],
            words: 0,
          },
    checklist: { score: old.checklist.score, considered: items.length, covered: old.checklist.covered.length, items },
  };
}

export type ParsedRecord =
  | { readonly ok: true; readonly record: SessionRecord; readonly upgradedFrom: number | undefined }
  /** `newer`: written by a later version of the extension; it is left alone, not treated as corrupt. */
  | { readonly ok: false; readonly newer: boolean; readonly reason: string };

/** Validates a stored record of any known version and upgrades it to the current one. */
export function parseRecord(data: unknown, lookup?: ChallengeLookup): ParsedRecord {
  const version = data && typeof data === 'object' ? (data as { version?: unknown }).version : undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version > RECORD_VERSION) {
    return { ok: false, newer: true, reason: `it was written by a newer version of Design Workbench (record version ${version}; this one reads up to ${RECORD_VERSION})` };
  }
  if (version === 1) {
    const v1 = recordV1Schema.safeParse(data);
    if (!v1.success) return { ok: false, newer: false, reason: schemaReason(v1.error.issues) };
    return checked(upgradeV1(v1.data, lookup), 1);
  }
  if (version !== RECORD_VERSION) return { ok: false, newer: false, reason: `it has no known record version (expected "version": ${RECORD_VERSION})` };
  return checked(data, undefined);
}

function checked(data: unknown, upgradedFrom: number | undefined): ParsedRecord {
  const parsed = recordSchema.safeParse(data);
  return parsed.success ? { ok: true, record: parsed.data, upgradedFrom } : { ok: false, newer: false, reason: schemaReason(parsed.error.issues) };
}

/** The first schema problem, where it is and what was expected, for messages. */
export function schemaReason(issues: readonly z.core.$ZodIssue[]): string {
  const first = issues[0];
  if (!first) return 'it does not match the session record format';
  const where = first.path.length ? first.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') : 'the record';
  return `${where}: ${first.message}${issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : ''}`;
}

// ---------------------------------------------------------------------------------------------
// Building a record when a session ends.

export interface RecordInput {
  readonly id: string;
  readonly challenge: { readonly id: string; readonly title: string };
  /** The ended timer. */
  readonly timer: TimerState;
  readonly score: ScoreResult | undefined;
  readonly checklist: ChecklistReport;
  readonly snapshot: string;
  readonly document?: string;
  readonly timeline?: readonly TimelineEntry[];
  readonly followUps?: readonly (Omit<NonNullable<SessionRecord['followUps']>[number], 'evidence'> & { readonly evidence: readonly EvidenceLine[] })[];
}

export function buildRecord(input: RecordInput): SessionRecord {
  const { timer } = input;
  if (timer.status !== 'ended') throw new Error('a session is recorded only once it has ended');
  const record = {
    version: 2,
    id: input.id,
    challenge: { id: input.challenge.id, title: input.challenge.title },
    startedAt: new Date(timer.startedAt).toISOString(),
    endedAt: new Date(timer.since).toISOString(),
    endReason: timer.endReason!,
    minutes: Math.round(timer.phases.reduce((s, p) => s + p.plannedMs, 0) / 60_000),
    phases: phaseTimes(timer, timer.since).map((p) => ({ id: p.id, plannedMs: p.plannedMs, spentMs: p.spentMs, reached: p.reached })),
    pausedMs: timer.pausedMs,
    pauses: timer.pauses,
    document: input.document,
    snapshot: input.snapshot,
    score: input.score,
    // Left out when none were asked, so a record reads back exactly as written.
    ...(input.timeline ? { timeline: input.timeline.map((e) => ({ section: e.section, ...(e.planned ? { planned: e.planned } : {}), ...(e.started ? { started: e.started } : {}) })) } : {}),
    ...(input.followUps ? { followUps: input.followUps.map((f) => ({ ...f, evidence: [...f.evidence] })) } : {}),
    checklist: {
      score: input.checklist.score,
      considered: input.checklist.considered,
      covered: input.checklist.covered,
      items: input.checklist.items.map((i) => ({ id: i.id, title: i.title, status: i.status })),
    },
  };
  const parsed = recordSchema.safeParse(record);
  if (!parsed.success) throw new Error(`the session record is not valid: ${schemaReason(parsed.error.issues)}`);
  return parsed.data;
}
