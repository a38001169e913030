import { and, eq, inArray, sql } from 'drizzle-orm';
import { bulkUpdate } from '../../db/bulk-insert.js';
import type { Db } from '../../db/client.js';
import { feedbackItems, type FeedbackAnalysis } from '../../db/schema/index.js';

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
      analysed: sql<boolean>`${feedbackItems.analysis} is not null`,
    })
    .from(feedbackItems)
    .where(and(eq(feedbackItems.organizationId, organizationId), inArray(feedbackItems.id, [...ids])));
}

export interface ItemAnalysis {
  itemId: string;
  occurredAt: Date;
  /** Null for an item without a comment (or with its comment erased). */
  analysis: FeedbackAnalysis | null;
  themes: ReadonlyArray<{ themeId: string; sentiment: number }>;
}

/** Theme rows per statement: four arrays bound however many rows. */
const THEME_ROWS = 5000;

/**
 * Stores a batch's analyses: each item's `analysis` set, its theme rows replaced. The
 * organization's verdicts survive a new reading: a theme an agent disagreed with gets no
 * `item_themes` row again, and a corrected sentiment label is written back over the analyser's.
 * An item left without a comment (erased or emptied) loses its verdicts with its analysis.
 * Four statements however many items (five when some lost their comment).
 */
export async function saveAnalyses(
  db: Db,
  organizationId: string,
  analyses: readonly ItemAnalysis[],
): Promise<void> {
  if (analyses.length === 0) return;
  const ids = sql.param(analyses.map((a) => a.itemId));
  await bulkUpdate<ItemAnalysis>(
    db,
    'feedback_items',
    [
      { name: 'id', type: 'uuid', value: (a) => a.itemId },
      { name: 'organization_id', type: 'text', value: () => organizationId },
    ],
    [{ name: 'analysis', type: 'jsonb', value: (a) => (a.analysis ? { ...a.analysis } : null) }],
    analyses,
  );
  await db.execute(sql`
    update feedback_items fi
    set analysis = fi.analysis || jsonb_build_object('sentimentLabel', v.label, 'analyserSentimentLabel', fi.analysis->'sentimentLabel')
    from sentiment_verdicts v
    where v.item_id = fi.id and v.organization_id = fi.organization_id and v.verdict = 'correct'
      and fi.organization_id = ${organizationId} and fi.id = any(${ids}::uuid[])
      and fi.analysis ? 'sentimentLabel'`);
  const withoutComment = analyses.filter((a) => a.analysis === null).map((a) => a.itemId);
  if (withoutComment.length > 0)
    await db.execute(sql`
      with gone as (
        delete from theme_verdicts
        where organization_id = ${organizationId} and item_id = any(${sql.param(withoutComment)}::uuid[])
      )
      delete from sentiment_verdicts
      where organization_id = ${organizationId} and item_id = any(${sql.param(withoutComment)}::uuid[])`);
  await db.execute(sql`
    delete from item_themes
    where organization_id = ${organizationId}
      and item_id = any(${ids}::uuid[])`);
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
