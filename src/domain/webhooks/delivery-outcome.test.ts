import { describe, expect, it } from 'vitest';
import {
  classifyAttempt,
  parseRetryAfter,
  type AttemptResult,
  type DeliveryOutcome,
} from './delivery-outcome.js';

const now = new Date('2026-03-02T10:00:00Z');
const response = (status: number, retryAfter: string | null = null): AttemptResult => ({
  kind: 'response',
  status,
  retryAfter,
});
const failed = (reason: string, retryAfterMs: number | null = null): DeliveryOutcome =>
  ({ verdict: 'failed', reason, retryAfterMs }) as DeliveryOutcome;

describe('delivery outcome', () => {
  it.each<[string, AttemptResult, DeliveryOutcome]>([
    ['200 delivers', response(200), { verdict: 'delivered' }],
    ['204 delivers', response(204), { verdict: 'delivered' }],
    ['299 delivers', response(299), { verdict: 'delivered' }],
    ['301 fails and is not followed', response(301), failed('redirect')],
    ['302 fails', response(302), failed('redirect')],
    ['307 fails', response(307), failed('redirect')],
    ['308 fails', response(308), failed('redirect')],
    ['400 fails', response(400), failed('status')],
    ['404 fails', response(404), failed('status')],
    ['410 disables', response(410), { verdict: 'gone' }],
    ['500 fails', response(500), failed('status')],
    ['501 fails without honouring Retry-After', response(501, '60'), failed('status')],
    ['429 without Retry-After follows the schedule', response(429), failed('throttled')],
    ['429 with seconds', response(429, '120'), failed('throttled', 120_000)],
    ['502 with seconds', response(502, '3'), failed('throttled', 3_000)],
    ['503 with an HTTP date', response(503, 'Mon, 02 Mar 2026 10:05:00 GMT'), failed('throttled', 300_000)],
    ['504 with a date in the past', response(504, 'Mon, 02 Mar 2026 09:00:00 GMT'), failed('throttled', 0)],
    ['503 with nonsense', response(503, 'soon'), failed('throttled')],
    ['a timeout fails', { kind: 'timeout' }, failed('timeout')],
    ['a reset connection fails', { kind: 'network-error', code: 'ECONNRESET' }, failed('network')],
    [
      'an address the policy refuses fails',
      { kind: 'address-refused', reason: 'private' },
      failed('address-refused'),
    ],
  ])('%s', (_name, result, outcome) => {
    expect(classifyAttempt(result, now)).toEqual(outcome);
  });
});

describe('Retry-After', () => {
  it.each<[string, number | null]>([
    ['0', 0],
    ['120', 120_000],
    [' 7 ', 7_000],
    ['Mon, 02 Mar 2026 10:00:30 GMT', 30_000],
    ['Mon, 02 Mar 2026 09:59:59 GMT', 0],
    ['-5', null],
    ['1.5', null],
    ['', null],
    ['tomorrow', null],
    // Only HTTP dates, not whatever Date.parse would accept.
    ['2026-03-02T10:05:00Z', null],
    ['1', 1_000],
  ])('%j → %s ms', (value, ms) => {
    expect(parseRetryAfter(value, now)).toBe(ms);
  });
});
