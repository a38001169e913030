import { and, eq, sql } from 'drizzle-orm';
import type { StoredTextSentimentModel } from '../../../domain/text/text-sentiment-model.js';
import type { Db } from '../../db/client.js';
import { textModels, type TextModelFigures } from '../../db/schema/index.js';

export type { TextModelFigures } from '../../db/schema/index.js';

type Rows<T> = { rows: T[] };

/** Most recent comments a training reads: enough for a stable model, bounded in memory and time. */
export const TRAINING_COMMENTS = 20_000;

export interface ScoredCommentRow {
  id: string;
  text: string;
  positive: boolean;
}

/**
 * The organization's comments whose score says how the writer felt — NPS promoters (9–10) and
 * detractors (0–6), CSAT 4–5 and 1–2 — newest first; an agent's sentiment correction to positive
 * or negative overrides the score (a neutral correction takes the comment out).
 */
export async function scoredComments(db: Db, organizationId: string): Promise<ScoredCommentRow[]> {
  const result = await db.execute(sql`
    select fi.id, fi.text,
           case when v.verdict = 'correct' then v.label = 'positive'
                when fi.metric = 'nps' then fi.score >= 9
                else fi.score >= 4 end as positive
    from feedback_items fi
    left join sentiment_verdicts v on v.item_id = fi.id and v.organization_id = ${organizationId}
    where fi.organization_id = ${organizationId}
      and fi.text is not null and length(trim(fi.text)) > 0
      and (
        (v.verdict = 'correct' and v.label <> 'neutral')
        or (coalesce(v.verdict, 'agree') = 'agree' and (
              (fi.metric = 'nps' and (fi.score >= 9 or fi.score <= 6))
           or (fi.metric = 'csat' and (fi.score >= 4 or fi.score <= 2))))
      )
    order by fi.occurred_at desc
    limit ${TRAINING_COMMENTS}`);
  return (result as unknown as Rows<ScoredCommentRow>).rows;
}

/** Organizations with enough scored comments to train on and no training since `since`. */
export async function organizationsToTrain(db: Db, since: Date, minPerClass: number): Promise<string[]> {
  const result = await db.execute(sql`
    select fi.organization_id
    from feedback_items fi
    left join text_models m on m.organization_id = fi.organization_id
    where fi.text is not null and fi.metric = 'nps' and (m.trained_at is null or m.trained_at < ${since})
    group by fi.organization_id
    having count(*) filter (where fi.score >= 9) >= ${minPerClass}
       and count(*) filter (where fi.score <= 6) >= ${minPerClass}`);
  return (result as unknown as Rows<{ organization_id: string }>).rows.map((r) => r.organization_id);
}

export interface TextModelWrite {
  trainedAt: Date;
  chosen: 'model' | 'lexicon';
  figures: TextModelFigures;
  model: StoredTextSentimentModel | null;
}

export async function saveTextModel(db: Db, organizationId: string, w: TextModelWrite): Promise<void> {
  await db
    .insert(textModels)
    .values({ organizationId, ...w })
    .onConflictDoUpdate({ target: textModels.organizationId, set: { ...w } });
}

/** What the last training measured (null before the first). */
export async function findTextModelFigures(
  db: Db,
  organizationId: string,
): Promise<{ trainedAt: Date; chosen: string; figures: TextModelFigures } | null> {
  const [row] = await db
    .select({ trainedAt: textModels.trainedAt, chosen: textModels.chosen, figures: textModels.figures })
    .from(textModels)
    .where(eq(textModels.organizationId, organizationId));
  return row ?? null;
}

/** When the organization's chosen model was trained (null: it reads with the lexicon). */
export async function chosenModelTrainedAt(db: Db, organizationId: string): Promise<Date | null> {
  const [row] = await db
    .select({ trainedAt: textModels.trainedAt })
    .from(textModels)
    .where(and(eq(textModels.organizationId, organizationId), eq(textModels.chosen, 'model')));
  return row?.trainedAt ?? null;
}

export async function findChosenModel(
  db: Db,
  organizationId: string,
): Promise<{ trainedAt: Date; model: StoredTextSentimentModel } | null> {
  const [row] = await db
    .select({ trainedAt: textModels.trainedAt, model: textModels.model })
    .from(textModels)
    .where(and(eq(textModels.organizationId, organizationId), eq(textModels.chosen, 'model')));
  return row?.model ? { trainedAt: row.trainedAt, model: row.model } : null;
}
