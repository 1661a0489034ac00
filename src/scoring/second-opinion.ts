// A second opinion from a language model, criterion by criterion. The model only says which of the rubric's
// concepts and pitfalls it sees, quoting lines; our code checks the reply with zod, keeps only quotes that
// really are in the answer, and turns the verified findings into points with the same thresholds as the
// deterministic scorer. Pure: the VS Code adapter sends the prompts.
import * as z from 'zod/mini';
import type { Criterion, Rubric } from './schema';
import { QUALITY, SATURATION } from './scorer';

export interface OpinionPrompt {
  readonly criterion: string;
  readonly text: string;
}

/** One prompt per criterion: the scenario, the criterion's concepts and pitfalls by id, and the numbered answer. */
export function opinionPrompts(rubric: Rubric, answer: string): OpinionPrompt[] {
  const numbered = answer
    .split(/\r\n|\r|\n/)
    .map((l, i) => `${i + 1}: ${l}`)
    .join('\n');
  return rubric.criteria.map((c) => ({
    criterion: c.id,
    text: [
      'You are a senior system-design interviewer grading one part of a written answer. Judge meaning, not keywords:',
      'a concept counts only when the answer proposes it (not when it rejects it, only names it in a list, or says it is out of scope).',
      '',
      `Challenge: ${rubric.scenario}`,
      '',
      `Question graded: ${c.question}`,
      'Concepts (id: meaning):',
      ...c.concepts.map((k) => `- ${k.id}: ${k.title}`),
      ...(c.pitfalls.length ? ['Pitfalls (id: mistake the answer advocates):', ...c.pitfalls.map((p) => `- ${p.id}: ${p.title}`)] : []),
      '',
      'Reply with JSON only, no prose and no code fence, in exactly this shape:',
      '{"concepts":[{"id":"<concept id>","line":<line number>,"quote":"<words copied exactly from that line>","reasoned":<true if the answer says why, tied to the scenario>}],"pitfalls":[{"id":"<pitfall id>","line":<line number>,"quote":"<words copied exactly>"}],"comment":"<one sentence>"}',
      '',
      'The answer, with line numbers:',
      numbered,
    ].join('\n'),
  }));
}

const found = z.object({ id: z.string(), line: z.int(), quote: z.string().check(z.minLength(3), z.maxLength(2000)) });
export const opinionReplySchema = z.object({
  concepts: z.array(z.extend(found, { reasoned: z.optional(z.boolean()) })),
  pitfalls: z._default(z.array(found), []),
  comment: z._default(z.string(), ''),
});
export type OpinionReply = z.output<typeof opinionReplySchema>;

export interface CriterionOpinion {
  readonly id: string;
  readonly score: number;
  readonly max: number;
  readonly concepts: { readonly title: string; readonly line: number; readonly quote: string }[];
  readonly pitfalls: string[];
  readonly comment: string;
  /** Quotes the model gave that are not in the answer: left out, and counted so the user can judge the model. */
  readonly rejectedQuotes: number;
}

export type OpinionResult = { readonly ok: true; readonly opinion: CriterionOpinion } | { readonly ok: false; readonly error: string };

/** The first JSON object in the model's reply (models like to wrap it in a code fence or a sentence). */
function jsonIn(reply: string): unknown {
  const start = reply.indexOf('{');
  const end = reply.lastIndexOf('}');
  if (start < 0 || end <= start) throw new Error('the reply holds no JSON object');
  return JSON.parse(reply.slice(start, end + 1));
}

const squash = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** Checks a model's reply for one criterion and scores the verified part of it. */
export function readOpinion(criterion: Criterion, answer: string, reply: string): OpinionResult {
  let data: unknown;
  try {
    data = jsonIn(reply);
  } catch (e) {
    return { ok: false, error: `the model's reply is not valid JSON (${(e as Error).message})` };
  }
  const parsed = opinionReplySchema.safeParse(data);
  if (!parsed.success) return { ok: false, error: `the model's reply does not have the expected shape (${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.code}`).join('; ')})` };
  const lines = answer.split(/\r\n|\r|\n/).map(squash);
  let rejectedQuotes = 0;
  // A quote proves something only when it is at least three whole words of that line, as written.
  const verified = <T extends { line: number; quote: string }>(x: T): boolean => {
    const quote = squash(x.quote);
    const ok = x.line >= 1 && x.line <= lines.length && quote.split(' ').length >= 3 && ` ${lines[x.line - 1]} `.includes(` ${quote} `);
    if (!ok) rejectedQuotes++;
    return ok;
  };
  const concepts = new Map<string, { title: string; line: number; quote: string; weight: number; reasoned: boolean }>();
  for (const c of parsed.data.concepts) {
    const concept = criterion.concepts.find((k) => k.id === c.id);
    if (!concept || concepts.has(c.id) || !verified(c)) continue;
    concepts.set(c.id, { title: concept.title, line: c.line, quote: c.quote, weight: concept.weight, reasoned: c.reasoned === true });
  }
  const pitfalls = new Map<string, number>();
  for (const p of parsed.data.pitfalls) {
    const pitfall = criterion.pitfalls.find((k) => k.id === p.id);
    if (pitfall && verified(p)) pitfalls.set(pitfall.title, pitfall.penalty);
  }
  // The deterministic scorer's credits: a stated concept earns a statement's, one argued from the scenario all of it.
  const totalWeight = criterion.concepts.reduce((s, k) => s + k.weight, 0);
  const full = QUALITY.statement + QUALITY.reason + QUALITY.fact;
  const raw = [...concepts.values()].reduce((s, k) => s + (k.weight * (k.reasoned ? full : QUALITY.statement)) / totalWeight, 0);
  const penalty = [...pitfalls.values()].reduce((s, p) => s + p, 0);
  const score = Math.max(0, Math.round(criterion.points * Math.min(1, raw / SATURATION) - penalty));
  return {
    ok: true,
    opinion: {
      id: criterion.id,
      score,
      max: criterion.points,
      concepts: [...concepts.values()].map(({ title, line, quote }) => ({ title, line, quote })),
      pitfalls: [...pitfalls.keys()],
      comment: parsed.data.comment.slice(0, 500),
      rejectedQuotes,
    },
  };
}
