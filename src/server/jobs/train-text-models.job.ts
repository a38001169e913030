import { MIN_COMMENTS_PER_CLASS } from '../../domain/text/choose-sentiment-model.js';
import { organizationsToTrain } from '../features/text/text-models.repo.js';
import { trainSentimentModel } from '../features/text/train-sentiment-model.service.js';
import { defineJob } from './job.js';

/** An organization's model is retrained weekly: new comments and corrections reach it. */
const RETRAIN_AFTER_MS = 7 * 86_400_000;

/**
 * Trains organizations' own sentiment models: the one asked for (Themes → "Train now"), or nightly
 * every organization with enough scored comments whose last training is a week old.
 */
export const trainTextModelsJob = defineJob('text.models.train', {
  cron: '17 2 * * *',
  retryLimit: 1,
  async handler(data, ctx) {
    const now = ctx.now();
    const organizations = data.organizationId
      ? [data.organizationId]
      : await organizationsToTrain(
          ctx.db,
          new Date(now.getTime() - RETRAIN_AFTER_MS),
          MIN_COMMENTS_PER_CLASS,
        );
    for (const organizationId of organizations) {
      const { chosen, figures } = await trainSentimentModel(ctx.db, organizationId, now);
      ctx.logger.info(
        { organizationId, chosen, model: figures.model?.auc, lexicon: figures.lexicon?.auc },
        'sentiment model trained',
      );
    }
  },
});
