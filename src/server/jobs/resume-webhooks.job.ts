import { overdueDeliveries } from '../features/webhooks/webhook-deliveries.repo.js';
import { defineJob } from './job.js';

/** How late an attempt may be before its job counts as lost. */
const GRACE_MS = 5 * 60_000;

/**
 * The safety net under "each attempt is a job": a delivery whose attempt is more than five minutes
 * overdue (its job was never queued, e.g. the queue failed right after the stage committed) gets it
 * queued again. A job that was only late finds the attempt claimed or done and does nothing.
 */
export const resumeWebhooksJob = defineJob('webhooks.resume', {
  cron: '* * * * *',
  async handler(_data, ctx) {
    const overdue = await overdueDeliveries(ctx.db, new Date(ctx.now().getTime() - GRACE_MS), 500);
    for (const d of overdue)
      await ctx.enqueue(
        'webhooks.attempt',
        { organizationId: d.organizationId, deliveryId: d.id, attempt: d.attempts + 1 },
        { singletonKey: `${d.id}:${d.attempts + 1}` },
      );
    if (overdue.length > 0)
      ctx.logger.warn({ resumed: overdue.length }, 'overdue webhook attempts queued again');
  },
});
