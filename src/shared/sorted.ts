// Lookups in arrays kept in order. Pure: no `vscode` import.

/** The first item whose key is `key`, in items sorted by `keyOf` (non-decreasing); undefined when none has it. */
export function firstWithKey<T>(items: readonly T[], key: number, keyOf: (item: T) => number): T | undefined {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keyOf(items[mid]) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo < items.length && keyOf(items[lo]) === key ? items[lo] : undefined;
}
