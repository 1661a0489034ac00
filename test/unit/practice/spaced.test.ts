import * as assert from 'node:assert/strict';
import { dueTopics, scheduleLines, spacedSchedule } from '../../../src/practice/spaced';
import { recommend } from '../../../src/practice/recommend';
import type { SessionRecord } from '../../../src/practice/record';
import { CATALOG, DAY, FakeClock, makeRecord } from '../../support/practice-helpers';

/** A session on the first challenge with every criterion at `percent`. */
const sessionAt = (at: number, percent: number): SessionRecord => makeRecord({ challenge: CATALOG[0], at, percents: Object.fromEntries(CATALOG[0].criteria.map((c) => [c.id, percent])) });

describe('spaced practice', () => {
  it('brings a poor topic back after 1, 3, 7 and 14 days as it improves, and resets it when it slips (fake clock)', () => {
    const clock = new FakeClock();
    const history: SessionRecord[] = [];
    const session = (percent: number): number => history.push(sessionAt(clock.t, percent));
    session(30);
    let [topic] = spacedSchedule(history, clock.t).filter((t) => t.topic === 'data-management');
    assert.equal(topic.step, 0);
    assert.equal(topic.due - Date.parse(history[0].endedAt), 1 * DAY);
    assert.equal(topic.dueNow, false, 'not due on the same day');
    clock.advance(DAY + 45 * 60_000);
    assert.ok(dueTopics(history, clock.t).some((t) => t.topic === 'data-management'), 'due the next day');
    const steps = [3, 7, 14];
    for (const days of steps) {
      session(90);
      [topic] = spacedSchedule(history, clock.t).filter((t) => t.topic === 'data-management');
      assert.equal(topic.due - Date.parse(history[history.length - 1].endedAt), days * DAY, `a good result pushes it to ${days} days`);
      clock.advance(days * DAY);
    }
    session(40);
    [topic] = spacedSchedule(history, clock.t).filter((t) => t.topic === 'data-management');
    assert.equal(topic.step, 0, 'a poor result brings it back to one day');
    for (let i = 0; i < 4; i++) session(95);
    assert.equal(spacedSchedule(history, clock.t).some((t) => t.topic === 'data-management'), false, 'learnt: off the schedule');
  });

  it('Recommended picks a challenge that exercises what is due', () => {
    const clock = new FakeClock();
    const history = [sessionAt(clock.t, 20)];
    clock.advance(2 * DAY);
    const due = dueTopics(history, clock.t).map((t) => t.topic);
    assert.ok(due.length > 0);
    const pick = recommend(CATALOG, history, clock.t)!;
    assert.ok(pick.challenge.criteria.some((c) => c.topics.some((t) => due.includes(t))), pick.challenge.id);
    assert.match(pick.reason, /data management|due for review/i);
  });

  it('words the schedule for the dashboard, soonest first', () => {
    const clock = new FakeClock();
    const history = [sessionAt(clock.t, 30)];
    const lines = scheduleLines(spacedSchedule(history, clock.t), clock.t);
    assert.ok(lines.length > 0);
    assert.ok(lines.every((l) => /: due tomorrow \(last 3\d%, review 1 of 4\)$/.test(l)), lines.join(' | '));
    clock.advance(2 * 86_400_000);
    assert.ok(scheduleLines(spacedSchedule(history, clock.t), clock.t).every((l) => l.includes('due today')));
  });
});
