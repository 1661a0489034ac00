// Small formatters shared by the report, the status bar and the dashboard.

/** `7:05`, `1:02:03`, `-1:20` (overrun); whole seconds, rounded towards zero. */
export function formatClock(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  const total = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h ? `${sign}${h}:${String(m).padStart(2, '0')}:${s}` : `${sign}${m}:${s}`;
}

/** `7 min`, `0 min`; rounded to the nearest minute. */
export function formatMinutes(ms: number): string {
  return `${Math.round(ms / 60_000)} min`;
}

/** `+3 min`, `-2 min`, `±0 min`. */
export function formatDelta(ms: number): string {
  const m = Math.round(ms / 60_000);
  return m > 0 ? `+${m} min` : m < 0 ? `-${-m} min` : '±0 min';
}

/** Local calendar date of an ISO time, `2026-11-26`. */
export function formatDay(iso: string | number): string {
  const d = new Date(iso);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** `4 of the last 5 sessions`, `1 session`. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
