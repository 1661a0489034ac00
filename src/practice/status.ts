// View-models of a running session for the VS Code side: the status bar, the timer's click menu
// and the notifications. Plain data and text, so the adapters only translate. Pure.
import { formatClock, formatMinutes } from './format';
import { phaseById, phaseTitle, type PhaseId } from './phases';
import type { EndReason, TimerView } from './timer';

export interface StatusBarModel {
  readonly text: string;
  readonly tooltip: string;
  /** Shown with the warning colours (the phase overruns). */
  readonly warning: boolean;
}

export function statusBarModel(view: TimerView): StatusBarModel {
  const title = phaseTitle(view.phase);
  const where = `phase ${view.phaseIndex + 1} of ${view.phaseCount}: ${title}`;
  if (view.status === 'ended') return { text: '$(check) Mock interview ended', tooltip: 'The mock interview has ended.', warning: false };
  const left = `${formatClock(view.remainingMs)} left`;
  if (view.status === 'paused') return { text: `$(debug-pause) Paused · ${title} · ${left}`, tooltip: `Mock interview paused, ${where}. Click to resume, skip the phase or stop.`, warning: false };
  if (view.overrun) {
    return {
      text: `$(warning) ${title} +${formatClock(-view.phaseRemainingMs)} · ${left}`,
      tooltip: `Mock interview, ${where}, ${formatClock(-view.phaseRemainingMs)} past its ${formatMinutes(view.phasePlannedMs)}. Click to move on, pause or stop.`,
      warning: true,
    };
  }
  return { text: `$(watch) ${title} ${formatClock(view.phaseRemainingMs)} · ${left}`, tooltip: `Mock interview, ${where}. Click to pause, skip the phase or stop.`, warning: false };
}

export type SessionAction = 'pause' | 'resume' | 'next' | 'stop';

export interface SessionActionItem {
  readonly action: SessionAction;
  readonly label: string;
  readonly detail: string;
}

/** The timer's click menu, in order. */
export function sessionActions(view: TimerView): readonly SessionActionItem[] {
  if (view.status === 'ended') return [];
  const last = view.phaseIndex === view.phaseCount - 1;
  const items: SessionActionItem[] = [
    view.status === 'paused'
      ? { action: 'resume', label: '$(debug-continue) Resume', detail: 'Carry on where you paused; paused time does not count.' }
      : { action: 'pause', label: '$(debug-pause) Pause', detail: 'Stop the clock until you resume.' },
  ];
  items.push(
    last
      ? { action: 'next', label: '$(pass) Finish the session', detail: 'End now: the document is saved, checked and scored.' }
      : { action: 'next', label: '$(debug-step-over) Next phase', detail: `Leave ${phaseTitle(view.phase)} and start the next phase now.` },
    { action: 'stop', label: '$(debug-stop) Stop', detail: 'End the session early: the document is saved, checked and scored.' },
  );
  return items;
}

export interface PhaseNotice {
  readonly message: string;
  /** What the interviewer expects now, one line each. */
  readonly prompts: readonly string[];
}

export function phaseNotice(phase: PhaseId, index: number, count: number, plannedMs: number): PhaseNotice {
  const p = phaseById(phase);
  return {
    message: `Phase ${index + 1} of ${count}: ${phaseTitle(phase)} (${formatMinutes(plannedMs)}). ${p?.goal ?? ''}`.trim(),
    prompts: p?.prompts ?? [],
  };
}

export function overrunNotice(phase: PhaseId, plannedMs: number, last: boolean): string {
  const move = last ? 'Wrap up and finish when you can.' : 'Move on to the next phase when you can (click the timer).';
  return `${phaseTitle(phase)} has run past its ${formatMinutes(plannedMs)}. ${move}`;
}

const END_NOTICE: Readonly<Record<EndReason, string>> = {
  'time-up': 'Time is up. Your answer is saved, checked and scored; the report opens now.',
  stopped: 'Session stopped. Your answer is saved, checked and scored; the report opens now.',
  completed: 'All phases done. Your answer is saved, checked and scored; the report opens now.',
};

export function endNotice(reason: EndReason): string {
  return END_NOTICE[reason];
}

/**
 * Whether the button of an overrun notice (Next Phase / Finish) still applies when it is clicked: the notice's
 * session is still running (or paused) in the phase it was about. A notice left open past a phase change, or from
 * an earlier session, does nothing.
 */
export function noticeApplies(
  running: { readonly id: string; readonly timer: { readonly phase: number; readonly status: string } } | undefined,
  session: string,
  phase: number,
): boolean {
  return running !== undefined && running.id === session && running.timer.phase === phase && running.timer.status !== 'ended';
}
