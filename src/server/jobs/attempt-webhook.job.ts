import { createSendMail } from '../email/send-mail.js';
import { alertDeliveryTarget } from '../features/alerts/alert-delivery-target.js';
import { insertEmail } from '../features/email/email.repo.js';
import { attemptDeliveries, type AttemptDeps } from '../features/webhooks/attempt-delivery.service.js';
import { defineJob, type JobContext } from './job.js';

/**
 * Attempts of webhook deliveries (and of alert rules' Slack and Teams messages), a fetched page at
 * a time: one claim, the requests all in flight together (each mostly waits on a receiver, up to the
 * 15 s timeout), one log. Several pages run at once so one slow receiver does not hold up the rest.
 * The schedule of later attempts is the delivery's, not pg-boss's retries, which only cover a
 * worker dying mid-attempt.
 */
export const attemptWebhookJob = defineJob('webhooks.attempt', {
  batchSize: 50,
  localConcurrency: 4,
  retryLimit: 2,
  retryDelaySeconds: 60,
  expireInSeconds: 60,
  handler: (data, ctx) => attemptDeliveries(depsOf(ctx), [data]).then(() => undefined),
  batchHandler: (data, ctx) => attemptDeliveries(depsOf(ctx), data).then(() => undefined),
});

function depsOf(ctx: JobContext): AttemptDeps {
  const sendMail = createSendMail({
    storeMail: (mail, status) => insertEmail(ctx.db, mail, status),
    enqueue: ctx.enqueue,
    hasSmtp: ctx.transport !== null,
  });
  // Alert rules' Slack and Teams messages go through the same attempts; their target comes from the alerts feature.
  return { ...ctx, sendMail, alertTarget: alertDeliveryTarget(ctx.config.authSecret) };
}
