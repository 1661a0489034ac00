// Reads the settings an answer states: durations ("300 ms", "a 60-second timeout"), counts ("five retries",
// "retry twice") and percentages ("a 5% canary"), each with the token it stands at, so that a rubric's
// setting can say which values are right. Pure.
import type { Sentence } from '../shared/text';

export type Measure = 'duration' | 'count' | 'percent';

export interface Value {
  readonly measure: Measure;
  /** Durations in milliseconds; counts and percentages as written. */
  readonly value: number;
  /** Index of the number's token. */
  readonly at: number;
}

/** Number words an answer may spell out. */
const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, a: 1, an: 1, single: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, ninety: 90, hundred: 100,
};
/** Repetition adverbs: "retry once", "retry twice". */
const TIMES_WORDS: Record<string, number> = { once: 1, twice: 2, thrice: 3 };

/** Units of time, in milliseconds. */
const DURATION_UNITS: Record<string, number> = {
  ms: 1, msec: 1, millisecond: 1, milliseconds: 1,
  s: 1000, sec: 1000, secs: 1000, second: 1000, seconds: 1000,
  m: 60_000, min: 60_000, mins: 60_000, minute: 60_000, minutes: 60_000,
  h: 3_600_000, hr: 3_600_000, hrs: 3_600_000, hour: 3_600_000, hours: 3_600_000,
  day: 86_400_000, days: 86_400_000,
};
/** What a count counts: "three retries", "5 attempts", "retry 3 times". */
const COUNT_NOUNS = new Set(['retry', 'retries', 'attempt', 'attempts', 'times', 'tries', 'retrie']);

function numberOf(word: string): number | undefined {
  if (/^\d+(\.\d+)?$/.test(word)) return Number(word);
  return NUMBER_WORDS[word];
}

/** Every duration, count and percentage the sentence states. */
export function valuesOf(s: Sentence): Value[] {
  const out: Value[] = [];
  const t = s.tokens;
  for (let i = 0; i < t.length; i++) {
    const w = t[i].word;
    const times = TIMES_WORDS[w];
    if (times !== undefined) {
      out.push({ measure: 'count', value: times, at: i });
      continue;
    }
    // "30s", "500ms", "2h": number and unit in one token.
    const glued = /^(\d+(?:\.\d+)?)(ms|s|sec|secs|m|min|mins|h|hr|hrs)$/.exec(w);
    if (glued) {
      out.push({ measure: 'duration', value: Number(glued[1]) * DURATION_UNITS[glued[2]], at: i });
      continue;
    }
    let n = numberOf(w);
    if (n === undefined) continue;
    // "1.5 s", "0.5%": the tokenizer splits a decimal at its point.
    if (/^\d+$/.test(w) && i + 1 < t.length && /^\d+$/.test(t[i + 1].word) && s.norm[t[i].end] === '.' && t[i + 1].start === t[i].end + 1) {
      n = Number(`${w}.${t[i + 1].word}`);
      i++;
    }
    if (/^\d/.test(w) && s.norm[t[i].end] === '%') {
      out.push({ measure: 'percent', value: n, at: i });
      continue;
    }
    if (i + 1 >= t.length) continue;
    // "2,500" is one number, not two.
    const next = t[i + 1];
    if (/^\d+$/.test(w) && /^\d{3}$/.test(next.word) && s.norm[t[i].end] === ',') continue;
    // A spelled-out "a"/"one" counts only before a count noun ("a retry"), never as a duration ("a second look").
    const small = w === 'a' || w === 'an' || w === 'single';
    let k = i + 1;
    // "five immediate retries", "3 more attempts", "a 60-second timeout": one word may stand between.
    const skip = (word: string): boolean => ['more', 'immediate', 'extra', 'quick', 'fast', 'automatic', 'blind', 'total'].includes(word);
    if (k < t.length - 1 && skip(t[k].word)) k++;
    const unit = t[k].word;
    if (!small && DURATION_UNITS[unit] !== undefined && !(unit === 'm' || unit === 'h')) {
      out.push({ measure: 'duration', value: n * DURATION_UNITS[unit], at: i });
    } else if (COUNT_NOUNS.has(unit) || COUNT_NOUNS.has(t[k].stem)) {
      out.push({ measure: 'count', value: n, at: i });
    } else if (!small && unit === 'percent') {
      out.push({ measure: 'percent', value: n, at: i });
    }
  }
  return out;
}
