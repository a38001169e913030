import { randomUUID } from 'node:crypto';
import type { TCaseMessageInput } from '../../../shared/contracts/cases.js';
import { AppError } from '../../common/app-error.js';
import { renderCaseReplyMail } from '../../email/templates/case-reply-mail.js';
import { insertEmail } from '../email/email.repo.js';
import { emailHash } from '../sending/invitation-token.js';
import { loadSendingSettings } from '../sending/sending-settings.service.js';
import { senderOf } from '../sending/survey-mail.js';
import { findSuppression } from '../sending/throttle.repo.js';
import { findAgents, findPeople } from './agents.repo.js';
import { findCaseContact } from './case-contact.repo.js';
import { findMailThread, insertCaseEvents, type NewCaseEvent } from './case-events.repo.js';
import { caseToken } from './case-token.js';
import type { CaseTx } from './case-tx.js';
import { changeCase, type CaseDeps } from './change-case.js';
import { updateCase, type CaseRow } from './cases.repo.js';
import { notifyCase } from './notify-case.js';
import type { OrgContext } from './refresh-case-sla.js';

const refuse = (message: string) => new AppError('CONFLICT', message, [{ field: 'body.kind', message }]);

/** `@jana` or `@jana.berger@acme.test`: people named by first name, full name without spaces, or e-mail. */
function mentioned(body: string, agents: ReadonlyArray<{ userId: string; name: string; email: string }>) {
  const handles = new Set(
    [...body.matchAll(/@([\p{L}\p{N}._%+-]+(?:@[\p{L}\p{N}.-]+)?)/gu)].map((m) => (m[1] ?? '').toLowerCase()),
  );
  return agents.filter((a) => {
    const first = a.name.split(/\s+/)[0]?.toLowerCase() ?? '';
    return (
      handles.has(first) ||
      handles.has(a.name.replace(/\s+/g, '').toLowerCase()) ||
      handles.has(a.email.toLowerCase())
    );
  });
}

async function mailReply(
  deps: CaseDeps,
  cx: CaseTx,
  org: OrgContext,
  c: CaseRow,
  body: string,
  agentName: string,
): Promise<{ emailId: string; messageId: string }> {
  const contact = c.contactId ? await findCaseContact(cx.db, c.organizationId, c.contactId) : null;
  if (!contact?.email)
    throw refuse('The case has no customer with an e-mail address; add an internal note instead');
  if (contact.isEmailOptOut) throw refuse('The customer opted out of e-mail; contact them another way');
  if (await findSuppression(cx.db, c.organizationId, emailHash(contact.email)))
    throw refuse('The customer’s address is on the suppression list (unsubscribed or bounced)');
  const settings = await loadSendingSettings(cx.db, c.organizationId);
  const host = new URL(deps.config.publicUrl).hostname || 'resonance.invalid';
  const messageId = `<case.${c.id}.${randomUUID()}@${host}>`;
  const thread = await findMailThread(cx.db, c.organizationId, c.id);
  const language = c.language === 'de' || c.language === 'en' ? c.language : org.language;
  const token = caseToken(deps.config.authSecret, c.id);
  const caseUrl = `${deps.config.publicUrl}/c/${token}`;
  // With the inbound receiver's domain set, the customer's mail client answers into the case.
  const replyTo = deps.config.INBOUND_MAIL_DOMAIN
    ? { 'Reply-To': `case+${token}@${deps.config.INBOUND_MAIL_DOMAIN}` }
    : {};
  const rendered = renderCaseReplyMail({
    language,
    branding: { orgName: org.orgName, brandColor: settings.brandColor, logoUrl: settings.logoUrl },
    recipientName: contact.name,
    caseNumber: c.number,
    caseSubject: c.subject,
    body,
    agentName,
    replyUrl: `${caseUrl}#reply`,
    caseUrl,
  });
  const viaSmtp = cx.hasSmtp || settings.smtpUrlEncrypted !== null;
  const last = thread[thread.length - 1];
  const emailId = await insertEmail(
    cx.db,
    {
      to: contact.email,
      from: senderOf({ settings, orgName: org.orgName, mailFrom: deps.config.MAIL_FROM }),
      subject: rendered.subject,
      text: rendered.text,
      html: rendered.html,
      organizationId: c.organizationId,
      kind: 'case.reply',
      headers: {
        'Message-ID': messageId,
        ...replyTo,
        ...(last ? { 'In-Reply-To': last, References: thread.slice(-10).join(' ') } : {}),
      },
    },
    viaSmtp ? 'queued' : 'outbox',
  );
  if (viaSmtp) cx.mailIds.push(emailId);
  return { emailId, messageId };
}

/**
 * An agent writes on a case: a reply goes to the customer by e-mail (threaded under the case's
 * earlier mails, with the link to the case page; consent and the suppression list honoured) and
 * answers the SLA clocks when a person wrote it; a note stays internal and notifies the people it
 * mentions.
 */
export function postCaseMessage(
  deps: CaseDeps,
  organizationId: string,
  actorUserId: string | null,
  id: string,
  input: TCaseMessageInput,
) {
  return changeCase(deps, organizationId, id, async (cx, org, c) => {
    const actor = actorUserId ? (await findPeople(cx.db, [actorUserId]))[0] : undefined;
    const author = actorUserId ? 'person' : 'automation';
    const base = { caseId: c.id, organizationId, at: cx.now, author, actorUserId, body: input.body };
    if (input.kind === 'note') {
      const agents = await findAgents(cx.db, organizationId);
      const who = mentioned(input.body, agents).filter((a) => a.userId !== actorUserId);
      await insertCaseEvents(cx.db, [
        { ...base, type: 'note', data: { mentions: who.map((a) => a.userId) } },
      ]);
      await notifyCase(cx, {
        kind: 'case.mentioned',
        caseRow: c,
        userIds: who.map((a) => a.userId),
        language: org.language,
        orgName: org.orgName,
        data: { by: actor?.name ?? null },
      });
      return c;
    }
    const mail = await mailReply(deps, cx, org, c, input.body, actor?.name ?? org.orgName);
    const events: NewCaseEvent[] = [
      { ...base, type: 'reply', data: {}, emailMessageId: mail.emailId, mailMessageId: mail.messageId },
    ];
    const set: Partial<CaseRow> = { updatedAt: cx.now };
    if (c.status === 'new') {
      set.status = 'open';
      events.push({ ...base, body: null, type: 'status', data: { status: 'open', from: 'new' } });
    }
    if (author === 'person' && !c.firstResponseAt) set.firstResponseAt = cx.now;
    await insertCaseEvents(cx.db, events);
    return updateCase(cx.db, organizationId, c.id, set);
  });
}
