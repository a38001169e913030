import { canConsume, nextPeriodStart, type PlanId } from '../plans/plans.js';
import { DAY_MS, toMs, type Instant } from './instant.js';

export type SendChannel = 'email' | 'link' | 'widget';

/** Why a send was skipped. Recorded with the skipped send and shown in the funnel; clients switch on it. */
export type SkipReason =
  | 'erased'
  | 'never_survey'
  | 'email_opt_out'
  | 'email_suppressed'
  | 'no_email'
  | 'recontact_period'
  | 'quiet_period'
  | 'quota_exceeded';

export const DEFAULT_QUIET_PERIOD_DAYS = 30;

export interface DecideSendInput {
  channel: SendChannel;
  contact: {
    isNeverSurvey: boolean;
    isEmailOptOut: boolean;
    hasEmail: boolean;
    /** The address is on the suppression list (unsubscribed page or a permanent SMTP failure). */
    isEmailSuppressed?: boolean;
    /** The contact was erased; sends addressed to it are skipped, never sent. */
    isErased?: boolean;
  };
  /** The contact's latest invitation across all surveys of the organization, null if never invited. */
  lastInvitedAt: Instant | null;
  /** The contact's latest invitation to this survey, null if never. */
  lastInvitedToSurveyAt: Instant | null;
  /** The organization's quiet period across all surveys; 0 turns it off. */
  quietPeriodDays?: number;
  /** The survey's own recontact period; null or 0 means none beyond the quiet period. */
  recontactPeriodDays: number | null;
  quota: {
    planId: PlanId;
    /** Sends already counted in the current quota month. */
    usedThisMonth: number;
    /** What the organization chose for sends over quota: refuse them, or hold them until next month. */
    overQuota: 'refuse' | 'hold';
  };
  now: Instant;
}

export type SendDecision =
  | { send: true }
  | { send: false; reason: 'erased' | 'never_survey' | 'email_opt_out' | 'email_suppressed' | 'no_email' }
  | { send: false; reason: 'recontact_period' | 'quiet_period'; until: Date }
  | { send: false; reason: 'quota_exceeded'; until: Date; hold: boolean };

/**
 * Whether one invitation may go out now. The checks run in a fixed order, and the order is the
 * policy:
 *
 * 1. Erasure and consent first (`erased`, `never_survey`, then for e-mail `email_opt_out`,
 *    `email_suppressed`, `no_email`). These have no `until`: they do not expire by waiting, and a
 *    person who said "never" must never be reported as merely throttled — a throttled send is
 *    retried later, a refused one is not.
 * 2. Throttling (`recontact_period`, `quiet_period`). A period of N days has passed once
 *    `now - last >= N days`: exactly N days after the last invite is allowed, so a contact on a
 *    90-day recurring schedule with a 90-day recontact period is asked on its slot, not a day
 *    later. When both periods apply, the one that ends later is reported, because its `until` is
 *    the first time the send could actually go; on a tie the survey's own period is named.
 * 3. Quota last: it is the only check about the organization rather than the person, and a send
 *    that is throttled anyway should not be reported as a quota problem. `until` is the start of
 *    the next quota month (UTC); `hold` tells the caller to keep the send for then instead of
 *    refusing it.
 *
 * Reminders and comment nudges belong to an invitation already sent and do not come through here.
 */
export function decideSend(input: DecideSendInput): SendDecision {
  const { contact, channel } = input;
  const now = toMs(input.now, 'now');
  const quietDays = input.quietPeriodDays ?? DEFAULT_QUIET_PERIOD_DAYS;
  checkDays(quietDays, 'quietPeriodDays');
  if (input.recontactPeriodDays !== null) checkDays(input.recontactPeriodDays, 'recontactPeriodDays');

  if (contact.isErased === true) return { send: false, reason: 'erased' };
  if (contact.isNeverSurvey) return { send: false, reason: 'never_survey' };
  if (channel === 'email') {
    if (contact.isEmailOptOut) return { send: false, reason: 'email_opt_out' };
    if (contact.isEmailSuppressed === true) return { send: false, reason: 'email_suppressed' };
    if (!contact.hasEmail) return { send: false, reason: 'no_email' };
  }

  const recontactUntil = periodEnd(
    input.lastInvitedToSurveyAt,
    input.recontactPeriodDays ?? 0,
    'lastInvitedToSurveyAt',
  );
  const quietUntil = periodEnd(input.lastInvitedAt, quietDays, 'lastInvitedAt');
  const recontactBlocks = recontactUntil !== null && now < recontactUntil;
  const quietBlocks = quietUntil !== null && now < quietUntil;
  if (recontactBlocks && (!quietBlocks || recontactUntil >= (quietUntil ?? 0))) {
    return { send: false, reason: 'recontact_period', until: new Date(recontactUntil) };
  }
  if (quietBlocks) return { send: false, reason: 'quiet_period', until: new Date(quietUntil) };

  const { planId, usedThisMonth, overQuota } = input.quota;
  if (!canConsume(planId, usedThisMonth, 1)) {
    return {
      send: false,
      reason: 'quota_exceeded',
      until: nextPeriodStart(new Date(now)),
      hold: overQuota === 'hold',
    };
  }
  return { send: true };
}

/** When a period starting at `last` ends; null when there was no last invite or no period. */
function periodEnd(last: Instant | null, days: number, name: string): number | null {
  if (last === null || days === 0) return null;
  return toMs(last, name) + days * DAY_MS;
}

/** Ten years: anything longer is a unit mistake (seconds passed as days), not a policy. */
const MAX_PERIOD_DAYS = 3650;

function checkDays(days: number, name: string): void {
  if (!Number.isFinite(days) || days < 0 || days > MAX_PERIOD_DAYS) {
    throw new RangeError(`${name} must be between 0 and ${MAX_PERIOD_DAYS} days, got ${days}`);
  }
}
