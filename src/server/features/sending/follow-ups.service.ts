import { commentNudge, COMMENT_NUDGE_DELAY_HOURS } from '../../../domain/rules/comment-nudge.js';
import { DAY_MS } from '../../../domain/rules/instant.js';
import { shouldRemind } from '../../../domain/rules/reminders.js';
import { followUpPrompt } from '../../../domain/survey/answers.js';
import { headlineQuestions } from '../../../domain/survey/headline-questions.js';
import { lookupCache } from './lookup-cache.js';
import type { MailingDeps } from './mailing-deps.js';
import { writeMailWith } from './write-mail-with.js';
import { emailHash } from './invitation-token.js';
import * as repo from './invitations.repo.js';
import { composeSurveyMail, surveyLinks } from './survey-mail.js';
import { suppressedHashes } from './throttle.repo.js';

const HOUR_MS = 3_600_000;

interface Candidate {
  id: string;
  organizationId: string;
  surveyId: string;
  contactId: string | null;
  language: string;
}

/** Who may still get a follow-up mail: consent is checked again, as for the invitation itself. */
async function mailableContacts(
  deps: MailingDeps,
  organizationId: string,
  candidates: readonly Candidate[],
): Promise<Map<string, repo.SendContact & { email: string }>> {
  const rows = await repo.contactsByIds(
    deps.db,
    organizationId,
    candidates.flatMap((c) => (c.contactId ? [c.contactId] : [])),
  );
  const suppressed = await suppressedHashes(
    deps.db,
    organizationId,
    rows.flatMap((c) => (c.email ? [emailHash(c.email)] : [])),
  );
  const result = new Map<string, repo.SendContact & { email: string }>();
  for (const c of rows) {
    if (c.email && !c.isEmailOptOut && !c.isNeverSurvey && !suppressed.has(emailHash(c.email)))
      result.set(c.id, { ...c, email: c.email });
  }
  return result;
}

/**
 * One reminder to people who have not answered, `reminderDelayDays` after the invitation
 * (default 3), with the invitation's own links. Any answer cancels it; the stamp is written in
 * the transaction that writes the mail, so two workers never both remind.
 */
export async function sendDueReminders(
  deps: MailingDeps,
  limit = 200,
  onlyOrganizationId?: string,
): Promise<number> {
  const now = deps.now();
  const cache = lookupCache(deps.db);
  let reminded = 0;
  for (const organizationId of onlyOrganizationId
    ? [onlyOrganizationId]
    : await repo.organizationsWithOpenInvitations(deps.db)) {
    const org = await cache.org(organizationId);
    if (!org.settings.isReminderEnabled) continue;
    const delayDays = org.settings.reminderDelayDays;
    const candidates = await repo.reminderCandidates(
      deps.db,
      organizationId,
      new Date(now.getTime() - delayDays * DAY_MS),
      now,
      limit,
    );
    const contacts = await mailableContacts(deps, organizationId, candidates);
    for (const inv of candidates) {
      if (
        !inv.sentAt ||
        !shouldRemind({
          invitedAt: inv.sentAt,
          answeredAt: inv.answeredAt,
          remindedAt: inv.remindedAt,
          now,
          delayDays,
        })
      )
        continue;
      const contact = inv.contactId ? contacts.get(inv.contactId) : undefined;
      const survey = await cache.survey(organizationId, inv.surveyId);
      const primary = survey?.status === 'live' ? headlineQuestions(survey.definition).primary : undefined;
      if (!contact || !primary) continue;
      const mail = composeSurveyMail({
        kind: 'survey.reminder',
        organizationId,
        orgName: org.name,
        settings: org.settings,
        to: contact.email,
        recipientName: contact.name,
        language: inv.language,
        links: surveyLinks(deps.config.publicUrl, deps.config.authSecret, inv.id),
        question: primary,
        mailFrom: deps.config.MAIL_FROM,
      });
      if (
        await writeMailWith(deps, mail, org.settings, (tx) =>
          repo.stampFollowUp(tx, inv.id, 'remindedAt', now),
        )
      )
        reminded += 1;
    }
  }
  return reminded;
}

/**
 * The comment nudge: a score without a comment gets one mail, a day later, asking for the main
 * reason (domain/rules/comment-nudge.ts), worded for the person's NPS category.
 */
export async function sendDueCommentNudges(
  deps: MailingDeps,
  limit = 200,
  onlyOrganizationId?: string,
): Promise<number> {
  const now = deps.now();
  const cache = lookupCache(deps.db);
  let nudged = 0;
  for (const organizationId of onlyOrganizationId
    ? [onlyOrganizationId]
    : await repo.organizationsWithOpenInvitations(deps.db)) {
    const org = await cache.org(organizationId);
    if (!org.settings.isCommentNudgeEnabled) continue;
    const candidates = await repo.nudgeCandidates(
      deps.db,
      organizationId,
      new Date(now.getTime() - COMMENT_NUDGE_DELAY_HOURS * HOUR_MS),
      now,
      limit,
    );
    const contacts = await mailableContacts(deps, organizationId, candidates);
    for (const inv of candidates) {
      const decision = commentNudge({ score: inv.score, comment: inv.comment, nudgedAt: inv.nudgedAt });
      const contact = inv.contactId ? contacts.get(inv.contactId) : undefined;
      const survey = await cache.survey(organizationId, inv.surveyId);
      const primary = survey?.status === 'live' ? headlineQuestions(survey.definition).primary : undefined;
      if (!decision.nudge || !contact || !survey || !primary || inv.score === null) continue;
      const npsScore = primary.type === 'nps' ? inv.score : null;
      const whyPrompt = followUpPrompt(survey.definition, npsScore, inv.language);
      if (!whyPrompt) continue;
      const mail = composeSurveyMail({
        kind: 'survey.nudge',
        organizationId,
        orgName: org.name,
        settings: org.settings,
        to: contact.email,
        recipientName: contact.name,
        language: inv.language,
        links: surveyLinks(deps.config.publicUrl, deps.config.authSecret, inv.id),
        question: primary,
        nudge: { score: inv.score, whyPrompt },
        mailFrom: deps.config.MAIL_FROM,
      });
      if (
        await writeMailWith(deps, mail, org.settings, (tx) => repo.stampFollowUp(tx, inv.id, 'nudgedAt', now))
      )
        nudged += 1;
    }
  }
  return nudged;
}
