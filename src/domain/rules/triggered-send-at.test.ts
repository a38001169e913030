import { describe, expect, it } from 'vitest';
import { MAX_TRIGGER_DELAY_SECONDS, triggeredSendAt } from './triggered-send-at.js';

const SOLVED = new Date('2026-05-04T14:20:00.000Z');

describe('triggeredSendAt', () => {
  it('sends a CES survey one hour after ticket_solved', () => {
    expect(triggeredSendAt(SOLVED, 3600)).toEqual(new Date('2026-05-04T15:20:00.000Z'));
    expect(triggeredSendAt(SOLVED.getTime(), 0)).toEqual(SOLVED);
    expect(triggeredSendAt(SOLVED, MAX_TRIGGER_DELAY_SECONDS)).toEqual(new Date('2026-06-03T14:20:00.000Z'));
  });

  it('refuses negative, non-finite and absurd delays with a clear error', () => {
    expect(() => triggeredSendAt(SOLVED, -1)).toThrow(/cannot be negative/);
    expect(() => triggeredSendAt(SOLVED, Number.NaN)).toThrow(/number of seconds/);
    expect(() => triggeredSendAt(SOLVED, Number.POSITIVE_INFINITY)).toThrow(RangeError);
    // Milliseconds passed as seconds: an hour in ms is 41 days.
    expect(() => triggeredSendAt(SOLVED, 3_600_000)).toThrow(/at most 2592000/);
    expect(() => triggeredSendAt(new Date('invalid'), 60)).toThrow(/eventAt/);
  });
});
