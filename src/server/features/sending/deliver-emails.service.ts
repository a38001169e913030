import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import type { MailTransport } from '../../email/transport.js';
import type { Logger } from '../../logger.js';
import {
  findEmailsForDelivery,
  markEmailAttemptFailed,
  markEmailsSent,
  type DeliverableEmail,
} from '../email/email.repo.js';
import { recordBounce, recordDeliveries } from './delivery-outcome.service.js';
import { transportFor } from './org-transport.service.js';

export interface DeliveryDeps {
  db: Db;
  logger: Logger;
  config: Pick<Config, 'authSecret' | 'MAIL_FROM'>;
  transport: MailTransport | null;
  now: () => Date;
}

/** SMTP sends in flight at once per call: the pooled transport keeps five connections. */
const LANES = 5;

/**
 * Delivers the named mails (or the given ones, just written): read in one query, sent over the organization's or the instance's
 * pooled SMTP transport several at once, and marked sent (and the survey invitations delivered)
 * in one statement each. A permanent refusal (5xx) marks that mail failed and bounces its
 * invitation; a temporary failure is recorded on the mail and returned in `retry` (with the
 * first such error) for the caller to try again later; a retry skips what was sent already.
 */
export async function deliverEmails(
  deps: DeliveryDeps,
  which: readonly string[] | readonly DeliverableEmail[],
): Promise<{ sent: number; retry: string[]; error: unknown }> {
  // Ids are read; mails the caller just wrote (and holds) are delivered as they are.
  const found = which.every((w) => typeof w === 'string')
    ? await findEmailsForDelivery(deps.db, which)
    : (which as readonly DeliverableEmail[]);
  const mails = found.filter((m) => m.status !== 'sent' && m.status !== 'failed');
  const transports = new Map<string, ReturnType<typeof transportFor>>();
  const transportOf = (organizationId: string | null) => {
    const key = organizationId ?? '';
    if (!transports.has(key))
      transports.set(key, transportFor(deps.db, organizationId, deps.config.authSecret, deps.transport));
    return transports.get(key) as ReturnType<typeof transportFor>;
  };

  const sent: DeliverableEmail[] = [];
  const retry: string[] = [];
  let error: unknown = null;
  let next = 0;
  const lane = async () => {
    for (let mail = mails[next++]; mail; mail = mails[next++]) {
      const { transport, from } = await transportOf(mail.organizationId);
      // No SMTP anywhere: the mail stays queued (and visible in the outbox) until one is configured.
      if (!transport) continue;
      try {
        await transport.send({
          from: from ?? mail.fromAddress ?? deps.config.MAIL_FROM,
          to: mail.toAddress,
          subject: mail.subject,
          text: mail.textBody,
          html: mail.htmlBody ?? undefined,
          headers: mail.headers ?? undefined,
        });
        sent.push(mail);
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        const code = (err as { responseCode?: number }).responseCode;
        // 5xx is a permanent refusal: retrying only annoys the receiving server.
        const isPermanent = typeof code === 'number' && code >= 500;
        await markEmailAttemptFailed(deps.db, mail.id, message, isPermanent);
        if (isPermanent) {
          deps.logger.warn({ messageId: mail.id, code }, 'mail permanently refused');
          // A survey address the server refuses for good is never mailed again.
          if (mail.kind.startsWith('survey.')) await recordBounce(deps.db, mail.id, deps.now());
        } else {
          retry.push(mail.id);
          error ??= err;
        }
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(LANES, mails.length) }, lane));
  const at = deps.now();
  await markEmailsSent(
    deps.db,
    sent.map((m) => m.id),
    at,
  );
  await recordDeliveries(
    deps.db,
    sent.filter((m) => m.kind.startsWith('survey.')).map((m) => m.id),
    at,
  );
  return { sent: sent.length, retry, error };
}
