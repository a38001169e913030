import { analyseText } from '../../../domain/text/analyse-text.js';
import { chooseSentimentModel } from '../../../domain/text/choose-sentiment-model.js';
import { storeTextSentimentModel } from '../../../domain/text/text-sentiment-model.js';
import type { Db } from '../../db/client.js';
import { scoredComments, saveTextModel, type TextModelFigures } from './text-models.repo.js';

/**
 * Trains the organization's own sentiment model on its scored comments and records the choice:
 * the model where it reads the held-out comments better than the lexicon, else the lexicon. Both
 * figures are kept either way, so the Themes page can show why.
 */
export async function trainSentimentModel(
  db: Db,
  organizationId: string,
  now: Date,
): Promise<{ chosen: 'model' | 'lexicon'; figures: TextModelFigures }> {
  const comments = await scoredComments(db, organizationId);
  const choice = chooseSentimentModel(comments, (text) => analyseText(text).sentiment.score);
  const figures: TextModelFigures = {
    reason: choice.reason,
    comments: choice.comments,
    heldOut: choice.heldOut,
    lexicon: choice.lexicon,
    model: choice.model,
  };
  await saveTextModel(db, organizationId, {
    trainedAt: now,
    chosen: choice.chosen,
    figures,
    model: choice.chosen === 'model' && choice.trained ? storeTextSentimentModel(choice.trained) : null,
  });
  return { chosen: choice.chosen, figures };
}
