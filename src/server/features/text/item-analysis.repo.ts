import { and, eq, inArray, sql } from 'drizzle-orm';
import { bulkInsert } from '../../db/bulk-insert.js';
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

/**
 * Stores a batch's analyses: each item's analysis and its theme rows replaced (an item without a
 * comment keeps neither). Four statements however many items, and none of them writes the items.
 */
export async function saveAnalyses(
  db: Db,
  organizationId: string,
  analyses: readonly ItemAnalysis[],
): Promise<void> {
  if (analyses.length === 0) return;
  const ids = sql.param(analyses.map((a) => a.itemId));
  await db.execute(sql`
    delete from item_analyses
    where organization_id = ${organizationId} and item_id = any(${ids}::uuid[])`);
  const stored = analyses.flatMap((a) => (a.analysis ? [{ ...a, analysis: a.analysis }] : []));
  await bulkInsert<(typeof stored)[number]>(
    db,
    'item_analyses',
    [
      { name: 'item_id', type: 'uuid', value: (a) => a.itemId },
      { name: 'organization_id', type: 'text', value: () => organizationId },
      { name: 'sentiment_label', type: 'text', value: (a) => a.analysis.sentimentLabel ?? 'neutral' },
      { name: 'occurred_at', type: 'timestamptz', value: (a) => a.occurredAt },
      { name: 'analysis', type: 'jsonb', value: (a) => ({ ...a.analysis }) },
    ],
    stored,
  );
  await db.execute(sql`
    delete from item_themes
    where organization_id = ${organizationId} and item_id = any(${ids}::uuid[])`);
  const rows = analyses.flatMap((a) =>
    a.themes.map((t) => ({ itemId: a.itemId, occurredAt: a.occurredAt, ...t })),
  );
  await bulkInsert<(typeof rows)[number]>(
    db,
    'item_themes',
    [
      { name: 'organization_id', type: 'text', value: () => organizationId },
      { name: 'item_id', type: 'uuid', value: (r) => r.itemId },
      { name: 'theme_id', type: 'text', value: (r) => r.themeId },
      { name: 'sentiment', type: 'double precision', value: (r) => r.sentiment },
      { name: 'occurred_at', type: 'timestamptz', value: (r) => r.occurredAt },
    ],
    rows,
  );
}
