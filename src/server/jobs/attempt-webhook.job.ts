import { createSendMail } from '../email/send-mail.js';
import { alertDeliveryTarget } from '../features/alerts/alert-delivery-target.js';
import { insertEmail } from '../features/email/email.repo.js';
import { attemptDelivery } from '../features/webhooks/attempt-delivery.service.js';
import { defineJob } from './job.js';

/**
 * One attempt of one webhook delivery (or of an alert rule's Slack or Teams message). Many run at once (each mostly waits on a receiver, up to
 * the 15 s timeout); the schedule of later attempts is the delivery's, not pg-boss's retries, which
 * only cover a worker dying mid-attempt.
 */
export const attemptWebhookJob = defineJob('webhooks.attempt', {
  batchSize: 20,
  concurrency: 20,
  retryLimit: 2,
  retryDelaySeconds: 60,
  expireInSeconds: 60,
  async handler(data, ctx) {
    const sendMail = createSendMail({
      storeMail: (mail, status) => insertEmail(ctx.db, mail, status),
      enqueue: ctx.enqueue,
      hasSmtp: ctx.transport !== null,
    });
    // Alert rules' Slack and Teams messages go through the same attempts; their target comes from the alerts feature.
    await attemptDelivery(
      { ...ctx, sendMail, alertTarget: alertDeliveryTarget(ctx.config.authSecret) },
      data,
    );
  },
});
