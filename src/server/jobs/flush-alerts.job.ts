import { flushAlerts } from '../features/alerts/flush-alerts.service.js';
import { defineJob } from './job.js';

/**
 * One alert rule's waiting alerts as one message, or a wait for its channel. Short: the message
 * is only written here; its sending is the webhooks' attempt job (Slack, Teams) or mail delivery.
 */
export const flushAlertsJob = defineJob('alerts.flush', {
  batchSize: 10,
  concurrency: 5,
  retryLimit: 5,
  retryDelaySeconds: 5,
  expireInSeconds: 60,
  async handler(data, ctx) {
    await flushAlerts({ ...ctx, hasSmtp: ctx.transport !== null }, data);
  },
});
