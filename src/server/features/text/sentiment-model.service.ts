import { MIN_COMMENTS_PER_CLASS } from '../../../domain/text/choose-sentiment-model.js';
import type { TSentimentModelState } from '../../../shared/contracts/sentiment-model.js';
import type { Db } from '../../db/client.js';
import { findTextModelFigures } from './text-models.repo.js';

/** What the organization's last training measured, as the Themes page shows it. */
export async function sentimentModelState(db: Db, organizationId: string): Promise<TSentimentModelState> {
  const row = await findTextModelFigures(db, organizationId);
  if (!row) return { model: null };
  const { reason, ...figures } = row.figures;
  return {
    model: {
      trainedAt: row.trainedAt.toISOString(),
      chosen: row.chosen === 'model' ? 'model' : 'lexicon',
      reason,
      minPerClass: MIN_COMMENTS_PER_CLASS,
      ...figures,
    },
  };
}
