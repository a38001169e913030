import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import {
  feedbackItems,
  itemAnalyses,
  sentimentVerdicts,
  themeVerdicts,
  user,
} from '../../db/schema/index.js';
import type { FeedbackAnalysis } from './item-analysis.repo.js';

export type SentimentLabel = 'positive' | 'neutral' | 'negative';
export type ThemeVerdictValue = 'agree' | 'disagree';

export interface VerdictBy {
  userId: string;
  name: string;
}

export interface StoredThemeVerdict {
  themeId: string;
  verdict: ThemeVerdictValue;
  by: VerdictBy | null;
  at: Date;
}

export interface StoredSentimentVerdict {
  verdict: 'agree' | 'correct';
  label: SentimentLabel;
  by: VerdictBy | null;
  at: Date;
}

export interface ItemVerdicts {
  themes: Map<string, StoredThemeVerdict>;
  sentiment: StoredSentimentVerdict | null;
}

type Rows<T> = { rows: T[] };

/**
 * The item's analysis, its row locked for the verdict's transaction: the text stage rewrites an
 * analysis in place (an upsert of that row) before it writes the theme rows, so a verdict and a new
 * reading of the comment take turns and never interleave. Undefined when the organization has no
 * such item; `analysis` null when it has no analysis (yet).
 */
export async function lockItemAnalysis(
  tx: Db,
  organizationId: string,
  itemId: string,
): Promise<{ analysis: FeedbackAnalysis | null } | undefined> {
  const [item] = await tx
    .select({ id: feedbackItems.id })
    .from(feedbackItems)
    .where(and(eq(feedbackItems.organizationId, organizationId), eq(feedbackItems.id, itemId)));
  if (!item) return undefined;
  const [row] = await tx
    .select({ analysis: itemAnalyses.analysis })
    .from(itemAnalyses)
    .where(and(eq(itemAnalyses.organizationId, organizationId), eq(itemAnalyses.itemId, itemId)))
    .for('update');
  return { analysis: row?.analysis ?? null };
}

export interface ThemeVerdictWrite {
  itemId: string;
  themeId: string;
  verdict: ThemeVerdictValue;
  analyser: string | null;
  byUserId: string | null;
  at: Date;
}

/**
 * Stores the latest verdict on an item's theme (replacing anyone's earlier one) and makes the
 * theme count or not: a disagreement removes the item's `item_themes` row, an agreement puts it
 * back from the stored analysis.
 */
export async function putThemeVerdict(tx: Db, organizationId: string, v: ThemeVerdictWrite): Promise<void> {
  await tx
    .insert(themeVerdicts)
    .values({ organizationId, ...v })
    .onConflictDoUpdate({
      target: [themeVerdicts.itemId, themeVerdicts.themeId],
      set: { verdict: v.verdict, analyser: v.analyser, byUserId: v.byUserId, at: v.at },
    });
  if (v.verdict === 'disagree') await dropThemeRow(tx, organizationId, v.itemId, v.themeId);
  else await restoreThemeRow(tx, organizationId, v.itemId, v.themeId);
}

/** Takes the verdict on an item's theme back: the theme counts again as the analyser found it. */
export async function deleteThemeVerdict(
  tx: Db,
  organizationId: string,
  itemId: string,
  themeId: string,
): Promise<void> {
  await tx
    .delete(themeVerdicts)
    .where(
      and(
        eq(themeVerdicts.organizationId, organizationId),
        eq(themeVerdicts.itemId, itemId),
        eq(themeVerdicts.themeId, themeId),
      ),
    );
  await restoreThemeRow(tx, organizationId, itemId, themeId);
}

async function dropThemeRow(tx: Db, organizationId: string, itemId: string, themeId: string) {
  await tx.execute(sql`
    delete from item_themes
    where organization_id = ${organizationId} and item_id = ${itemId} and theme_id = ${themeId}`);
}

/** The item's theme row as the stage wrote it, from the theme's entry in the stored analysis. */
async function restoreThemeRow(tx: Db, organizationId: string, itemId: string, themeId: string) {
  await tx.execute(sql`
    insert into item_themes (organization_id, item_id, theme_id, sentiment, occurred_at)
    select ia.organization_id, ia.item_id, d->>'id', (d->>'sentiment')::real, ia.occurred_at
    from item_analyses ia, jsonb_array_elements(coalesce(ia.analysis->'themeDetails', '[]'::jsonb)) as d
    where ia.organization_id = ${organizationId} and ia.item_id = ${itemId} and d->>'id' = ${themeId}
    on conflict do nothing`);
}

export interface SentimentVerdictWrite {
  itemId: string;
  verdict: 'agree' | 'correct';
  label: SentimentLabel;
  analyserLabel: SentimentLabel;
  analyser: string | null;
  byUserId: string | null;
  at: Date;
}

/**
 * Stores the latest verdict on an item's sentiment and writes the label that counts into the
 * item's analysis: a correction over the analyser's label (kept as `analyserSentimentLabel`), an
 * agreement the analyser's own.
 */
export async function putSentimentVerdict(
  tx: Db,
  organizationId: string,
  v: SentimentVerdictWrite,
): Promise<void> {
  await tx
    .insert(sentimentVerdicts)
    .values({ organizationId, ...v })
    .onConflictDoUpdate({
      target: sentimentVerdicts.itemId,
      set: {
        verdict: v.verdict,
        label: v.label,
        analyserLabel: v.analyserLabel,
        analyser: v.analyser,
        byUserId: v.byUserId,
        at: v.at,
      },
    });
  await setCountedLabel(tx, organizationId, v.itemId, v.verdict === 'correct' ? v.label : null);
}

/** Takes the sentiment verdict back: the analyser's label counts again. */
export async function deleteSentimentVerdict(tx: Db, organizationId: string, itemId: string): Promise<void> {
  await tx
    .delete(sentimentVerdicts)
    .where(and(eq(sentimentVerdicts.organizationId, organizationId), eq(sentimentVerdicts.itemId, itemId)));
  await setCountedLabel(tx, organizationId, itemId, null);
}

/** `label` over the analyser's, or (null) the analyser's label restored. */
async function setCountedLabel(tx: Db, organizationId: string, itemId: string, label: SentimentLabel | null) {
  const analyserLabel = sql`coalesce(analysis->'analyserSentimentLabel', analysis->'sentimentLabel')`;
  const next =
    label === null
      ? sql`(analysis - 'analyserSentimentLabel') || jsonb_build_object('sentimentLabel', ${analyserLabel})`
      : sql`analysis || jsonb_build_object('sentimentLabel', ${label}::text, 'analyserSentimentLabel', ${analyserLabel})`;
  await tx.execute(sql`
    update item_analyses set analysis = ${next}, sentiment_label = ${next}->>'sentimentLabel'
    where organization_id = ${organizationId} and item_id = ${itemId} and analysis ? 'sentimentLabel'`);
}

/** The verdicts on a page of items, with the name of whoever gave each: two statements. */
export async function verdictsOf(
  db: Db,
  organizationId: string,
  itemIds: readonly string[],
): Promise<Map<string, ItemVerdicts>> {
  const result = new Map<string, ItemVerdicts>();
  if (itemIds.length === 0) return result;
  const ids = [...new Set(itemIds)];
  const [themes, sentiments] = await Promise.all([
    db
      .select({
        itemId: themeVerdicts.itemId,
        themeId: themeVerdicts.themeId,
        verdict: themeVerdicts.verdict,
        byUserId: themeVerdicts.byUserId,
        byName: user.name,
        at: themeVerdicts.at,
      })
      .from(themeVerdicts)
      .leftJoin(user, eq(user.id, themeVerdicts.byUserId))
      .where(and(eq(themeVerdicts.organizationId, organizationId), inArray(themeVerdicts.itemId, ids))),
    db
      .select({
        itemId: sentimentVerdicts.itemId,
        verdict: sentimentVerdicts.verdict,
        label: sentimentVerdicts.label,
        byUserId: sentimentVerdicts.byUserId,
        byName: user.name,
        at: sentimentVerdicts.at,
      })
      .from(sentimentVerdicts)
      .leftJoin(user, eq(user.id, sentimentVerdicts.byUserId))
      .where(
        and(eq(sentimentVerdicts.organizationId, organizationId), inArray(sentimentVerdicts.itemId, ids)),
      ),
  ]);
  const of = (itemId: string): ItemVerdicts => {
    let v = result.get(itemId);
    if (!v) {
      v = { themes: new Map(), sentiment: null };
      result.set(itemId, v);
    }
    return v;
  };
  const by = (userId: string | null, name: string | null): VerdictBy | null =>
    userId !== null && name !== null ? { userId, name } : null;
  for (const t of themes)
    of(t.itemId).themes.set(t.themeId, {
      themeId: t.themeId,
      verdict: t.verdict as ThemeVerdictValue,
      by: by(t.byUserId, t.byName),
      at: t.at,
    });
  for (const s of sentiments)
    of(s.itemId).sentiment = {
      verdict: s.verdict as 'agree' | 'correct',
      label: s.label as SentimentLabel,
      by: by(s.byUserId, s.byName),
      at: s.at,
    };
  return result;
}

export interface LabelledRow {
  item_id: string;
  language: string | null;
  text: string;
  occurred_at: Date | string;
  /** `sentiment` or a theme id. */
  tag: string;
  analyser: string | null;
  /** For a theme: agree | disagree; for the sentiment: agree | correct. */
  verdict: string;
  /** For the sentiment: the label the agent says is right. */
  label: string | null;
  /** For the sentiment: what the analyser said when judged. */
  analyser_label: string | null;
  at: Date | string;
}

/**
 * The organization's labelled set: every verdict on an item that still has its comment, with the
 * comment, oldest verdict first. Erased comments are gone from it (their verdicts went with them).
 */
export async function labelledRows(db: Db, organizationId: string): Promise<LabelledRow[]> {
  const result = await db.execute(sql`
    select fi.id as item_id, ia.analysis->>'language' as language, fi.text, fi.occurred_at,
           v.tag, v.analyser, v.verdict, v.label, v.analyser_label, v.at
    from (
      select item_id, theme_id as tag, analyser, verdict, null::text as label, null::text as analyser_label, at
      from theme_verdicts where organization_id = ${organizationId}
      union all
      select item_id, 'sentiment', analyser, verdict, label, analyser_label, at
      from sentiment_verdicts where organization_id = ${organizationId}
    ) v
    join feedback_items fi on fi.id = v.item_id and fi.organization_id = ${organizationId}
    left join item_analyses ia on ia.item_id = fi.id and ia.organization_id = ${organizationId}
    where fi.text is not null
    order by fi.occurred_at, fi.id, v.tag`);
  return (result as unknown as Rows<LabelledRow>).rows;
}

/** Per theme: how many of the analyser's tags the organization agreed and disagreed with. */
export async function themeVerdictCounts(
  db: Db,
  organizationId: string,
): Promise<Array<{ theme_id: string; agreed: number; disagreed: number }>> {
  const result = await db.execute(sql`
    select theme_id,
           count(*) filter (where verdict = 'agree')::int as agreed,
           count(*) filter (where verdict = 'disagree')::int as disagreed
    from theme_verdicts
    where organization_id = ${organizationId}
    group by theme_id`);
  return (result as unknown as Rows<{ theme_id: string; agreed: number; disagreed: number }>).rows;
}

/** An item's stored analysis (undefined when the organization has no such item). */
export async function itemAnalysis(
  db: Db,
  organizationId: string,
  itemId: string,
): Promise<FeedbackAnalysis | null | undefined> {
  const [item] = await db
    .select({ analysis: itemAnalyses.analysis })
    .from(feedbackItems)
    .leftJoin(
      itemAnalyses,
      and(eq(itemAnalyses.itemId, feedbackItems.id), eq(itemAnalyses.organizationId, organizationId)),
    )
    .where(and(eq(feedbackItems.organizationId, organizationId), eq(feedbackItems.id, itemId)));
  return item ? item.analysis : undefined;
}

/**
 * Erasure (GDPR art. 17): the verdicts on the erased comments go with their text, in the erasure's
 * transaction, so the labelled set never holds a judgement about a comment that is gone.
 */
export async function forgetVerdicts(
  tx: Db,
  organizationId: string,
  itemIds: readonly string[],
): Promise<void> {
  if (itemIds.length === 0) return;
  const ids = [...itemIds];
  await tx
    .delete(themeVerdicts)
    .where(and(eq(themeVerdicts.organizationId, organizationId), inArray(themeVerdicts.itemId, ids)));
  await tx
    .delete(sentimentVerdicts)
    .where(and(eq(sentimentVerdicts.organizationId, organizationId), inArray(sentimentVerdicts.itemId, ids)));
}
