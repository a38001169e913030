import { describe, expect, it } from 'vitest';
import type { DeliveryOutcome } from './delivery-outcome.js';
import { healthAfterAttempt } from './endpoint-health.js';

const H = 3_600_000;
const start = new Date('2026-03-02T10:00:00Z');
const later = (hours: number) => new Date(start.getTime() + hours * H);
const failed: DeliveryOutcome = { verdict: 'failed', reason: 'status', retryAfterMs: null };
const delivered: DeliveryOutcome = { verdict: 'delivered' };
const gone: DeliveryOutcome = { verdict: 'gone' };

describe('endpoint health', () => {
  it.each<[string, Date | null, DeliveryOutcome, Date, Date | null, string | null]>([
    ['a delivery keeps a healthy endpoint healthy', null, delivered, start, null, null],
    ['a delivery ends a failing streak', later(-100), delivered, start, null, null],
    ['a first failure starts the streak', null, failed, start, start, null],
    ['failing for just under five days stays enabled', start, failed, later(120 - 0.001), start, null],
    ['failing for five days disables', start, failed, later(120), start, 'failing'],
    ['failing for a week disables', start, failed, later(168), start, 'failing'],
    ['410 disables at once, on a healthy endpoint too', null, gone, start, start, 'gone'],
    ['410 keeps the start of a streak', later(-3), gone, start, later(-3), 'gone'],
  ])('%s', (_name, failingSince, outcome, now, expectedSince, disable) => {
    expect(healthAfterAttempt({ failingSince }, outcome, now)).toEqual({
      failingSince: expectedSince,
      disable,
    });
  });
});
