import { DAY_MS, toMs, type Instant } from './instant.js';

export const DEFAULT_REMINDER_DELAY_DAYS = 3;

/** A reminder more than a month after the invitation reminds no one of anything; the token has likely expired too. */
export const MAX_REMINDER_DELAY_DAYS = 30;

/** When the single reminder for an invitation is due. */
export function reminderAt(invitedAt: Instant, opts: { delayDays?: number } = {}): Date {
  const delayDays = opts.delayDays ?? DEFAULT_REMINDER_DELAY_DAYS;
  if (!Number.isFinite(delayDays) || delayDays <= 0 || delayDays > MAX_REMINDER_DELAY_DAYS) {
    throw new RangeError(
      `reminder delay must be more than 0 and at most ${MAX_REMINDER_DELAY_DAYS} days, got ${delayDays}`,
    );
  }
  return new Date(toMs(invitedAt, 'invitedAt') + delayDays * DAY_MS);
}

export interface ShouldRemindInput {
  invitedAt: Instant;
  answeredAt: Instant | null;
  remindedAt: Instant | null;
  now: Instant;
  delayDays?: number;
}

/**
 * Whether to send the reminder now. Exactly one reminder, only to people who have not answered:
 * any recorded answer cancels it (whatever its timestamp, so a late-arriving answer stamped
 * before the invite still counts), and a recorded reminder means it has gone. Due from
 * `reminderAt` inclusive, so a job scheduled for that instant fires.
 */
export function shouldRemind(input: ShouldRemindInput): boolean {
  const due = reminderAt(
    input.invitedAt,
    input.delayDays === undefined ? {} : { delayDays: input.delayDays },
  );
  if (input.answeredAt !== null || input.remindedAt !== null) return false;
  return toMs(input.now, 'now') >= due.getTime();
}
