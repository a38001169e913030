import { randomUUID } from 'node:crypto';
import { nextPeriodStart } from '../../../domain/plans/plans.js';
import { DAY_MS } from '../../../domain/rules/instant.js';
import { headlineQuestions } from '../../../domain/survey/headline-questions.js';
import type { SkipReason } from '../../../shared/contracts/sending.js';
import { AppError } from '../../common/app-error.js';
import { deleteEmails, insertEmails, type insertEmail } from '../email/email.repo.js';
import { consumeQuota } from '../usage/usage.service.js';
import { deliverEmails } from './deliver-emails.service.js';
import { emailHash, tokenHash } from './invitation-token.js';
import * as repo from './invitations.repo.js';
import { lookupCache } from './lookup-cache.js';
import type { MailingDeps } from './mailing-deps.js';
import { composeSurveyMail, surveyLinks } from './survey-mail.js';
import { suppressedHashes } from './throttle.repo.js';

/**
 * A page of invitation mails is delivered by the dispatch itself, right after its commit: no
 * job hop, no second read of the mails. Delivery jobs are still queued for the page, delayed
 * by this much, as the safety net for a worker that dies in between; they find the mails sent
 * and do nothing. Temporary SMTP failures are queued again at once (with the job's backoff).
 */
const SAFETY_NET_SECONDS = 15 * 60;

/** Mails per delivery job when a page of invitations is queued. */
const DELIVERY_CHUNK = 25;

function chunked(ids: readonly string[]): { messageIds: string[] }[] {
  const chunks: { messageIds: string[] }[] = [];
  for (let i = 0; i < ids.length; i += DELIVERY_CHUNK)
    chunks.push({ messageIds: ids.slice(i, i + DELIVERY_CHUNK) });
  return chunks;
}

interface OutgoingInvitation {
  invitationId: string;
  messageId: string;
  mail: Parameters<typeof insertEmail>[1];
  viaSmtp: boolean;
  expiresAt: Date;
  tokenHash: string;
}

/** Mails written per transaction; the next part is written while the one before is delivered. */
const WRITE_PART = 50;

/**
 * A page of invitation mails, written and delivered in parts: each part in one transaction
 * (the mails, then the invitations claimed as sent — guarded, so a second worker never mails one
 * twice —, then the mails of invitations that lost such a race removed again), and each part's
 * delivery overlapping the next part's write. Per part that is three statements instead of
 * three per invitation, and the SMTP connections are busy while the database writes.
 */
async function writeInvitationMails(
  deps: MailingDeps,
  sentAt: Date,
  outgoing: readonly OutgoingInvitation[],
): Promise<{ claimed: number; delivered: Promise<unknown[]> }> {
  let claimedCount = 0;
  // Each part's delivery settles to its error or null, never rejects: it runs on while later
  // parts (and pages) are written, and a rejection nobody awaits yet would end the process.
  const deliveries: Promise<unknown>[] = [];
  for (let start = 0; start < outgoing.length; start += WRITE_PART) {
    const part = outgoing.slice(start, start + WRITE_PART);
    const claimed = await repo.inTransaction(deps.db, async (tx) => {
      await insertEmails(
        tx,
        part.map((o) => ({ id: o.messageId, mail: o.mail, status: o.viaSmtp ? 'queued' : 'outbox' })),
      );
      const won = await repo.claimScheduledAsSent(
        tx,
        sentAt,
        part.map((o) => ({
          id: o.invitationId,
          expiresAt: o.expiresAt,
          tokenHash: o.tokenHash,
          emailMessageId: o.messageId,
        })),
      );
      await deleteEmails(
        tx,
        part.filter((o) => !won.has(o.invitationId)).map((o) => o.messageId),
      );
      return part.filter((o) => won.has(o.invitationId));
    });
    claimedCount += claimed.length;
    const viaSmtp = claimed.filter((o) => o.viaSmtp);
    if (viaSmtp.length === 0) continue;
    await deps.enqueueMany('email.deliver', chunked(viaSmtp.map((o) => o.messageId)), {
      delaySeconds: SAFETY_NET_SECONDS,
    });
    deliveries.push(
      deliverPart(deps, viaSmtp).then(
        () => null,
        (err: unknown) => err ?? new Error('delivery failed'),
      ),
    );
  }
  return {
    claimed: claimedCount,
    delivered: Promise.all(deliveries).then((outcomes) => outcomes.filter((e) => e !== null)),
  };
}

/** Delivers a written part from memory (no second read); temporary failures are queued to retry. */
async function deliverPart(deps: MailingDeps, part: readonly OutgoingInvitation[]): Promise<void> {
  const mails = part.map((o) => ({
    id: o.messageId,
    toAddress: o.mail.to,
    fromAddress: o.mail.from ?? null,
    organizationId: o.mail.organizationId ?? null,
    kind: o.mail.kind,
    subject: o.mail.subject,
    textBody: o.mail.text,
    htmlBody: o.mail.html ?? null,
    headers: o.mail.headers ?? null,
    status: 'queued' as const,
  }));
  const { retry, error } = await deliverEmails(deps, mails);
  if (retry.length > 0) {
    deps.logger.warn({ err: error, mails: retry.length }, 'survey mails not delivered; queued to retry');
    await deps.enqueueMany('email.deliver', chunked(retry), { delaySeconds: 30 });
  }
}

/**
 * Sends every scheduled invitation whose time has come. Consent is checked again here, because
 * hours or days can pass between planning a send and its hour: a person who unsubscribed or was
 * erased in between is skipped with the reason, never mailed. Throttling and quota were
 * decided when the send was planned.
 */
export interface DispatchedPage {
  sent: number;
  skipped: number;
  released: number;
  /**
   * Settles, never rejects, when the page's mails have gone to SMTP or were queued to retry, with
   * the errors of parts whose delivery failed outright (their safety-net jobs still deliver them).
   */
  delivered: Promise<unknown[]>;
}

/**
 * One page of due invitations: written and claimed when this returns, still being delivered
 * (`delivered`), so a caller that drains many pages writes the next while this one goes out.
 */
export async function dispatchInvitationPage(
  deps: MailingDeps,
  limit = 200,
  organizationId?: string,
): Promise<DispatchedPage> {
  const now = deps.now();
  const released = await releaseHeldInvitations(deps, now, organizationId);
  const due = await repo.dueInvitations(deps.db, now, limit, organizationId);
  const cache = lookupCache(deps.db);
  const byOrg = new Map<string, string[]>();
  for (const inv of due)
    if (inv.contactId)
      byOrg.set(inv.organizationId, [...(byOrg.get(inv.organizationId) ?? []), inv.contactId]);
  const contacts = new Map<string, repo.SendContact>();
  const suppressed = new Map<string, Set<string>>();
  for (const [organizationId, ids] of byOrg) {
    const rows = await repo.contactsByIds(deps.db, organizationId, ids);
    for (const c of rows) contacts.set(c.id, c);
    suppressed.set(
      organizationId,
      await suppressedHashes(
        deps.db,
        organizationId,
        rows.flatMap((c) => (c.email ? [emailHash(c.email)] : [])),
      ),
    );
  }

  let skipped = 0;
  const outgoing: OutgoingInvitation[] = [];
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
      if (
        await repo.claimScheduled(deps.db, inv.id, {
          status: 'skipped',
          skipReason: reason ?? 'no_email',
          skipUntil: null,
        })
      )
        skipped += 1;
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
    outgoing.push({
      invitationId: inv.id,
      messageId: randomUUID(),
      mail,
      // The organization's own SMTP server delivers even where the instance has none.
      viaSmtp: deps.hasSmtp || org.settings.smtpUrlEncrypted !== null,
      expiresAt: new Date(now.getTime() + org.settings.invitationValidDays * DAY_MS),
      tokenHash: tokenHash(links.token),
    });
  }
  const { claimed: sent, delivered } = await writeInvitationMails(deps, now, outgoing);
  if (sent + skipped > 0) deps.logger.info({ sent, skipped, released }, 'survey invitations dispatched');
  return { sent, skipped, released, delivered };
}

/** Rethrows the first failed delivery of a page (the job is then retried; nothing is sent twice). */
export function throwFirst(errors: readonly unknown[]): void {
  if (errors.length > 0) throw errors[0];
}

/** One page of due invitations, delivered before it returns. */
export async function dispatchDueInvitations(
  deps: MailingDeps,
  limit = 200,
  organizationId?: string,
): Promise<{ sent: number; skipped: number; released: number }> {
  const { delivered, ...counts } = await dispatchInvitationPage(deps, limit, organizationId);
  throwFirst(await delivered);
  return counts;
}

/**
 * Held invitations (over quota, the organization chose "hold") go out once their month has
 * come, counted against the new month. If even that month's quota cannot take them they wait
 * for the next.
 */
async function releaseHeldInvitations(
  deps: MailingDeps,
  now: Date,
  organizationId?: string,
): Promise<number> {
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
