import { z } from 'zod';
import { deleteExpiredAuthRows } from '../features/maintenance/maintenance.repo.js';
import { defineJob } from './job.js';

/** Expired sessions, verification tokens and old rate-limit counters are removed nightly. */
export const cleanupAuthJob = defineJob({
  name: 'maintenance.auth-cleanup',
  schema: z.object({}).loose(),
  cron: '17 3 * * *',
  async handler(_data, ctx) {
    const removed = await deleteExpiredAuthRows(ctx.db, ctx.now());
    ctx.logger.info(removed, 'expired auth rows removed');
  },
});
