/**
 * Times reach the rules either as a Date or as epoch milliseconds (what a job payload or a
 * database driver hands over). Domain code never reads the clock: `now` is always passed in.
 */
export type Instant = Date | number;

/** One rule day is a fixed 24 hours of UTC time: periods are counted in elapsed time, not calendar days, so DST never shortens a quiet period. */
export const DAY_MS = 86_400_000;

/** Epoch milliseconds of an instant; an invalid Date or a non-finite number is a programming error, not a time. */
export function toMs(value: Instant, name = 'time'): number {
  const ms = typeof value === 'number' ? value : value.getTime();
  if (!Number.isFinite(ms)) throw new RangeError(`${name} is not a valid time`);
  return ms;
}
