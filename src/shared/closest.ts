// The known word nearest to a misspelt one, for "did you mean" in error messages.

/** Levenshtein distance (short words only: keys, ids, placeholder names). */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

/** The known word fewer than `limit` edits from `word` (case aside), nearest first; undefined when none is. */
export function closest(word: string, known: readonly string[], limit: (candidate: string) => number): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = editDistance(word.toLowerCase(), k.toLowerCase());
    if (d < bestDistance && d < limit(k)) [best, bestDistance] = [k, d];
  }
  return best;
}
