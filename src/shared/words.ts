// Word lists as data: each list is a named, commented array of phrases, compiled once into one regular
// expression that matches any of them as whole words. A phrase is written as it reads ("so that"); where a
// choice of forms matters, a phrase may use a small regex group ("we('ll| will)? use"), never a whole rule.

/** One regular expression matching any phrase of the lists as whole words (`\b(?:…)\b`), longest first. */
export function anyOf(...lists: readonly (readonly string[])[]): RegExp {
  const phrases = [...new Set(lists.flat())].sort((a, b) => b.length - a.length);
  if (!phrases.length) throw new Error('anyOf: no phrases');
  // A word boundary at each end, unless the phrase itself ends (or starts) on punctuation: "ideas:" or
  // "candidates:" end on a colon, which no \b can follow when a space comes next.
  return new RegExp(`(?:\\b|(?=\\W))(?:${phrases.join('|')})(?:\\b|(?<=\\W))`);
}

/** A clause that dismisses a risk as not worth handling ("latency is not a real concern"). */
export const DISMISSES_RISK = '(is|are) not (a |an )?(real |realistic |big |serious |practical )?(concern|worry|risk)';

/** A title as it reads inside a sentence: "Service boundaries" becomes "service boundaries", "API gateway" stays. */
export function midSentence(title: string): string {
  return /^[A-Z]{2,}/.test(title) ? title : title.charAt(0).toLowerCase() + title.slice(1);
}
