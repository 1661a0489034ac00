// The running session as the extension keeps it across window reloads (in its global state): the
// challenge, the session document and the timer. Checked with zod when it comes back. Pure.
import * as z from 'zod/mini';
import { PHASE_IDS, type PhaseId } from './phases';
import { schemaReason, SESSION_ID } from './record';
import type { PhaseSnapshot } from './timeline';
import { timerStateSchema, type TimerState } from './timer';

export interface RunningSession {
  readonly version: 1;
  readonly id: string;
  readonly challenge: { readonly id: string; readonly title: string };
  /** The session document (a URI string). */
  readonly document: string;
  readonly timer: TimerState;
  /** The follow-ups asked so far, in order (absent: none). */
  readonly followUps?: readonly { readonly id: string; readonly phase: PhaseId }[];
  /** The document's text at each phase change, for the report's timeline (absent: none yet). */
  readonly snapshots?: readonly PhaseSnapshot[];
}

export const runningSessionSchema = z.object({
  version: z.literal(1),
  id: z.string().check(z.regex(SESSION_ID, 'must be a session id')),
  challenge: z.object({ id: z.string().check(z.minLength(1)), title: z.string() }),
  document: z.string().check(z.minLength(1)),
  timer: timerStateSchema,
  followUps: z.optional(z.array(z.object({ id: z.string().check(z.minLength(1)), phase: z.enum(PHASE_IDS) }))),
  snapshots: z.optional(z.array(z.object({ phase: z.enum(PHASE_IDS), at: z.number(), text: z.string() }))),
});

export type RestoredSession = { readonly ok: true; readonly session: RunningSession } | { readonly ok: false; readonly message: string };

/** Checks a stored running session; the message says what is wrong, for the log. */
export function restoreSession(stored: unknown): RestoredSession {
  const parsed = runningSessionSchema.safeParse(stored);
  if (parsed.success) return { ok: true, session: parsed.data };
  return { ok: false, message: `the saved mock interview could not be restored: ${schemaReason(parsed.error.issues)}` };
}
