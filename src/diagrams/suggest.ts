// "Did you mean" for a misspelt key or value: the closest known word within two edits, a swap of two
// neighbouring letters counting as one (so `sevrice` finds `service`), else the one sharing a long start.

export function closest(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  const a = name.toLowerCase();
  for (const k of known) {
    const d = editDistance(a, k.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best ?? samePrefix(a, known);
}

/** The one known word that starts with the same five or more letters (`orchestrated` → `orchestration`). */
function samePrefix(a: string, known: readonly string[]): string | undefined {
  const shared = (k: string): number => {
    let i = 0;
    while (i < a.length && i < k.length && a[i] === k[i].toLowerCase()) i++;
    return i;
  };
  const scored = known.map((k) => ({ k, n: shared(k) })).sort((x, y) => y.n - x.n);
  return scored[0] && scored[0].n >= 5 && scored[0].n !== scored[1]?.n ? scored[0].k : undefined;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j], before[j - 2] + 1);
    }
    [before, prev] = [prev, row];
  }
  return prev[b.length];
}
