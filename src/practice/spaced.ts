// Spaced practice: a topic that went poorly comes back after 1 day, then 3, 7 and 14 as it goes well; a poor
// result brings it back to the start, a middling one repeats the same gap. Built from the history alone. Pure.
import { topicOutcomes } from './progress';
import { chronological, topicTitle, type SessionRecord } from './record';

/** Days until the next review, by step. */
export const REVIEW_DAYS = [1, 3, 7, 14] as const;
/** A topic below this percent was practised poorly: back to the first step. */
export const POOR = 60;
/** At or above this percent it went well: one step further out (past the last step, it leaves the schedule). */
export const GOOD = 80;

const DAY = 86_400_000;

export interface ScheduledTopic {
  readonly topic: string;
  readonly title: string;
  /** Index into REVIEW_DAYS. */
  readonly step: number;
  /** Ms since the epoch: the day it is due. */
  readonly due: number;
  /** The latest result, 0–100. */
  readonly lastPercent: number;
  readonly dueNow: boolean;
}

/** Every topic on the schedule, soonest due first (topic id on a tie). */
export function spacedSchedule(history: readonly SessionRecord[], now: number): ScheduledTopic[] {
  const state = new Map<string, { step: number; due: number; lastPercent: number }>();
  for (const r of chronological(history)) {
    const at = Date.parse(r.endedAt);
    for (const [topic, o] of topicOutcomes(r)) {
      const s = state.get(topic);
      let step: number;
      if (o.percent < POOR) step = 0;
      else if (!s) continue; // Never poor: nothing to review.
      else if (o.percent >= GOOD) step = s.step + 1;
      else step = s.step;
      if (step >= REVIEW_DAYS.length) {
        state.delete(topic);
        continue;
      }
      state.set(topic, { step, due: at + REVIEW_DAYS[step] * DAY, lastPercent: o.percent });
    }
  }
  return [...state]
    .map(([topic, s]) => ({ topic, title: topicTitle(topic), ...s, dueNow: s.due <= now }))
    .sort((a, b) => a.due - b.due || a.topic.localeCompare(b.topic));
}

/** The topics due by `now`. */
export function dueTopics(history: readonly SessionRecord[], now: number): ScheduledTopic[] {
  return spacedSchedule(history, now).filter((t) => t.dueNow);
}

/** The schedule in words, soonest first: "Data management: due today (last 30%)", "Monitoring: in 3 days (last 70%)". */
export function scheduleLines(schedule: readonly ScheduledTopic[], now: number): string[] {
  return schedule.map((t) => {
    const days = Math.max(1, Math.round((t.due - now) / DAY));
    const when = t.dueNow ? 'due today' : days === 1 ? 'due tomorrow' : `due in ${days} days`;
    return `${t.title}: ${when} (last ${Math.round(t.lastPercent)}%, review ${t.step + 1} of ${REVIEW_DAYS.length})`;
  });
}
