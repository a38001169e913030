import {
  restoreTextSentimentModel,
  type TextSentimentModel,
} from '../../../domain/text/text-sentiment-model.js';
import type { Db } from '../../db/client.js';
import { chosenModelTrainedAt, findChosenModel } from './text-models.repo.js';

export interface OrgSentimentModel {
  readonly model: TextSentimentModel;
  /** The analyser's name stored with each reading, e.g. `org-model-2026-12-06T08:30:00.000Z`. */
  readonly analyser: string;
}

/** Restored models by organization: a model is up to 1.4 MB as stored, so it is decoded once per training. */
const restored = new Map<string, { trainedAt: number; value: OrgSentimentModel }>();
const KEPT = 32;

/**
 * The organization's chosen sentiment model, or null while it reads with the lexicon. Each call
 * costs one small read (when was the chosen model trained?); the model itself is decoded only after
 * a new training.
 */
export async function orgSentimentModel(db: Db, organizationId: string): Promise<OrgSentimentModel | null> {
  const trainedAt = await chosenModelTrainedAt(db, organizationId);
  if (!trainedAt) {
    restored.delete(organizationId);
    return null;
  }
  const hit = restored.get(organizationId);
  if (hit && hit.trainedAt === trainedAt.getTime()) return hit.value;
  const row = await findChosenModel(db, organizationId);
  if (!row) return null;
  const value = {
    model: restoreTextSentimentModel(row.model),
    analyser: `org-model-${row.trainedAt.toISOString()}`,
  };
  if (restored.size >= KEPT) restored.delete(restored.keys().next().value ?? '');
  restored.set(organizationId, { trainedAt: row.trainedAt.getTime(), value });
  return value;
}
