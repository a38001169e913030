import { contactsByIds, insertSend, surveyWithVersion } from '../sending/invitations.repo.js';
import { planInvitations } from '../sending/plan-invitations.js';
import { loadSendingSettings } from '../sending/sending-settings.service.js';
import { setSendStatus } from '../sending/sends.repo.js';
import { lastInvitedAt } from '../sending/throttle.repo.js';
import { findCaseSurveyId } from './case-candidates.repo.js';
import { insertCaseEvents } from './case-events.repo.js';
import type { CaseTx } from './case-tx.js';
import { updateCase, type CaseRow } from './cases.repo.js';
import type { OrgContext } from './refresh-case-sla.js';

const DAY = 86_400_000;

const later = (a: Date, b: Date | null) => (b && b > a ? b : a);

/**
 * Recovery is measured by asking again: at the first resolution the customer is invited to the
 * organization's recovery survey (or the survey they complained in) `delayDays` later — and no
 * sooner than the organization's quiet period and the survey's recontact period allow, so the
 * re-survey waits for throttling rather than breaking it. Consent and quota decide as for any
 * send; the outcome (planned for when, or skipped and why) is written to the case's log.
 */
export async function planRecoverySurvey(cx: CaseTx, org: OrgContext, c: CaseRow): Promise<CaseRow> {
  if (c.recoveryInvitationId || !c.contactId) return c;
  const event = (data: Record<string, unknown>) =>
    insertCaseEvents(cx.db, [
      {
        caseId: c.id,
        organizationId: c.organizationId,
        at: cx.now,
        type: 'recovery-survey',
        author: 'automation',
        data,
      },
    ]);
  const surveyId = org.settings.recovery.surveyId ?? (await findCaseSurveyId(cx.db, c.organizationId, c.id));
  const survey = surveyId ? await surveyWithVersion(cx.db, c.organizationId, surveyId) : null;
  if (!survey || survey.status !== 'live') {
    await event({ status: 'skipped', reason: 'no_live_survey' });
    return c;
  }
  const [contact] = await contactsByIds(cx.db, c.organizationId, [c.contactId]);
  if (!contact) return c;
  const [settings, last] = await Promise.all([
    loadSendingSettings(cx.db, c.organizationId),
    lastInvitedAt(cx.db, c.organizationId, [contact.id], survey.id),
  ]);
  const seen = last.get(contact.id);
  let at = new Date(cx.now.getTime() + org.settings.recovery.delayDays * DAY);
  if (seen?.any) at = later(at, new Date(seen.any.getTime() + settings.quietPeriodDays * DAY + 60_000));
  if (seen?.survey && survey.recontactPeriodDays)
    at = later(at, new Date(seen.survey.getTime() + survey.recontactPeriodDays * DAY + 60_000));
  const sendId = await insertSend(cx.db, {
    organizationId: c.organizationId,
    surveyId: survey.id,
    kind: 'api',
    audience: { kind: 'contacts', externalIds: [contact.externalId] },
    everyDays: null,
    delaySeconds: Math.round((at.getTime() - cx.now.getTime()) / 1000),
    createdAt: cx.now,
  });
  const [outcome] = await planInvitations(
    { db: cx.db, now: () => cx.now },
    c.organizationId,
    survey,
    [{ ref: contact.externalId, contact }],
    { sendId, scheduledFor: at, quotaRefusal: 'skip' },
  );
  await setSendStatus(cx.db, c.organizationId, sendId, 'done');
  await event({
    status: outcome?.status ?? 'skipped',
    reason: outcome?.reason ?? null,
    surveyId: survey.id,
    scheduledFor: at.toISOString(),
  });
  return outcome?.invitationId
    ? updateCase(cx.db, c.organizationId, c.id, { recoveryInvitationId: outcome.invitationId })
    : c;
}
