import { commentNudge, COMMENT_NUDGE_DELAY_HOURS } from '../rules/comment-nudge.js';
import { decideSend, DEFAULT_QUIET_PERIOD_DAYS, type SkipReason } from '../rules/decide-send.js';
import { reminderAt } from '../rules/reminders.js';
import { pickConsentEvents, type ConsentEventKind } from './consent-events.js';
import type { ContactProfile } from './contact-profiles.js';
import { answerQuestionIds, type DemoSurvey } from './demo-surveys.js';
import { DAY_MS, HOUR_MS } from './demo-time.js';
import type {
  DemoFeedbackItem,
  DemoInvitation,
  DemoSkipReason,
  DemoSuppression,
  DemoSurveyResponse,
} from './demo-types.js';
import { planInvitations, type PlannedInvitation } from './plan-invitations.js';
import type { Random } from './random.js';
import type { SurveyAsk } from './survey-asks.js';

/** The organization defaults the demo's history was sent under. */
const INVITATION_VALID_MS = 30 * DAY_MS;
const NUDGE_DELAY_MS = COMMENT_NUDGE_DELAY_HOURS * HOUR_MS;
const UNLIMITED = { planId: 'selfhosted', usedThisMonth: 0, overQuota: 'refuse' } as const;

export interface SurveyHistory {
  profile: ContactProfile;
  asks: readonly SurveyAsk[];
}

export interface SurveyActivity {
  invitations: DemoInvitation[];
  responses: DemoSurveyResponse[];
  suppressions: DemoSuppression[];
  /** Contacts who asked for no e-mail: the flag goes on their contact record. */
  optedOut: Set<string>;
}

type ContactState = 'ok' | 'bounce_next' | 'unsubscribe_next' | 'opted_out' | 'suppressed';

/**
 * Turns the timeline's asks into invitations with the funnel the sending pipeline records, and
 * every answer into a response to its invitation. Each contact's unanswered e-mail invitations
 * are walked in time order through the product's sending rules (`decideSend`: consent, then
 * throttling); those the rules stop are recorded as skipped, with the reason and, when
 * throttled, when the period ends.
 *
 * The answers are fixed history, and that history has customers answering a support survey
 * days after the relationship survey, so the rules cannot be replayed to the letter. The demo
 * keeps what an organization would plausibly see: an answered invitation was evidently sent;
 * the 30-day quiet period throttles the planned recurring programme (where it matters most: it
 * is what keeps the quarterly NPS away from someone just surveyed about a ticket); every survey's
 * own recontact period applies to it (someone with two tickets in a fortnight is asked about the
 * first). Applying the quiet period to the event-triggered surveys as well would skip most of
 * the support surveys nobody answered and leave only the answered ones sent, a response rate
 * no real programme has.
 */
export function generateSurveyActivity(
  rng: Random,
  nowMs: number,
  histories: readonly SurveyHistory[],
  feedbackItems: readonly DemoFeedbackItem[],
  surveys: readonly DemoSurvey[],
): SurveyActivity {
  const surveyByKey = new Map(surveys.map((s) => [s.key, s]));
  const itemsByRef = new Map(
    feedbackItems.filter((i) => i.channel === 'survey').map((i) => [i.externalRef, i]),
  );
  const plans = histories.map((h) =>
    planInvitations(rng.fork(`plan-${h.profile.externalId}`), h.profile, h.asks, surveyByKey, itemsByRef),
  );
  const consent = pickConsentEvents(rng.fork('consent'), plans, nowMs);

  const out: SurveyActivity = { invitations: [], responses: [], suppressions: [], optedOut: new Set() };
  plans.forEach((contactPlans, i) => {
    const contact = histories[i]?.profile;
    if (contact)
      walkContact(rng.fork(`funnel-${contact.externalId}`), nowMs, contact, contactPlans, consent, out);
  });
  return out;
}

function walkContact(
  rng: Random,
  nowMs: number,
  contact: ContactProfile,
  plans: readonly PlannedInvitation[],
  consent: ReadonlyMap<string, ConsentEventKind>,
  out: SurveyActivity,
): void {
  const sentTimes: number[] = [];
  const lastBySurvey = new Map<string, number>();
  let state: ContactState = 'ok';
  const lastBefore = (times: readonly number[], at: number) => times.findLast((t) => t < at) ?? null;

  for (const plan of plans) {
    const isEmail = plan.survey.channel === 'email';
    const event = consent.get(plan.key);
    if (isEmail && event === 'opted_out') {
      state = 'opted_out';
      out.optedOut.add(contact.externalId);
    } else if (isEmail && event && state === 'ok')
      state = event === 'bounced' ? 'bounce_next' : 'unsubscribe_next';

    if (plan.answer === null && isEmail) {
      const decision = decideSend({
        channel: 'email',
        contact: {
          isNeverSurvey: false,
          isEmailOptOut: state === 'opted_out',
          isEmailSuppressed: state === 'suppressed',
          hasEmail: true,
        },
        lastInvitedAt: lastBefore(sentTimes, plan.sentAtMs),
        lastInvitedToSurveyAt: lastBySurvey.get(plan.survey.key) ?? null,
        quietPeriodDays: plan.survey.definition.trigger.kind === 'recurring' ? DEFAULT_QUIET_PERIOD_DAYS : 0,
        recontactPeriodDays: plan.survey.recontactPeriodDays,
        quota: UNLIMITED,
        now: plan.sentAtMs,
      });
      if (!decision.send) {
        out.invitations.push(
          skipped(plan, demoSkipReason(decision.reason), 'until' in decision ? decision.until : null),
        );
        continue;
      }
    }

    sentTimes.push(plan.sentAtMs);
    lastBySurvey.set(plan.survey.key, plan.sentAtMs);
    const invitation = sent(rng, nowMs, plan);
    if (isEmail && plan.answer === null && (state === 'bounce_next' || state === 'unsubscribe_next')) {
      if (state === 'bounce_next') bounce(rng, invitation);
      else unsubscribe(rng, invitation);
      const at = invitation.bouncedAt ?? invitation.unsubscribedAt ?? invitation.scheduledFor;
      out.suppressions.push({
        email: contact.email,
        reason: state === 'bounce_next' ? 'bounced' : 'unsubscribed',
        at,
      });
      state = 'suppressed';
    }
    out.invitations.push(invitation);
    if (plan.answer) out.responses.push(responseOf(plan, plan.answer, invitation.key));
  }
}

/** Demo contacts all have an address and consent to surveys, and the history is sent as if on an unlimited plan. */
function demoSkipReason(reason: SkipReason): DemoSkipReason {
  if (
    reason === 'email_opt_out' ||
    reason === 'email_suppressed' ||
    reason === 'quiet_period' ||
    reason === 'recontact_period'
  )
    return reason;
  throw new Error(`demo invitations are never skipped for ${reason}`);
}

function base(plan: PlannedInvitation): DemoInvitation {
  return {
    key: plan.key,
    surveyKey: plan.survey.key,
    sendKey: plan.survey.channel === 'email' ? `send:${plan.survey.key}` : null,
    contactExternalId: plan.contact.externalId,
    channel: plan.survey.channel,
    language: plan.contact.language,
    status: 'sent',
    skipReason: null,
    skipUntil: null,
    scheduledFor: new Date(plan.sentAtMs),
    sentAt: null,
    deliveredAt: null,
    bouncedAt: null,
    clickedAt: null,
    answeredAt: null,
    remindedAt: null,
    nudgedAt: null,
    unsubscribedAt: null,
    expiresAt: null,
  };
}

function skipped(plan: PlannedInvitation, reason: DemoSkipReason, until: Date | null): DemoInvitation {
  return { ...base(plan), status: 'skipped', skipReason: reason, skipUntil: until };
}

function sent(rng: Random, nowMs: number, plan: PlannedInvitation): DemoInvitation {
  const inv = base(plan);
  const sentAt = new Date(plan.sentAtMs);
  inv.sentAt = sentAt;
  const answeredAt = plan.answer?.occurredAt ?? null;
  // Answering means clicking into the survey: the score link, the personal link or the widget.
  inv.answeredAt = answeredAt;
  inv.clickedAt = answeredAt;
  if (plan.survey.channel === 'widget') return inv;
  inv.expiresAt = new Date(plan.sentAtMs + INVITATION_VALID_MS);
  // Links travel in another system's mail: Resonance neither delivers, reminds nor nudges for them.
  if (plan.survey.channel === 'link') return inv;

  inv.deliveredAt = new Date(plan.sentAtMs + Math.round(rng.between(2_000, 40_000)));
  const reminder = reminderAt(sentAt);
  if ((answeredAt === null || plan.answeredAfterReminder) && reminder.getTime() <= nowMs)
    inv.remindedAt = reminder;
  if (
    plan.answer &&
    answeredAt &&
    commentNudge({ score: plan.answer.score, comment: plan.answer.text, nudgedAt: null }).nudge
  ) {
    const nudge = answeredAt.getTime() + NUDGE_DELAY_MS;
    if (nudge <= nowMs) inv.nudgedAt = new Date(nudge);
  }
  return inv;
}

function bounce(rng: Random, inv: DemoInvitation): void {
  const sentMs = inv.sentAt?.getTime() ?? inv.scheduledFor.getTime();
  inv.status = 'bounced';
  inv.deliveredAt = null;
  inv.remindedAt = null;
  inv.bouncedAt = new Date(sentMs + Math.round(rng.between(60_000, 30 * 60_000)));
}

function unsubscribe(rng: Random, inv: DemoInvitation): void {
  const sentMs = inv.sentAt?.getTime() ?? inv.scheduledFor.getTime();
  // Within the first two days: before the reminder, which the unsubscribe cancels.
  inv.unsubscribedAt = new Date(sentMs + Math.round(rng.between(HOUR_MS, 48 * HOUR_MS)));
  inv.remindedAt = null;
}

function responseOf(
  plan: PlannedInvitation,
  item: DemoFeedbackItem,
  invitationKey: string,
): DemoSurveyResponse {
  const ids = answerQuestionIds(plan.survey);
  const answers: Record<string, number | string> = {};
  if (item.score !== null) answers[ids.score] = item.score;
  if (item.text !== null && ids.comment) answers[ids.comment] = item.text;
  return {
    itemRef: item.externalRef,
    surveyKey: plan.survey.key,
    invitationKey,
    contactExternalId: plan.contact.externalId,
    answeredAt: item.occurredAt,
    channel: plan.survey.channel,
    language: plan.contact.language,
    answers,
    // The invoice mail's link names where it was found, as a hidden field.
    hiddenFields: plan.survey.channel === 'link' ? { source: 'invoice' } : {},
  };
}
