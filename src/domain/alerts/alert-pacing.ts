import type { AlertTargetKind } from '../../shared/contracts/alerts.js';

/**
 * How often a channel may be written to. Slack allows about one message per second per incoming
 * webhook (and answers 429 beyond); Teams connectors are throttled alike. Mail lists get at most
 * one mail a minute. What arrives while a channel waits is not dropped: it is coalesced into the
 * next message, a summary.
 */
export const ALERT_GAP_MS: Record<Exclude<AlertTargetKind, 'webhook'>, number> = {
  slack: 1_000,
  teams: 1_000,
  email: 60_000,
};
/** While a burst goes on, the gap doubles after each message up to this. */
export const MAX_GAP_MS = 60_000;

/** A summary lists this many alerts in full and counts the rest. */
export const SUMMARY_LISTED = 5;

type Kind = Exclude<AlertTargetKind, 'webhook'>;

/**
 * The gap a message sent `now` leaves before the next one to its channel. After a quiet spell
 * (longer than twice the previous gap) it is the channel's base gap, so a lone detractor shows
 * within a second; while messages follow each other as fast as the gap allows — a burst — it
 * doubles (1 s, 2 s, 4 s … a minute), so a burst becomes a handful of summaries, not one a second.
 */
export function gapAfter(
  kind: Kind,
  previous: { sentAt: Date | null; gapMs: number | null },
  now: Date,
): number {
  const base = ALERT_GAP_MS[kind];
  if (previous.sentAt === null || previous.gapMs === null) return base;
  const since = now.getTime() - previous.sentAt.getTime();
  if (since > 2 * Math.max(previous.gapMs, base)) return base;
  return Math.min(Math.max(previous.gapMs * 2, base), Math.max(MAX_GAP_MS, base));
}

/**
 * When the next message to a channel may go: the gap its last message left, and not while a
 * message to it is still being retried (after a 429 with Retry-After, or a 5xx): then a base gap
 * after that retry is due, so what piles up meanwhile leaves as one summary once the channel answers.
 */
export function nextSendAt(input: {
  kind: Kind;
  /** The channel's last message and the gap it left (null: none yet, the base gap). */
  lastSentAt: Date | null;
  gapMs: number | null;
  retryingUntil: Date | null;
  now: Date;
}): Date {
  const base = ALERT_GAP_MS[input.kind];
  const times = [input.now.getTime()];
  if (input.lastSentAt) times.push(input.lastSentAt.getTime() + (input.gapMs ?? base));
  if (input.retryingUntil) times.push(input.retryingUntil.getTime() + base);
  return new Date(Math.max(...times));
}
