import type { AlertTargetKind } from '../../shared/contracts/alerts.js';

/**
 * How often a channel may be written to. Slack allows about one message per second per incoming
 * webhook (and answers 429 beyond); Teams connectors are throttled alike. Mail lists get at most
 * one mail a minute: a burst becomes one summary instead of a full inbox. What arrives while a
 * channel waits is not dropped: it is coalesced into the next message.
 */
export const ALERT_GAP_MS: Record<Exclude<AlertTargetKind, 'webhook'>, number> = {
  slack: 1_000,
  teams: 1_000,
  email: 60_000,
};

/** A summary lists this many alerts in full and counts the rest. */
export const SUMMARY_LISTED = 5;

/**
 * When the next message to a channel may go: a gap after the last one, and not while a message
 * to it is still being retried (after a 429 with Retry-After, or a 5xx): then a gap after that
 * retry is due, so what piles up meanwhile leaves as one summary once the channel answers.
 */
export function nextSendAt(input: {
  kind: Exclude<AlertTargetKind, 'webhook'>;
  lastSentAt: Date | null;
  retryingUntil: Date | null;
  now: Date;
}): Date {
  const gap = ALERT_GAP_MS[input.kind];
  const times = [input.now.getTime()];
  if (input.lastSentAt) times.push(input.lastSentAt.getTime() + gap);
  if (input.retryingUntil) times.push(input.retryingUntil.getTime() + gap);
  return new Date(Math.max(...times));
}
