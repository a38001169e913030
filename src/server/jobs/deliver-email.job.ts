import { z } from 'zod';
import { findEmailForDelivery, markEmailAttemptFailed, markEmailSent } from '../features/email/email.repo.js';
import { recordBounce, recordDelivery } from '../features/sending/delivery-outcome.service.js';
import { transportFor } from '../features/sending/org-transport.service.js';
import { defineJob } from './job.js';

export const RETRY_LIMIT = 5;

export const deliverEmailJob = defineJob({
  name: 'email.deliver',
  schema: z.object({ messageId: z.uuid() }),
  retryLimit: RETRY_LIMIT,
  retryDelaySeconds: 30,
  async handler({ messageId }, ctx) {
    const mail = await findEmailForDelivery(ctx.db, messageId);
    // Already sent (a retried job after a crash between send and ack) or erased: nothing to do.
    if (!mail || mail.status === 'sent' || mail.status === 'failed') return;
    const { transport, from } = await transportFor(ctx.db, mail.organizationId, ctx.config.authSecret, ctx.transport);
    if (!transport) return;
    try {
      await transport.send({
        from: from ?? mail.fromAddress ?? ctx.config.MAIL_FROM,
        to: mail.toAddress,
        subject: mail.subject,
        text: mail.textBody,
        html: mail.htmlBody ?? undefined,
        headers: mail.headers ?? undefined,
      });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const code = (err as { responseCode?: number }).responseCode;
      // 5xx is a permanent refusal: retrying only annoys the receiving server.
      const isPermanent = typeof code === 'number' && code >= 500;
      await markEmailAttemptFailed(ctx.db, messageId, message, isPermanent);
      if (isPermanent) {
        ctx.logger.warn({ messageId, code }, 'mail permanently refused');
        // A survey address the server refuses for good is never mailed again.
        if (mail.kind.startsWith('survey.')) await recordBounce(ctx.db, messageId, ctx.now());
        return;
      }
      throw err;
    }
    await markEmailSent(ctx.db, messageId, ctx.now());
    if (mail.kind.startsWith('survey.')) await recordDelivery(ctx.db, messageId, ctx.now());
  },
});
