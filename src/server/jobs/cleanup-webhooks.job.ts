import { deleteDeliveriesBefore } from '../features/webhooks/webhook-deliveries.repo.js';
import { defineJob } from './job.js';

const LOG_DAYS = 30;

/** The delivery log keeps 30 days: older deliveries go with their attempts, nightly. */
export const cleanupWebhooksJob = defineJob('webhooks.cleanup', {
  cron: '41 3 * * *',
  async handler(_data, ctx) {
    const removed = await deleteDeliveriesBefore(
      ctx.db,
      new Date(ctx.now().getTime() - LOG_DAYS * 86_400_000),
    );
    if (removed > 0) ctx.logger.info({ removed }, 'old webhook deliveries removed');
  },
});
