/** Calendar helpers in UTC; the demo never reads a clock, `now` always comes in. */
export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
export const YEAR_MS = 365.25 * DAY_MS;

/** First instant (UTC) of the calendar quarter that contains `ms`. */
export function quarterStart(ms: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), Math.floor(d.getUTCMonth() / 3) * 3, 1);
}

export function addQuarters(quarterStartMs: number, n: number): number {
  const d = new Date(quarterStartMs);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 3 * n, 1);
}

/** "2025-Q3": how analytics buckets quarters, and part of stable external refs. */
export function quarterLabel(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-Q${Math.floor(d.getUTCMonth() / 3) + 1}`;
}

export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Quarter starts from the one containing `fromMs` up to the one containing `toMs`. */
export function quartersBetween(fromMs: number, toMs: number): number[] {
  const out: number[] = [];
  for (let q = quarterStart(fromMs); q <= toMs; q = addQuarters(q, 1)) out.push(q);
  return out;
}
