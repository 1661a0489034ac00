// Whether a regular expression a user wrote can backtrack super-linearly: `^(a+)+$` takes minutes on thirty
// a's and a '!'. The analysis is scslre's, the one eslint-plugin-regexp runs on our own patterns. Pure.
import { analyse } from 'scslre';

/** The longest text a user's pattern is run on: a single-line template value. */
export const MAX_PATTERN_INPUT = 1000;

/**
 * Why `source` may take exponential or polynomial time on some input, or undefined when it cannot. A pattern the
 * analysis cannot read is left to the caller's own syntax check.
 */
export function backtrackingProblem(source: string): string | undefined {
  let reports;
  try {
    // A match attempt that backtracks is the danger; moving the start along a bounded value is not.
    reports = analyse({ source, flags: '' }, { maxReports: 1, reportTypes: { Move: false } }).reports;
  } catch {
    return undefined;
  }
  const report = reports[0];
  if (!report) return undefined;
  const kind = report.exponential ? 'exponential' : 'polynomial';
  return `can take ${kind} time on a value such as many '${report.character.pick}' (nested or overlapping repetition); write it without repeating a repetition, e.g. ^a+$ for ^(a+)+$`;
}
