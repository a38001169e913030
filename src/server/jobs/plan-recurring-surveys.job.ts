import { planRecurringSends } from '../features/sending/programs.service.js';
import { defineJob } from './job.js';

/** Hourly: plans the recurring programs' slots that have come due (spread evenly over each period). */
export const planRecurringSurveysJob = defineJob('surveys.recurring.plan', {
  cron: '7 * * * *',
  retryLimit: 0,
  async handler(_data, ctx) {
    const planned = await planRecurringSends(ctx);
    if (planned > 0) {
      ctx.logger.info({ planned }, 'recurring survey invitations planned');
      await ctx.enqueue('surveys.dispatch', {});
    }
  },
});
