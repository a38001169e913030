import { defineStage } from '../../pipeline/stage.js';
import { analyseItems } from './analyse-items.js';

/**
 * Text analysis as a pipeline stage: every new or changed comment is read on this server (language,
 * sentiment, themes, each with the words that decided it) in the stage's transaction; an erased
 * item's analysis and themes go with its comment. No customer text leaves the process.
 */
export const textAnalysisStage = defineStage({
  name: 'text',
  consumes: ['item.created', 'item.updated', 'item.erased'],
  batchSize: 500,
  async handle(organizationId, events, ctx) {
    const itemIds = [...new Set(events.map((e) => e.subjectId))];
    const { analysed, withThemes } = await analyseItems(ctx.db, organizationId, itemIds);
    if (analysed > 0) ctx.logger.debug({ organizationId, analysed, withThemes }, 'comments analysed');
  },
});
