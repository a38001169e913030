import { nextPeriodStart } from '../../../domain/plans/plans.js';
import { DAY_MS } from '../../../domain/rules/instant.js';
import type { SkipReason } from '../../../shared/contracts/sending.js';
import type { Db } from '../../db/client.js';
import type { Enqueue } from '../../jobs/queue.js';
import type { Logger } from '../../logger.js';
import { AppError } from '../../http/app-error.js';
import { insertEmail } from '../email/email.repo.js';
import { findOrganization } from '../organizations/organizations.repo.js';
import { headlineQuestions } from '../responses/record-response.service.js';
import { consumeQuota } from '../usage/usage.service.js';
import { emailHash, tokenHash } from './invitation-token.js';
import * as repo from './invitations.repo.js';
import { loadSendingSettings } from './sending-settings.service.js';
import { composeSurveyMail, surveyLinks } from './survey-mail.js';
import { suppressedHashes, type SendingSettingsRow } from './throttle.repo.js';

export interface MailingDeps {
  db: Db;
  now: () => Date;
  enqueue: Enqueue;
  logger: Logger;
  config: { publicUrl: string; authSecret: string; MAIL_FROM: string };
  /** Whether mail goes out over SMTP; without it mails stay in the outbox. */
  hasSmtp: boolean;
}

/** Per-run lookups: one query per survey and organization however many invitations share them. */
export function lookupCache(db: Db) {
  const surveys = new Map<string, Promise<repo.SurveyWithVersion | null>>();
  const orgs = new Map<string, Promise<{ name: string; settings: SendingSettingsRow }>>();
  return {
    survey: (organizationId: string, id: string) => {
      if (!surveys.has(id)) surveys.set(id, repo.surveyWithVersion(db, organizationId, id));
      return surveys.get(id) as Promise<repo.SurveyWithVersion | null>;
    },
    org: (organizationId: string) => {
      if (!orgs.has(organizationId)) {
        orgs.set(
          organizationId,
          Promise.all([findOrganization(db, organizationId), loadSendingSettings(db, organizationId)]).then(([org, settings]) => ({ name: org?.name ?? '', settings })),
        );
      }
      return orgs.get(organizationId) as Promise<{ name: string; settings: SendingSettingsRow }>;
    },
  };
}

/** Writes a survey mail and, in the same transaction, the state change it stands for; delivery is queued after commit. */
export async function writeMailWith(
  deps: MailingDeps,
  mail: Parameters<typeof insertEmail>[1],
  settings: Pick<SendingSettingsRow, 'smtpUrlEncrypted'>,
  change: (tx: Db, messageId: string) => Promise<boolean>,
): Promise<boolean> {
  // The organization's own SMTP server delivers even where the instance has none.
  const viaSmtp = deps.hasSmtp || settings.smtpUrlEncrypted !== null;
  const messageId = await repo.inTransaction(deps.db, async (tx) => {
    const id = await insertEmail(tx, mail, viaSmtp ? 'queued' : 'outbox');
    // Lost a race (another worker got there first): roll the mail back with the change.
    if (!(await change(tx, id))) throw new LostRace();
    return id;
  }).catch((err: unknown) => {
    if (err instanceof LostRace) return null;
    throw err;
  });
  if (messageId === null) return false;
  if (viaSmtp) await deps.enqueue('email.deliver', { messageId });
  return true;
}

class LostRace extends Error {}

/**
 * Sends every scheduled invitation whose time has come. Consent is checked again here, because
 * hours or days can pass between planning a send and its hour: a person who unsubscribed or was
 * erased in between is skipped with the reason, never mailed. Throttling and quota were
 * decided when the send was planned.
 */
export async function dispatchDueInvitations(deps: MailingDeps, limit = 200, organizationId?: string): Promise<{ sent: number; skipped: number; released: number }> {
  const now = deps.now();
  const released = await releaseHeldInvitations(deps, now, organizationId);
  const due = await repo.dueInvitations(deps.db, now, limit, organizationId);
  const cache = lookupCache(deps.db);
  const byOrg = new Map<string, string[]>();
  for (const inv of due) if (inv.contactId) byOrg.set(inv.organizationId, [...(byOrg.get(inv.organizationId) ?? []), inv.contactId]);
  const contacts = new Map<string, repo.SendContact>();
  const suppressed = new Map<string, Set<string>>();
  for (const [organizationId, ids] of byOrg) {
    const rows = await repo.contactsByIds(deps.db, organizationId, ids);
    for (const c of rows) contacts.set(c.id, c);
    suppressed.set(organizationId, await suppressedHashes(deps.db, organizationId, rows.flatMap((c) => (c.email ? [emailHash(c.email)] : []))));
  }

  let sent = 0;
  let skipped = 0;
  for (const inv of due) {
    const survey = await cache.survey(inv.organizationId, inv.surveyId);
    const contact = inv.contactId ? contacts.get(inv.contactId) : undefined;
    const primary = survey ? headlineQuestions(survey.definition).primary : undefined;
    let reason: SkipReason | null = null;
    if (!survey || survey.status !== 'live' || !primary) reason = 'survey_closed';
    else if (!contact) reason = 'erased';
    else if (contact.isNeverSurvey) reason = 'never_survey';
    else if (contact.isEmailOptOut) reason = 'email_opt_out';
    else if (!contact.email) reason = 'no_email';
    else if (suppressed.get(inv.organizationId)?.has(emailHash(contact.email))) reason = 'email_suppressed';
    if (reason !== null || !contact?.email || !primary) {
      if (await repo.claimScheduled(deps.db, inv.id, { status: 'skipped', skipReason: reason ?? 'no_email', skipUntil: null })) skipped += 1;
      continue;
    }
    const org = await cache.org(inv.organizationId);
    const links = surveyLinks(deps.config.publicUrl, deps.config.authSecret, inv.id);
    const mail = composeSurveyMail({
      kind: 'survey.invitation',
      organizationId: inv.organizationId,
      orgName: org.name,
      settings: org.settings,
      to: contact.email,
      recipientName: contact.name,
      language: inv.language,
      links,
      question: primary,
      mailFrom: deps.config.MAIL_FROM,
    });
    const expiresAt = new Date(now.getTime() + org.settings.invitationValidDays * DAY_MS);
    const ok = await writeMailWith(deps, mail, org.settings, (tx, messageId) => repo.claimScheduled(tx, inv.id, { status: 'sent', sentAt: now, expiresAt, tokenHash: tokenHash(links.token), emailMessageId: messageId }));
    if (ok) sent += 1;
  }
  if (sent + skipped > 0) deps.logger.info({ sent, skipped, released }, 'survey invitations dispatched');
  return { sent, skipped, released };
}

/**
 * Held invitations (over quota, the organization chose "hold") go out once their month has
 * come, counted against the new month. If even that month's quota cannot take them they wait
 * for the next.
 */
async function releaseHeldInvitations(deps: MailingDeps, now: Date, organizationId?: string): Promise<number> {
  const held = await repo.heldInvitations(deps.db, now, 1000, organizationId);
  const byOrg = new Map<string, string[]>();
  for (const h of held) byOrg.set(h.organizationId, [...(byOrg.get(h.organizationId) ?? []), h.id]);
  let released = 0;
  for (const [organizationId, ids] of byOrg) {
    try {
      await consumeQuota(deps, organizationId, 'survey.sends', ids.length);
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'QUOTA_EXCEEDED') throw err;
      await repo.postponeHeld(deps.db, organizationId, ids, nextPeriodStart(now));
      continue;
    }
    await repo.releaseHeld(deps.db, organizationId, ids, now);
    released += ids.length;
  }
  return released;
}
