import { deleteExpiredAuthRows } from '../features/maintenance/maintenance.repo.js';
import { defineJob } from './job.js';

/** Expired sessions, verification tokens and old rate-limit counters are removed nightly. */
export const cleanupAuthJob = defineJob('maintenance.auth-cleanup', {
  cron: '17 3 * * *',
  async handler(_data, ctx) {
    const removed = await deleteExpiredAuthRows(ctx.db, ctx.now());
    ctx.logger.info(removed, 'expired auth rows removed');
  },
});
