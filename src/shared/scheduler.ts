// Runs work for a key after a quiet period, and tells a result that arrives late from a current one.
// Pure: the timer functions are injected, so tests drive it with a fake clock.

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export class Debouncer<K> {
  private readonly pending = new Map<K, unknown>();
  private readonly generations = new Map<K, number>();

  constructor(private readonly timers: Timers = realTimers) {}

  /**
   * Schedules `run` for `key` after `ms`, replacing any run still waiting. `run` receives a check
   * that is false once a newer schedule (or a cancel) for the key has happened: late results are dropped.
   */
  schedule(key: K, ms: number, run: (isCurrent: () => boolean) => void): void {
    const generation = this.bump(key);
    const waiting = this.pending.get(key);
    if (waiting !== undefined) this.timers.clearTimeout(waiting);
    this.pending.set(
      key,
      this.timers.setTimeout(() => {
        this.pending.delete(key);
        run(() => this.generations.get(key) === generation);
      }, ms),
    );
  }

  /** Forgets the key: a waiting run never starts and a running one is no longer current. */
  cancel(key: K): void {
    const waiting = this.pending.get(key);
    if (waiting !== undefined) this.timers.clearTimeout(waiting);
    this.pending.delete(key);
    this.bump(key);
  }

  dispose(): void {
    for (const key of [...this.pending.keys()]) this.cancel(key);
  }

  private bump(key: K): number {
    const next = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, next);
    return next;
  }
}
