/**
 * When each attempt of a delivery runs: the Standard Webhooks example schedule (immediately, then
 * 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h and 24 h after the attempt before), each wait
 * stretched by up to a tenth at random so that endpoints failing together are not retried in
 * lockstep. Jitter only ever lengthens a wait, so no attempt runs before its step nor before a
 * receiver's `Retry-After`.
 */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** The wait before each attempt; its length is the number of attempts. */
export const RETRY_SCHEDULE_MS = [
  0,
  5 * SECOND,
  5 * MINUTE,
  30 * MINUTE,
  2 * HOUR,
  5 * HOUR,
  10 * HOUR,
  14 * HOUR,
  20 * HOUR,
  24 * HOUR,
] as const;
export const MAX_ATTEMPTS = RETRY_SCHEDULE_MS.length;
/** A wait grows by up to this share of itself. */
export const JITTER_SHARE = 0.1;
/** A receiver's Retry-After is honoured up to the longest step; past it the schedule's step waits. */
export const MAX_RETRY_AFTER_MS = 24 * HOUR;

/** A number in [0, 1), like Math.random; tests pass a fixed sequence. */
export type RandomSource = () => number;

/** The wait before attempt `attempt` (1-based), jittered. */
export function waitBeforeAttempt(attempt: number, random: RandomSource): number {
  const step = RETRY_SCHEDULE_MS[attempt - 1];
  if (step === undefined) throw new RangeError(`attempt ${attempt} is outside 1–${MAX_ATTEMPTS}`);
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.round(step * (1 + JITTER_SHARE * r));
}

/**
 * When the next attempt runs after `attemptsMade` attempts failed at `now`, or null when the
 * schedule is spent. `retryAfterMs` is what the receiver asked for (429, 502, 503, 504).
 */
export function nextAttemptAt(input: {
  attemptsMade: number;
  now: Date;
  retryAfterMs: number | null;
  random: RandomSource;
}): Date | null {
  const next = input.attemptsMade + 1;
  if (next > MAX_ATTEMPTS) return null;
  const scheduled = waitBeforeAttempt(next, input.random);
  const asked = input.retryAfterMs === null ? 0 : Math.min(input.retryAfterMs, MAX_RETRY_AFTER_MS);
  return new Date(input.now.getTime() + Math.max(scheduled, asked));
}
