import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { planPhases } from '../../../src/practice/settings';
import { restoreSession } from '../../../src/practice/session';
import {
  nextPhase,
  observe,
  pause,
  phaseTimes,
  resume,
  startTimer,
  stop,
  timerView,
  type TimerEvent,
  type TimerState,
  type Transition,
} from '../../../src/practice/timer';
import { noticeApplies, sessionActions, statusBarModel } from '../../../src/practice/status';
import { FakeClock, MIN } from '../../support/practice-helpers';

// 45 minutes: requirements 7, high-level 16, deep dive 16, wrap-up 6.
const PLAN = planPhases(45);

function begin(clock: FakeClock): TimerState {
  return startTimer(PLAN, clock.now()).state;
}

const types = (t: Transition): string[] => t.events.map((e) => e.type);

describe('practice timer', () => {
  it('starts in the first phase with the whole session ahead', () => {
    const clock = new FakeClock();
    const start = startTimer(PLAN, clock.now());
    assert.deepEqual(start.events, [{ type: 'phase-started', phase: 'requirements', index: 0, at: clock.t }]);
    const view = timerView(start.state, clock.advance(90_000));
    assert.equal(view.phase, 'requirements');
    assert.equal(view.remainingMs, 45 * MIN - 90_000);
    assert.equal(view.phaseRemainingMs, 7 * MIN - 90_000);
    assert.equal(view.overrun, false);
    assert.equal(statusBarModel(view).text, '$(watch) Requirements and scope 5:30 · 43:30 left');
  });

  it('moves through the phases when the user moves on, recording the time of each', () => {
    const clock = new FakeClock();
    let s = begin(clock);
    clock.advance(5 * MIN);
    const next = nextPhase(s, clock.now());
    assert.deepEqual(next.events, [{ type: 'phase-started', phase: 'high-level', index: 1, at: clock.t }]);
    s = next.state;
    clock.advance(16 * MIN);
    s = nextPhase(s, clock.now()).state;
    assert.equal(timerView(s, clock.now()).phase, 'deep-dive');
    assert.deepEqual(
      phaseTimes(s, clock.advance(MIN)).map((p) => [p.id, p.spentMs, p.reached]),
      [
        ['requirements', 5 * MIN, true],
        ['high-level', 16 * MIN, true],
        ['deep-dive', MIN, true],
        ['wrap-up', 0, false],
      ],
    );
  });

  it('warns once when a phase overruns, at the moment it did', () => {
    const clock = new FakeClock();
    const start = clock.t;
    let s = begin(clock);
    assert.deepEqual(observe(s, clock.advance(7 * MIN - 1)).events, []);
    const late = observe(s, clock.advance(3 * MIN));
    assert.deepEqual(late.events, [{ type: 'phase-overrun', phase: 'requirements', index: 0, plannedMs: 7 * MIN, at: start + 7 * MIN }]);
    s = late.state;
    assert.deepEqual(observe(s, clock.advance(MIN)).events, [], 'the overrun is reported once');
    const view = timerView(s, clock.now());
    assert.equal(view.overrun, true);
    assert.equal(view.phaseRemainingMs, -4 * MIN + 1);
    assert.equal(statusBarModel(view).warning, true);
    assert.match(statusBarModel(view).text, /^\$\(warning\) Requirements and scope \+3:59 · /);
    // The next phase has its own overrun.
    s = nextPhase(s, clock.now()).state;
    assert.deepEqual(types(observe(s, clock.advance(16 * MIN + 1))), ['phase-overrun']);
  });

  it('does not count paused time, and no overrun or time-up happens while paused', () => {
    const clock = new FakeClock();
    let s = begin(clock);
    clock.advance(3 * MIN);
    const paused = pause(s, clock.now());
    assert.deepEqual(types(paused), ['paused']);
    s = paused.state;
    clock.advance(3 * 60 * MIN);
    assert.deepEqual(observe(s, clock.now()).events, []);
    assert.equal(timerView(s, clock.now()).elapsedMs, 3 * MIN);
    assert.match(statusBarModel(timerView(s, clock.now())).text, /^\$\(debug-pause\) Paused · Requirements and scope · 42:00 left$/);
    assert.deepEqual(sessionActions(timerView(s, clock.now())).map((a) => a.action), ['resume', 'next', 'stop']);
    assert.deepEqual(pause(s, clock.now()).events, [], 'pausing twice does nothing');
    const resumed = resume(s, clock.now());
    assert.deepEqual(types(resumed), ['resumed']);
    s = resumed.state;
    clock.advance(MIN);
    const view = timerView(s, clock.now());
    assert.equal(view.elapsedMs, 4 * MIN);
    assert.equal(view.remainingMs, 41 * MIN);
    assert.equal(s.pausedMs, 3 * 60 * MIN);
    assert.equal(s.pauses, 1);
  });

  it('ends exactly at the session length, however late it is observed (a laptop asleep)', () => {
    const clock = new FakeClock();
    const start = clock.t;
    let s = begin(clock);
    clock.advance(5 * MIN);
    s = pause(s, clock.now()).state;
    clock.advance(5 * MIN);
    s = resume(s, clock.now()).state;
    clock.advance(2 * 60 * MIN); // asleep for two hours mid-phase
    const woke = observe(s, clock.now());
    assert.deepEqual(woke.events, [
      { type: 'phase-overrun', phase: 'requirements', index: 0, plannedMs: 7 * MIN, at: start + 12 * MIN },
      { type: 'ended', reason: 'time-up', at: start + 50 * MIN },
    ]);
    assert.equal(woke.state.status, 'ended');
    assert.equal(woke.state.endReason, 'time-up');
    const times = phaseTimes(woke.state, clock.now());
    assert.equal(times[0].spentMs, 45 * MIN, 'the whole session went into the phase that was running');
    assert.equal(timerView(woke.state, clock.now()).endedAt, start + 50 * MIN);
    assert.equal(timerView(woke.state, clock.now()).remainingMs, 0);
  });

  it('a command given after time ran out reports the end instead', () => {
    const clock = new FakeClock();
    const start = clock.t;
    const s = begin(clock);
    clock.advance(46 * MIN);
    const late = pause(s, clock.now());
    assert.deepEqual(types(late), ['phase-overrun', 'ended']);
    assert.equal(late.state.status, 'ended');
    assert.equal(late.state.since, start + 45 * MIN);
    assert.deepEqual(nextPhase(late.state, clock.now()).events, []);
    assert.deepEqual(sessionActions(timerView(late.state, clock.now())), []);
  });

  it('stops mid-phase with the partial phase counted', () => {
    const clock = new FakeClock();
    let s = begin(clock);
    clock.advance(6 * MIN);
    s = nextPhase(s, clock.now()).state;
    clock.advance(4 * MIN + 30_000);
    const stopped = stop(s, clock.now());
    assert.deepEqual(stopped.events, [{ type: 'ended', reason: 'stopped', at: clock.t }]);
    assert.deepEqual(
      phaseTimes(stopped.state, clock.advance(MIN)).map((p) => p.spentMs),
      [6 * MIN, 4 * MIN + 30_000, 0, 0],
    );
    assert.deepEqual(stop(stopped.state, clock.now()).events, [], 'stopping twice does nothing');
  });

  it('stopping while paused counts the pause up to the stop', () => {
    const clock = new FakeClock();
    let s = begin(clock);
    clock.advance(MIN);
    s = pause(s, clock.now()).state;
    clock.advance(2 * MIN);
    s = stop(s, clock.now()).state;
    assert.equal(s.pausedMs, 2 * MIN);
    assert.equal(timerView(s, clock.now()).elapsedMs, MIN);
  });

  it('moving on from the last phase completes the session', () => {
    const clock = new FakeClock();
    let s = begin(clock);
    for (let i = 0; i < 3; i++) s = nextPhase(s, clock.advance(5 * MIN)).state;
    assert.equal(sessionActions(timerView(s, clock.now()))[1].label, '$(pass) Finish the session');
    const done = nextPhase(s, clock.advance(5 * MIN));
    assert.deepEqual(types(done), ['ended']);
    assert.equal(done.state.endReason, 'completed');
    assert.deepEqual(phaseTimes(done.state, clock.now()).map((p) => p.spentMs), [5 * MIN, 5 * MIN, 5 * MIN, 5 * MIN]);
  });

  it('comes back from a window reload as it was, and keeps running', () => {
    const clock = new FakeClock();
    let s = begin(clock);
    s = nextPhase(s, clock.advance(8 * MIN)).state;
    s = pause(s, clock.advance(2 * MIN)).state;
    s = resume(s, clock.advance(MIN)).state;
    s = observe(s, clock.advance(17 * MIN)).state; // the high-level overrun was reported before the reload
    const stored = JSON.parse(JSON.stringify({ version: 1, id: '20261126-090000-abcd', challenge: { id: 'x', title: 'X' }, document: 'file:///a.md', timer: s }));
    clock.advance(30_000); // the reload takes a moment
    const restored = restoreSession(stored);
    assert.ok(restored.ok, restored.ok ? '' : restored.message);
    const after = restored.session.timer;
    assert.deepEqual(timerView(after, clock.now()), timerView(s, clock.now()));
    assert.deepEqual(observe(after, clock.now()).events, [], 'the overrun is not reported again');
    assert.equal(timerView(after, clock.now()).phaseSpentMs, 19 * MIN + 30_000);
    assert.deepEqual(types(nextPhase(after, clock.now())), ['phase-started']);
  });

  it('rejects a stored session that is not one, saying where', () => {
    const clock = new FakeClock();
    const s = begin(clock);
    const bad = { version: 1, id: '20261126-090000-abcd', challenge: { id: 'x', title: 'X' }, document: 'file:///a.md', timer: { ...s, phase: 9 } };
    const r = restoreSession(bad);
    assert.ok(!r.ok);
    assert.match(r.message, /timer\.phase/);
    assert.ok(!restoreSession({ ...bad, timer: { ...s, spentMs: [1] } }).ok);
    assert.ok(!restoreSession({ ...bad, timer: { ...s, status: 'ended' } }).ok, 'ended without a reason');
    assert.ok(!restoreSession(undefined).ok);
  });

  it('treats a clock set backwards as no time passing', () => {
    const clock = new FakeClock();
    let s = begin(clock);
    s = nextPhase(s, clock.advance(5 * MIN)).state;
    clock.advance(-30 * MIN);
    const view = timerView(s, clock.now());
    assert.equal(view.elapsedMs, 5 * MIN);
    assert.equal(view.phaseSpentMs, 0);
    s = pause(s, clock.now()).state;
    assert.deepEqual(s.spentMs, [5 * MIN, 0, 0, 0]);
  });

  it('says when to look again: the overrun, then the end', () => {
    const clock = new FakeClock();
    const start = clock.t;
    let s = begin(clock);
    assert.equal(timerView(s, clock.now()).nextDeadline, start + 7 * MIN);
    s = observe(s, clock.advance(8 * MIN)).state;
    assert.equal(timerView(s, clock.now()).nextDeadline, start + 45 * MIN);
    s = pause(s, clock.now()).state;
    assert.equal(timerView(s, clock.now()).nextDeadline, undefined);
  });

  it('keeps its books straight under any sequence of commands and clock jumps', () => {
    const step = fc.record({
      command: fc.constantFrom('observe', 'pause', 'resume', 'next', 'stop'),
      wait: fc.oneof(fc.integer({ min: 0, max: 5 * MIN }), fc.integer({ min: 0, max: 4 * 60 * MIN })),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        const clock = new FakeClock();
        const start = clock.t;
        let s = begin(clock);
        const events: TimerEvent[] = [];
        const run = { observe, pause, resume, next: nextPhase, stop } as const;
        for (const { command, wait } of steps) {
          const t = run[command](s, clock.advance(wait));
          events.push(...t.events);
          s = t.state;
          const view = timerView(s, clock.now());
          const spent = phaseTimes(s, clock.now()).reduce((a, p) => a + p.spentMs, 0);
          assert.equal(spent, view.elapsedMs);
          assert.ok(view.elapsedMs <= 45 * MIN);
          // Active time plus paused time is the wall time since the start (up to the end).
          const wall = (s.status === 'ended' ? s.since : clock.t) - start;
          const pausedNow = s.status === 'paused' ? clock.t - s.since : 0;
          assert.equal(view.elapsedMs + s.pausedMs + pausedNow, wall);
        }
        const overruns = events.filter((e) => e.type === 'phase-overrun').map((e) => (e.type === 'phase-overrun' ? e.index : -1));
        assert.equal(new Set(overruns).size, overruns.length, 'each phase overruns at most once');
        assert.ok(events.filter((e) => e.type === 'ended').length <= 1);
        for (let i = 1; i < events.length; i++) assert.ok(events[i].at >= events[i - 1].at, 'events come in time order');
      }),
      { numRuns: 300 },
    );
  });
});

describe('overrun notice buttons', () => {
  const ID = '20261126-090000-abcd';
  const running = (timer: TimerState, id = ID) => ({ id, timer });

  it("act on the phase the notice was about, and not after the user moved on or the session changed", () => {
    const clock = new FakeClock();
    const start = begin(clock);
    const overrun = observe(start, clock.advance(8 * MIN));
    const notice = overrun.events.find((e) => e.type === 'phase-overrun');
    assert.ok(notice && notice.type === 'phase-overrun' && notice.index === 0);
    assert.equal(noticeApplies(running(overrun.state), ID, notice.index), true, 'still in the requirements phase');
    const paused = pause(overrun.state, clock.advance(MIN)).state;
    assert.equal(noticeApplies(running(paused), ID, notice.index), true, 'a pause keeps the phase');

    const moved = nextPhase(overrun.state, clock.advance(MIN)).state;
    assert.equal(noticeApplies(running(moved), ID, notice.index), false, 'Next Phase on an old notice must not skip the high-level design');
    assert.equal(noticeApplies(running(overrun.state, '20261126-100000-efgh'), ID, notice.index), false, 'a later session is not the one the notice was about');
    assert.equal(noticeApplies(undefined, ID, notice.index), false, 'nothing is running');
    assert.equal(noticeApplies(running(stop(overrun.state, clock.advance(MIN)).state), ID, notice.index), false, 'the session has ended');
  });
});
