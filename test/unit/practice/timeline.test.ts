import * as assert from 'node:assert/strict';
import { buildTimeline, timelineNotes, type PhaseSnapshot } from '../../../src/practice/timeline';
import { buildReport, reportMarkdown } from '../../../src/practice/report';
import { FakeClock, MIN } from '../../support/practice-helpers';

const doc = (highLevel: string, deepDive: string, wrapUp = ''): string =>
  ['---', 'design-workbench: true', '---', '# Trip', '', '## High-level design (16 min)', '', '### Services', '', '<!--', '- Which services?', '-->', highLevel, '', '## Deep dive (16 min)', '', '### Shared data', '', '<!-- Who owns the data? -->', deepDive, '', '## Wrap-up (6 min)', '', '### Risks', '', wrapUp, ''].join('\n');

describe('practice timeline', () => {
  it('dates each section by the first phase snapshot in which it has real content, prompts left out (fake clock)', () => {
    const clock = new FakeClock();
    const snapshots: PhaseSnapshot[] = [];
    const take = (phase: PhaseSnapshot['phase'], text: string) => snapshots.push({ phase, at: clock.advance(7 * MIN), text });
    take('requirements', doc('', ''));
    take('high-level', doc('Booking, Flights and Hotels services.', ''));
    take('deep-dive', doc('Booking, Flights and Hotels services.', ''));
    take('wrap-up', doc('Booking, Flights and Hotels services.', 'Each service owns its tables.'));
    assert.ok(snapshots.every((s, i) => i === 0 || s.at > snapshots[i - 1].at));
    const timeline = buildTimeline(snapshots);
    assert.deepEqual(timeline, [
      { section: 'Services', planned: 'high-level', started: 'high-level' },
      { section: 'Shared data', planned: 'deep-dive', started: 'wrap-up' },
      { section: 'Risks', planned: 'wrap-up', started: undefined },
    ]);
    assert.deepEqual(timelineNotes(timeline), [
      'You started the Shared data section in the wrap-up, late: it is planned for the deep dive.',
      'You never wrote in the Risks section (planned for the wrap-up).',
    ]);
  });

  it('shows the timeline in the exported report', () => {
    const record = {
      version: 2 as const,
      id: '20261126-090000-abcd',
      challenge: { id: 'travel-booking-saga', title: 'Trip' },
      startedAt: '2026-11-26T09:00:00.000Z',
      endedAt: '2026-11-26T09:45:00.000Z',
      endReason: 'time-up' as const,
      minutes: 45,
      phases: [{ id: 'requirements' as const, plannedMs: MIN, spentMs: MIN, reached: true }],
      pausedMs: 0,
      pauses: 0,
      timeline: [{ section: 'Shared data', planned: 'deep-dive' as const, started: 'wrap-up' as const }],
      checklist: { score: 0, considered: 0, covered: 0, items: [] },
    };
    const md = reportMarkdown(buildReport(record));
    assert.match(md, /## Timeline\n\n- You started the Shared data section in the wrap-up, late: it is planned for the deep dive\.\n\n\| Section \| Planned in \| First written in \|/);
    assert.match(md, /\| Shared data \| Deep dive \| Wrap-up \|/);
  });
});
