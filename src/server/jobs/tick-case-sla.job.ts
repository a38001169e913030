import { tickCaseSla } from '../features/cases/tick-case-sla.service.js';
import { defineJob } from './job.js';

/** SLA warnings, breaches and escalations, every 15 seconds in every worker, on the job clock. */
export const tickCaseSlaJob = defineJob('cases.sla.tick', {
  everyMs: 15_000,
  async handler(_data, ctx) {
    const refreshed = await tickCaseSla({ ...ctx, hasSmtp: ctx.transport !== null });
    if (refreshed > 0) ctx.logger.info({ refreshed }, 'case SLA clocks refreshed');
  },
});
