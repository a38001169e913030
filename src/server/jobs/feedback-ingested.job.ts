import { z } from 'zod';
import { countByChannel } from '../features/feedback/feedback.repo.js';
import { defineJob } from './job.js';

/**
 * Announces new feedback items (from any channel, surveys included) to the stages after
 * ingestion. Today it only reports what arrived; text analytics, case rules and churn
 * features register their steps here. Reading only, it is safe to run twice.
 */
export const feedbackIngestedJob = defineJob({
  name: 'feedback.ingested',
  schema: z.object({ organizationId: z.string().min(1), itemIds: z.array(z.uuid()).min(1).max(1000) }),
  async handler({ organizationId, itemIds }, ctx) {
    const rows = await countByChannel(ctx.db, organizationId, itemIds);
    const byChannel = Object.fromEntries(rows.map((r) => [r.channel, r.n]));
    const found = rows.reduce((n, r) => n + r.n, 0);
    // Items erased between ingestion and this run are simply missing: nothing to do for them.
    ctx.logger.info({ organizationId, items: itemIds.length, found, byChannel }, 'feedback ingested');
  },
});
