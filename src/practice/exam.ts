// Exam mode: what the checklist may show about a running session's document, by the `practice.hints` setting
// and where the session stands. An interviewer does not hand out the marking scheme mid-round. Pure.
import type { ChecklistReport } from '../checklist/engine';
import { builtinItems } from '../checklist/items';
import { phaseById, phaseTitle, type PhaseId } from './phases';

export const HINT_MODES = ['hidden', 'after-each-phase', 'always'] as const;
export type HintMode = (typeof HINT_MODES)[number];
export const DEFAULT_HINTS: HintMode = 'hidden';

/** What the checklist shows for the session document. */
export interface ExamView {
  /** Diagnostics, hovers, the coverage score and the Checklist view's verdicts. */
  readonly hints: boolean;
  /** A summary of the phase that just ended is announced. */
  readonly phaseSummary: boolean;
}

/** Hints come back once the session has ended, whatever the mode; `always` never hides them. */
export function examView(mode: HintMode, timer: { readonly status: string } | undefined): ExamView {
  const running = timer !== undefined && timer.status !== 'ended';
  if (!running || mode === 'always') return { hints: true, phaseSummary: false };
  return { hints: false, phaseSummary: mode === 'after-each-phase' };
}

/** The message the Checklist view shows instead of verdicts while hints are hidden. */
export const HIDDEN_MESSAGE = 'Checklist hidden until the interview ends.';

/** The phase's checklist focus as the interviewer asks it: each focus item's question, no verdict. */
export function interviewerQuestions(phase: PhaseId): readonly string[] {
  const focus = new Set<string>(phaseById(phase)?.focus ?? []);
  return builtinItems.filter((i) => focus.has(i.id)).map((i) => i.question);
}

/**
 * A short summary of the phase that just ended, from the checklist's verdict on the text so far: how many of the
 * phase's focus items are covered, and which are still open, in the interviewer's words (their questions).
 */
export function phaseSummary(phase: PhaseId, report: Pick<ChecklistReport, 'items'>): string {
  const focus = phaseById(phase)?.focus ?? [];
  const items = report.items.filter((i) => (focus as readonly string[]).includes(i.id) && i.status !== 'out-of-scope');
  if (!items.length) return `${phaseTitle(phase)} ended.`;
  const covered = items.filter((i) => i.status === 'covered');
  const open = items.filter((i) => i.status !== 'covered');
  const tail = open.length ? ` Still open: ${open.map((i) => i.title.toLowerCase()).join(', ')}.` : ' Every one of them is answered.';
  return `${phaseTitle(phase)} ended: ${covered.length} of ${items.length} of its topics answered.${tail}`;
}
