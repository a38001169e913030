import { stripQuotedReply } from '../../../domain/cases/strip-quoted-reply.js';
import { repairText } from '../../../shared/storable-text.js';
import { CASE_PAGE_LIMITS } from '../../../survey-pages/index.js';
import { findCaseContact } from '../cases/case-contact.repo.js';
import { findCaseByMailMessageId } from '../cases/case-events.repo.js';
import type { CaseDeps } from '../cases/change-case.js';
import { findCaseById } from '../cases/customer-case.repo.js';
import { recordCustomerMessage } from '../cases/record-customer-message.service.js';

export interface InboundMail {
  /** The case the reply address named (checked when the recipient was accepted). */
  caseId: string;
  /** The sender (From header, else the envelope's MAIL FROM). */
  from: string | null;
  messageId: string | null;
  /** In-Reply-To and References, in the order the headers give them (oldest first). */
  threadIds: readonly string[];
  text: string;
}

export type InboundOutcome =
  | { kind: 'filed'; caseId: string }
  /** The same Message-ID was filed before: a retried delivery. */
  | { kind: 'duplicate' }
  /** Nothing new below the quoted history. */
  | { kind: 'empty' }
  | { kind: 'limited' }
  | { kind: 'unknown-case' };

/**
 * A customer's reply mail from the inbound receiver into the case: the text without the quoted
 * history (cut to the reply form's limit), through the same `recordCustomerMessage` as the page.
 * A mail that threads under another mail of the same organization's cases (In-Reply-To,
 * References) goes to that case. Mail from someone other than the case's contact (forwarded,
 * a colleague) is filed all the same, with its sender marked on the event.
 */
export async function fileInboundMail(deps: CaseDeps, mail: InboundMail): Promise<InboundOutcome> {
  const named = await findCaseById(deps.db, mail.caseId);
  if (!named) return { kind: 'unknown-case' };
  if (mail.messageId && (await findCaseByMailMessageId(deps.db, mail.messageId)))
    return { kind: 'duplicate' };
  let caseId = named.id;
  for (const id of [...mail.threadIds].reverse()) {
    const hit = await findCaseByMailMessageId(deps.db, id);
    // The token is the credential: a thread may only lead to a case of the same organization.
    if (hit && hit.organizationId === named.organizationId) {
      caseId = hit.caseId;
      break;
    }
  }
  const stripped = stripQuotedReply(mail.text);
  if (stripped === '') return { kind: 'empty' };
  // Repaired after the cut, which may split a surrogate pair.
  const body = repairText(
    stripped.length > CASE_PAGE_LIMITS.message
      ? `${stripped.slice(0, CASE_PAGE_LIMITS.message - 1)}…`
      : stripped,
  );
  const contact = named.contactId
    ? await findCaseContact(deps.db, named.organizationId, named.contactId)
    : null;
  const from = mail.from ? repairText(mail.from).slice(0, 320) : null;
  const outcome = await recordCustomerMessage(deps, {
    organizationId: named.organizationId,
    caseId,
    body,
    via: 'mail',
    from,
    fromContact: Boolean(from && contact?.email && from.toLowerCase() === contact.email.toLowerCase()),
    mailMessageId: mail.messageId ? repairText(mail.messageId).slice(0, 998) : null,
  });
  return outcome.kind === 'limited' ? outcome : { kind: 'filed', caseId: outcome.caseId };
}
