// The messages between the extension and the score view, both ways, as zod schemas. Pure: the extension
// and the webview script both import it, and each side parses what it receives.
import * as z from 'zod/mini';
import { lineNumber } from '../shared/webview/protocol';

const line = lineNumber;

const evidence = z.object({
  line: line(),
  text: z.string(),
  concept: z.string(),
  fact: z.optional(z.string()),
  strength: z.enum(['full', 'partial']),
});

const criterion = z.object({
  id: z.string(),
  title: z.string(),
  question: z.string(),
  score: z.number(),
  max: z.number(),
  evidence: z.array(evidence),
  missing: z.array(z.string()),
  pitfalls: z.array(z.object({ id: z.string(), title: z.string(), line: line(), text: z.string(), penalty: z.number(), feedback: z.string() })),
  feedback: z.string(),
  topics: z.array(z.string()),
  modelAnswer: z.array(z.string()),
});

export const scoreResultSchema = z.object({
  challenge: z.string(),
  title: z.string(),
  total: z.number(),
  criteria: z.array(criterion),
  next: z.array(z.string()),
  words: z.number(),
});

const opinion = z.object({
  id: z.string(),
  score: z.number(),
  max: z.number(),
  concepts: z.array(z.object({ title: z.string(), line: line(), quote: z.string() })),
  pitfalls: z.array(z.string()),
  comment: z.string(),
  rejectedQuotes: z.number(),
});

/** What the second opinion can say: off (no consent), unavailable (no model), working, done or failed. */
export const opinionStateSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('off'), message: z.string() }),
  z.object({ state: z.literal('unavailable'), message: z.string() }),
  z.object({ state: z.literal('ready'), model: z.string() }),
  z.object({ state: z.literal('working'), model: z.string(), done: z.number(), of: z.number() }),
  z.object({ state: z.literal('done'), model: z.string(), total: z.number(), criteria: z.array(opinion), errors: z.array(z.string()) }),
  z.object({ state: z.literal('failed'), model: z.string(), message: z.string() }),
]);
export type OpinionState = z.output<typeof opinionStateSchema>;

export const scoreViewDataSchema = z.object({
  /** The answer's name as shown (workspace-relative path). */
  file: z.string(),
  result: scoreResultSchema,
  /** The answer changed since it was scored. */
  stale: z.boolean(),
  opinion: opinionStateSchema,
});
export type ScoreViewData = z.output<typeof scoreViewDataSchema>;

/** The page the Answer Score panel shows (its script fills `#root` from `score/show`). */
export const SCORE_PAGE = { title: 'Answer Score', scripts: ['score.js'], styles: ['score.css'], codicons: true, body: '<main id="root"></main>' } as const;

/** Extension → view. */
export const toScoreViewSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('score/show'), data: scoreViewDataSchema }),
  z.object({ type: z.literal('score/stale') }),
  z.object({ type: z.literal('opinion/state'), opinion: opinionStateSchema }),
]);
export type ToScoreView = z.output<typeof toScoreViewSchema>;

/** View → extension. */
export const fromScoreViewSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('view/ready') }),
  z.object({ type: z.literal('source/reveal'), line: line() }),
  z.object({ type: z.literal('score/again') }),
  z.object({ type: z.literal('opinion/request') }),
  z.object({ type: z.literal('opinion/settings') }),
]);
export type FromScoreView = z.output<typeof fromScoreViewSchema>;
