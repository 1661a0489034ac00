// The follow-up questions an interviewer asks during a mock interview, as data: which criterion each probes,
// when it is asked, and which of that criterion's concepts a good answer names. Pure: no `vscode`.
import * as z from 'zod/mini';
import type { ChallengeInfo } from '../contracts';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const kebab = (what: string) => z.string().check(z.regex(KEBAB, `${what} must be kebab-case, e.g. 'partner-outage'`));
const line = () =>
  z.string().check(
    z.trim(),
    z.minLength(1, 'must not be empty'),
    z.refine((s) => !/[\r\n]/.test(s), 'must be a single line'),
  );

/** The phases at whose start follow-ups are asked. */
export const FOLLOW_UP_PHASES = ['deep-dive', 'wrap-up'] as const;
export type FollowUpPhase = (typeof FOLLOW_UP_PHASES)[number];

export const followUpSchema = z
  .strictObject({
    id: kebab('a follow-up id'),
    /** The rubric criterion the follow-up probes; an answer is credited to it. */
    criterion: kebab('a criterion id'),
    /** `weak`: asked while the criterion is still weak in the text; `phase`: a curveball at a fixed phase that changes a requirement. */
    trigger: z.enum(['weak', 'phase']),
    /** For `phase`: when the curveball comes. */
    phase: z.optional(z.enum(FOLLOW_UP_PHASES)),
    /** The heading's words after "Follow-up:". */
    title: line(),
    question: line(),
    /** Ids of the criterion's concepts that a good answer names. */
    concepts: z.array(kebab('a concept id')).check(z.minLength(1, 'needs at least one concept')),
  })
  .check(
    z.refine((f) => (f.trigger === 'phase') === (f.phase !== undefined), {
      message: "a 'phase' follow-up needs a phase (deep-dive or wrap-up); a 'weak' one has none",
      path: ['phase'],
    }),
  );

export type FollowUp = z.output<typeof followUpSchema>;
export type FollowUpInput = z.input<typeof followUpSchema>;

export const followUpListSchema = z.array(followUpSchema).check(
  z.minLength(1, 'needs at least one follow-up'),
  z.refine((list) => new Set(list.map((f) => f.id)).size === list.length, 'follow-up ids must be unique'),
);

/** What the rubric cannot check by itself: the criterion and the concepts exist in the challenge. */
export function checkFollowUps(
  list: readonly FollowUp[],
  challenge: Pick<ChallengeInfo, 'id'> & { readonly criteria: readonly { readonly id: string; readonly concepts: readonly { readonly id: string }[] }[] },
): string[] {
  const problems: string[] = [];
  for (const f of list) {
    const criterion = challenge.criteria.find((c) => c.id === f.criterion);
    if (!criterion) {
      problems.push(`${challenge.id}/${f.id}: criterion '${f.criterion}' is not in the challenge (${challenge.criteria.map((c) => c.id).join(', ')})`);
      continue;
    }
    const known = new Set(criterion.concepts.map((c) => c.id));
    for (const id of f.concepts) if (!known.has(id)) problems.push(`${challenge.id}/${f.id}: concept '${id}' is not in criterion '${f.criterion}'`);
  }
  return problems;
}
