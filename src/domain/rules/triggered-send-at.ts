import { toMs, type Instant } from './instant.js';

/** 30 days: a survey about an event asked later than that asks about something people forgot. */
export const MAX_TRIGGER_DELAY_SECONDS = 30 * 86_400;

/**
 * When an event-triggered survey goes out, e.g. a `ticket_solved` event → CES one hour later
 * (`delaySeconds: 3600`). Negative, non-finite (NaN, Infinity) or absurd delays are
 * refused rather than clamped: they are configuration mistakes (often milliseconds passed as
 * seconds) that should surface, not silently send at the wrong time.
 */
export function triggeredSendAt(eventAt: Instant, delaySeconds: number): Date {
  if (!Number.isFinite(delaySeconds))
    throw new RangeError(`delaySeconds must be a number of seconds, got ${delaySeconds}`);
  if (delaySeconds < 0) throw new RangeError(`delaySeconds cannot be negative, got ${delaySeconds}`);
  if (delaySeconds > MAX_TRIGGER_DELAY_SECONDS) {
    throw new RangeError(
      `delaySeconds must be at most ${MAX_TRIGGER_DELAY_SECONDS} (30 days), got ${delaySeconds}`,
    );
  }
  return new Date(toMs(eventAt, 'eventAt') + Math.round(delaySeconds * 1000));
}
