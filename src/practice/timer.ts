// The session timer: a pure state machine over wall-clock timestamps. Nothing ticks: every
// answer is computed from (state, now), so the timer is right after a window reload, a sleep or
// a missed interval, and the state is plain JSON that the extension keeps across reloads.
// Phases move on when the user says so; staying past a phase's plan is an overrun, reported once.
import * as z from 'zod/mini';
import { PHASE_IDS, type PhaseId } from './phases';
import type { PlannedPhase } from './settings';

export type TimerStatus = 'running' | 'paused' | 'ended';
export type EndReason = 'time-up' | 'stopped' | 'completed';
export const END_REASONS = ['time-up', 'stopped', 'completed'] as const;

export interface TimerPhase {
  readonly id: PhaseId;
  readonly plannedMs: number;
}

export interface TimerState {
  readonly version: 1;
  readonly phases: readonly TimerPhase[];
  /** Wall clock (ms since the epoch) of the start. */
  readonly startedAt: number;
  readonly status: TimerStatus;
  /** Index of the current phase. */
  readonly phase: number;
  /** Active (unpaused) time per phase, counted up to `since`. */
  readonly spentMs: readonly number[];
  /** Running: when the current run began; paused: when the pause began; ended: when it ended. */
  readonly since: number;
  readonly pausedMs: number;
  readonly pauses: number;
  /** Phases whose overrun has been reported. */
  readonly warned: readonly boolean[];
  /** Phases that were reached. */
  readonly reached: readonly boolean[];
  readonly endReason?: EndReason;
}

export type TimerEvent =
  | { readonly type: 'phase-started'; readonly phase: PhaseId; readonly index: number; readonly at: number }
  | { readonly type: 'phase-overrun'; readonly phase: PhaseId; readonly index: number; readonly plannedMs: number; readonly at: number }
  | { readonly type: 'paused'; readonly at: number }
  | { readonly type: 'resumed'; readonly at: number }
  | { readonly type: 'ended'; readonly reason: EndReason; readonly at: number };

export interface Transition {
  readonly state: TimerState;
  /** What happened, oldest first; empty when nothing did (a command that does not apply is ignored). */
  readonly events: readonly TimerEvent[];
}

const MINUTE = 60_000;
const sum = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0);
const lengthOf = (s: TimerState): number => sum(s.phases.map((p) => p.plannedMs));
/** A clock that went backwards (a manual change) counts as no time passing. */
const clamp = (s: TimerState, now: number): number => Math.max(now, s.since);
const withAt = <T>(xs: readonly T[], i: number, value: T): T[] => xs.map((x, j) => (j === i ? value : x));

export function startTimer(plan: readonly PlannedPhase[], now: number): Transition {
  if (!plan.length) throw new RangeError('a session needs at least one phase');
  const phases = plan.map((p) => ({ id: p.id, plannedMs: p.minutes * MINUTE }));
  const state: TimerState = {
    version: 1,
    phases,
    startedAt: now,
    status: 'running',
    phase: 0,
    spentMs: phases.map(() => 0),
    since: now,
    pausedMs: 0,
    pauses: 0,
    warned: phases.map(() => false),
    reached: phases.map((_, i) => i === 0),
  };
  return { state, events: [{ type: 'phase-started', phase: phases[0].id, index: 0, at: now }] };
}

/** Catches up with the clock: the current phase's overrun, then the end when time is up. */
export function observe(state: TimerState, now: number): Transition {
  if (state.status !== 'running') return { state, events: [] };
  const t = clamp(state, now);
  const events: TimerEvent[] = [];
  const timeUpAt = state.since + (lengthOf(state) - sum(state.spentMs));
  const i = state.phase;
  const current = state.phases[i];
  const overrunAt = state.since + Math.max(0, current.plannedMs - state.spentMs[i]);
  let next = state;
  if (!state.warned[i] && overrunAt < timeUpAt && t >= overrunAt) {
    events.push({ type: 'phase-overrun', phase: current.id, index: i, plannedMs: current.plannedMs, at: overrunAt });
    next = { ...next, warned: withAt(next.warned, i, true) };
  }
  if (t >= timeUpAt) {
    next = { ...close(next, timeUpAt), status: 'ended', endReason: 'time-up' };
    events.push({ type: 'ended', reason: 'time-up', at: timeUpAt });
  }
  return { state: next, events };
}

/** The running segment's time added to the current phase, up to `t`. */
function close(state: TimerState, t: number): TimerState {
  if (state.status !== 'running') return state;
  return { ...state, spentMs: withAt(state.spentMs, state.phase, state.spentMs[state.phase] + (t - state.since)), since: t };
}

/** Runs `command` on the state caught up to `now`, unless the session has ended by then. */
function command(state: TimerState, now: number, apply: (s: TimerState, t: number) => Transition | undefined): Transition {
  const caught = observe(state, now);
  if (caught.state.status === 'ended') return caught;
  const applied = apply(caught.state, clamp(caught.state, now));
  return applied ? { state: applied.state, events: [...caught.events, ...applied.events] } : caught;
}

export function pause(state: TimerState, now: number): Transition {
  return command(state, now, (s, t) =>
    s.status === 'running' ? { state: { ...close(s, t), status: 'paused', pauses: s.pauses + 1 }, events: [{ type: 'paused', at: t }] } : undefined,
  );
}

export function resume(state: TimerState, now: number): Transition {
  return command(state, now, (s, t) =>
    s.status === 'paused' ? { state: { ...s, status: 'running', pausedMs: s.pausedMs + (t - s.since), since: t }, events: [{ type: 'resumed', at: t }] } : undefined,
  );
}

/** Moves on to the next phase (skipping what is left of this one); on the last phase, ends the session as completed. */
export function nextPhase(state: TimerState, now: number): Transition {
  return command(state, now, (s, t) => {
    if (s.phase === s.phases.length - 1) return end(s, t, 'completed');
    const closed = close(s, t);
    const index = s.phase + 1;
    return {
      state: { ...closed, phase: index, reached: withAt(closed.reached, index, true) },
      events: [{ type: 'phase-started', phase: s.phases[index].id, index, at: t }],
    };
  });
}

export function stop(state: TimerState, now: number): Transition {
  return command(state, now, (s, t) => end(s, t, 'stopped'));
}

function end(s: TimerState, t: number, reason: EndReason): Transition {
  const pausedMs = s.status === 'paused' ? s.pausedMs + (t - s.since) : s.pausedMs;
  return { state: { ...close(s, t), status: 'ended', endReason: reason, pausedMs, since: t }, events: [{ type: 'ended', reason, at: t }] };
}

export interface TimerView {
  readonly status: TimerStatus;
  readonly endReason: EndReason | undefined;
  readonly phase: PhaseId;
  readonly phaseIndex: number;
  readonly phaseCount: number;
  /** Active time since the start. */
  readonly elapsedMs: number;
  /** Active time left in the session (never below 0). */
  readonly remainingMs: number;
  readonly phaseSpentMs: number;
  readonly phasePlannedMs: number;
  /** Planned minus spent: below 0 when the phase overruns. */
  readonly phaseRemainingMs: number;
  readonly overrun: boolean;
  readonly startedAt: number;
  /** When it ended (wall clock), once ended. */
  readonly endedAt: number | undefined;
  /** Wall clock of the next overrun or time-up while running: when to look again. */
  readonly nextDeadline: number | undefined;
}

/** Where the session stands at `now`, as of `observe(state, now)`. */
export function timerView(state: TimerState, now: number): TimerView {
  const s = observe(state, now).state;
  const running = s.status === 'running';
  const t = running ? clamp(s, now) : s.since;
  const live = running ? t - s.since : 0;
  const i = s.phase;
  const phaseSpentMs = s.spentMs[i] + live;
  const plannedMs = s.phases[i].plannedMs;
  const elapsedMs = sum(s.spentMs) + live;
  const timeUpAt = s.since + lengthOf(s) - sum(s.spentMs);
  const overrunAt = s.since + plannedMs - s.spentMs[i];
  return {
    status: s.status,
    endReason: s.endReason,
    phase: s.phases[i].id,
    phaseIndex: i,
    phaseCount: s.phases.length,
    elapsedMs,
    remainingMs: Math.max(0, lengthOf(s) - elapsedMs),
    phaseSpentMs,
    phasePlannedMs: plannedMs,
    phaseRemainingMs: plannedMs - phaseSpentMs,
    overrun: phaseSpentMs > plannedMs,
    startedAt: s.startedAt,
    endedAt: s.status === 'ended' ? s.since : undefined,
    nextDeadline: running ? (!s.warned[i] && overrunAt > t && overrunAt < timeUpAt ? overrunAt : timeUpAt) : undefined,
  };
}

export interface PhaseTime {
  readonly id: PhaseId;
  readonly plannedMs: number;
  readonly spentMs: number;
  readonly reached: boolean;
}

/** Time spent per phase against the plan, at `now`. */
export function phaseTimes(state: TimerState, now: number): readonly PhaseTime[] {
  const s = observe(state, now).state;
  const live = s.status === 'running' ? clamp(s, now) - s.since : 0;
  return s.phases.map((p, i) => ({ id: p.id, plannedMs: p.plannedMs, spentMs: s.spentMs[i] + (i === s.phase ? live : 0), reached: s.reached[i] }));
}

// ---------------------------------------------------------------------------------------------
// Persistence: the state is kept as JSON (workspace state) and checked when it comes back.

const ms = z.number().check(z.refine((n) => Number.isFinite(n) && n >= 0, 'must be a time in milliseconds, 0 or more'));

export const timerStateSchema = z
  .object({
    version: z.literal(1),
    phases: z.array(z.object({ id: z.enum(PHASE_IDS), plannedMs: ms })).check(z.minLength(1)),
    startedAt: ms,
    status: z.enum(['running', 'paused', 'ended']),
    phase: z.number().check(z.int(), z.minimum(0)),
    spentMs: z.array(ms),
    since: ms,
    pausedMs: ms,
    pauses: z.number().check(z.int(), z.minimum(0)),
    warned: z.array(z.boolean()),
    reached: z.array(z.boolean()),
    endReason: z.optional(z.enum(END_REASONS)),
  })
  .check(
    z.refine((s) => s.phase < s.phases.length, { message: 'the current phase is not one of the phases', path: ['phase'] }),
    z.refine((s) => [s.spentMs, s.warned, s.reached].every((a) => a.length === s.phases.length), 'spentMs, warned and reached must have one entry per phase'),
    z.refine((s) => s.since >= s.startedAt, { message: 'since must not be before startedAt', path: ['since'] }),
    z.refine((s) => (s.status === 'ended') === (s.endReason !== undefined), { message: 'an ended session has an end reason, and only then', path: ['endReason'] }),
  );
