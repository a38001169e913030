import { z } from 'zod';
import { countByChannel } from '../features/feedback/feedback.repo.js';
import { refreshRollupsForItems } from '../features/metrics/rollups.service.js';
import { defineJob } from './job.js';

/**
 * Announces new feedback items (from any channel, surveys included), and items whose score or
 * comment changed, to the stages after ingestion. It re-aggregates the metric rollups of the
 * days the items fall on (delete + re-aggregate, so running twice is harmless); text analytics,
 * case rules and churn features register their steps here too.
 */
export const feedbackIngestedJob = defineJob({
  name: 'feedback.ingested',
  schema: z.object({ organizationId: z.string().min(1), itemIds: z.array(z.uuid()).min(1).max(1000) }),
  async handler({ organizationId, itemIds }, ctx) {
    const rows = await countByChannel(ctx.db, organizationId, itemIds);
    const byChannel = Object.fromEntries(rows.map((r) => [r.channel, r.n]));
    const found = rows.reduce((n, r) => n + r.n, 0);
    // Items erased between ingestion and this run are simply missing: nothing to do for them.
    const rollups = await refreshRollupsForItems(ctx, organizationId, itemIds);
    ctx.logger.info({ organizationId, items: itemIds.length, found, byChannel, rollupDays: rollups.days }, 'feedback ingested');
  },
});
