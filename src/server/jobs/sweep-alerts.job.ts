import { deleteAlertEventsBefore, stalledRules } from '../features/alerts/alert-events.repo.js';
import { defineJob } from './job.js';

/** How long alerts may wait without a flush on its way before the sweep queues one. */
const GRACE_MS = 2 * 60_000;
const LOG_DAYS = 30;

/**
 * The safety net under the flush jobs (a queue write failing right after the stage committed, a
 * worker dying with a delayed flush): rules whose alerts wait with no flush due get one. And the
 * alert log's retention of 30 days, with the webhooks' delivery log.
 */
export const sweepAlertsJob = defineJob('alerts.sweep', {
  cron: '* * * * *',
  async handler(_data, ctx) {
    const now = ctx.now();
    const stalled = await stalledRules(ctx.db, new Date(now.getTime() - GRACE_MS), 500);
    for (const s of stalled) await ctx.enqueue('alerts.flush', s);
    if (stalled.length > 0) ctx.logger.warn({ rules: stalled.length }, 'waiting alerts flushed again');
    await deleteAlertEventsBefore(ctx.db, new Date(now.getTime() - LOG_DAYS * 86_400_000));
  },
});
