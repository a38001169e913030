import { describe, expect, it } from 'vitest';
import { MAX_ATTEMPTS, nextAttemptAt, RETRY_SCHEDULE_MS, waitBeforeAttempt } from './retry-schedule.js';

const S = 1000;
const M = 60 * S;
const H = 60 * M;
const now = new Date('2026-03-02T10:00:00Z');
const fixed = (r: number) => () => r;

describe('retry schedule', () => {
  it('is the Standard Webhooks schedule: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h', () => {
    expect(RETRY_SCHEDULE_MS).toEqual([
      0,
      5 * S,
      5 * M,
      30 * M,
      2 * H,
      5 * H,
      10 * H,
      14 * H,
      20 * H,
      24 * H,
    ]);
    expect(MAX_ATTEMPTS).toBe(10);
  });

  it.each([
    // attempt, random, wait
    [1, 0.99, 0],
    [2, 0, 5 * S],
    [2, 0.5, 5.25 * S],
    [2, 0.999999, 5.5 * S],
    [3, 0.5, 5.25 * M],
    [10, 0, 24 * H],
    [10, 0.5, 25.2 * H],
  ])('waits before attempt %i with random %f: %i ms', (attempt, r, wait) => {
    expect(waitBeforeAttempt(attempt, fixed(r))).toBe(Math.round(wait));
  });

  it('never waits less than the step nor more than a tenth longer, whatever the random source says', () => {
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const step = RETRY_SCHEDULE_MS[attempt - 1] ?? 0;
      for (const r of [-1, 0, 0.3, 0.999, 1, 7]) {
        const wait = waitBeforeAttempt(attempt, fixed(r));
        expect(wait).toBeGreaterThanOrEqual(step);
        expect(wait).toBeLessThanOrEqual(Math.round(step * 1.1));
      }
    }
  });

  it('spreads endpoints that failed together', () => {
    const waits = [0.1, 0.4, 0.8].map((r) => waitBeforeAttempt(5, fixed(r)));
    expect(new Set(waits).size).toBe(3);
  });

  it('refuses an attempt outside the schedule', () => {
    expect(() => waitBeforeAttempt(0, fixed(0))).toThrow(RangeError);
    expect(() => waitBeforeAttempt(11, fixed(0))).toThrow(RangeError);
  });

  it.each<[string, number, number | null, number | null]>([
    ['after the first attempt: 5 s', 1, null, 5 * S],
    ['after the ninth: 24 h', 9, null, 24 * H],
    ['after the tenth: none, the schedule is spent', 10, null, null],
    ['Retry-After longer than the step wins', 1, 120 * S, 120 * S],
    ['a step longer than Retry-After wins', 3, 10 * S, 30 * M],
    ['Retry-After of a week is held to the longest step', 1, 7 * 24 * H, 24 * H],
    ['Retry-After does not add attempts', 10, 60 * S, null],
  ])('next attempt %s', (_name, attemptsMade, retryAfterMs, wait) => {
    const at = nextAttemptAt({ attemptsMade, now, retryAfterMs, random: fixed(0) });
    expect(at?.getTime() ?? null).toBe(wait === null ? null : now.getTime() + wait);
  });
});
