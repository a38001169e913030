import { ITEM_TOPICS } from '../../pipeline/catalog.js';
import { defineStage } from '../../pipeline/stage.js';
import { applyRollupChanges } from './rollups.service.js';

/**
 * The first pipeline stage: the metric rollups every score on screen is read from. It re-reads
 * the announced items, so an update that overtakes its item's creation (two jobs of one stage on
 * two workers) still counts the item once, as it is now.
 */
export const rollupsStage = defineStage({
  name: 'rollups',
  consumes: ITEM_TOPICS,
  batchSize: 1000,
  async handle(organizationId, events, ctx) {
    const { items, days } = await applyRollupChanges(
      ctx,
      organizationId,
      events.map((e) => e.subjectId),
    );
    ctx.logger.debug({ organizationId, events: events.length, items, days }, 'rollups updated');
  },
});
