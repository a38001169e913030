import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { feedbackItems, itemAnalyses, type FeedbackAnalysis } from '../../db/schema/index.js';

export type { FeedbackAnalysis, StoredEvidence } from '../../db/schema/index.js';

export interface ItemText {
  id: string;
  text: string | null;
  occurredAt: Date;
  /** Whether an analysis is stored: an item without a comment and without one needs no write. */
  analysed: boolean;
}

/** The comments of a batch's items as they are now (an item deleted since is simply absent). */
export async function itemTexts(db: Db, organizationId: string, ids: readonly string[]): Promise<ItemText[]> {
  if (ids.length === 0) return [];
  return db
    .select({
      id: feedbackItems.id,
      text: feedbackItems.text,
      occurredAt: feedbackItems.occurredAt,
      analysed: sql<boolean>`${itemAnalyses.itemId} is not null`,
    })
    .from(feedbackItems)
    .leftJoin(
      itemAnalyses,
      and(eq(itemAnalyses.itemId, feedbackItems.id), eq(itemAnalyses.organizationId, organizationId)),
    )
    .where(and(eq(feedbackItems.organizationId, organizationId), inArray(feedbackItems.id, [...ids])));
}

export interface ItemAnalysis {
  itemId: string;
  occurredAt: Date;
  /** Null for an item without a comment (or with its comment erased). */
  analysis: FeedbackAnalysis | null;
  themes: ReadonlyArray<{ themeId: string; sentiment: number }>;
}

/** Rows per statement: a few arrays bound however many rows. */
const THEME_ROWS = 5000;

/**
 * Stores a batch's analyses: each item's analysis and its theme rows replaced (an item without a
 * comment keeps neither), and none of the statements writes the items. The organization's verdicts
 * survive a new reading: a theme an agent disagreed with gets no `item_themes` row again, and a
 * corrected sentiment label is written back over the analyser's. An item left without a comment
 * (erased or emptied) loses its verdicts with its analysis.
 */
export async function saveAnalyses(
  db: Db,
  organizationId: string,
  analyses: readonly ItemAnalysis[],
): Promise<void> {
  if (analyses.length === 0) return;
  const ids = sql.param(analyses.map((a) => a.itemId));
  // Rewritten in place (an upsert), never deleted and inserted: a verdict locks this row, so a
  // new reading and a verdict on the same item take turns. Only an item left without a comment
  // loses its row.
  const stored = analyses.flatMap((a) => (a.analysis ? [{ ...a, analysis: a.analysis }] : []));
  for (let start = 0; start < stored.length; start += THEME_ROWS) {
    const part = stored.slice(start, start + THEME_ROWS);
    await db.execute(sql`
      insert into item_analyses (item_id, organization_id, sentiment_label, occurred_at, analysis)
      select u.item_id, ${organizationId}, u.label, u.occurred_at, u.analysis
      from unnest(
        ${sql.param(part.map((a) => a.itemId))}::uuid[],
        ${sql.param(part.map((a) => a.analysis.sentimentLabel ?? 'neutral'))}::text[],
        ${sql.param(part.map((a) => a.occurredAt.toISOString()))}::timestamptz[],
        ${sql.param(part.map((a) => JSON.stringify(a.analysis)))}::jsonb[]
      ) as u(item_id, label, occurred_at, analysis)
      on conflict (item_id) do update
        set sentiment_label = excluded.sentiment_label, occurred_at = excluded.occurred_at, analysis = excluded.analysis
        where item_analyses.organization_id = excluded.organization_id`);
  }
  const emptied = analyses.filter((a) => a.analysis === null).map((a) => a.itemId);
  if (emptied.length > 0)
    await db.execute(sql`
      delete from item_analyses
      where organization_id = ${organizationId} and item_id = any(${sql.param(emptied)}::uuid[])`);
  // Only items an agent corrected are touched (a handful): their label wins over the new reading.
  await db.execute(sql`
    update item_analyses ia
    set sentiment_label = v.label,
        analysis = ia.analysis || jsonb_build_object('sentimentLabel', v.label, 'analyserSentimentLabel', ia.analysis->'sentimentLabel')
    from sentiment_verdicts v
    where v.item_id = ia.item_id and v.organization_id = ia.organization_id and v.verdict = 'correct'
      and ia.organization_id = ${organizationId} and ia.item_id = any(${ids}::uuid[])`);
  if (emptied.length > 0)
    await db.execute(sql`
      with gone as (
        delete from theme_verdicts
        where organization_id = ${organizationId} and item_id = any(${sql.param(emptied)}::uuid[])
      )
      delete from sentiment_verdicts
      where organization_id = ${organizationId} and item_id = any(${sql.param(emptied)}::uuid[])`);
  await db.execute(sql`
    delete from item_themes
    where organization_id = ${organizationId} and item_id = any(${ids}::uuid[])`);
  const rows = analyses.flatMap((a) =>
    a.themes.map((t) => ({ itemId: a.itemId, occurredAt: a.occurredAt, ...t })),
  );
  for (let start = 0; start < rows.length; start += THEME_ROWS) {
    const part = rows.slice(start, start + THEME_ROWS);
    await db.execute(sql`
      insert into item_themes (organization_id, item_id, theme_id, sentiment, occurred_at)
      select ${organizationId}, u.item_id, u.theme_id, u.sentiment, u.occurred_at
      from unnest(
        ${sql.param(part.map((r) => r.itemId))}::uuid[],
        ${sql.param(part.map((r) => r.themeId))}::text[],
        ${sql.param(part.map((r) => String(r.sentiment)))}::real[],
        ${sql.param(part.map((r) => r.occurredAt.toISOString()))}::timestamptz[]
      ) as u(item_id, theme_id, sentiment, occurred_at)
      where not exists (
        select 1 from theme_verdicts v
        where v.item_id = u.item_id and v.theme_id = u.theme_id
          and v.organization_id = ${organizationId} and v.verdict = 'disagree')
      on conflict do nothing`);
  }
}
