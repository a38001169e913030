import { sql, type SQL } from 'drizzle-orm';
import { alias, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { itemThemes } from '../../db/schema/index.js';
import type { SentimentLabel } from '../../../shared/contracts/text-analysis.js';

/** What the text stage read in a comment, as filters narrow to it (`textFilterFields`). */
export interface TextFilter {
  theme?: string | undefined;
  sentiment?: SentimentLabel | undefined;
}

/**
 * The item columns a condition reads, as the calling query has them in scope (a Drizzle column
 * or, in a hand-written statement, `sql\`fi.id\``), so no caller's table names are assumed.
 */
export interface AnalysedItem {
  id: AnyPgColumn | SQL;
}

/** The item's period, restated on `item_themes.occurred_at` (the item's own time, copied) so the index's time range is used. */
export interface ItemPeriod {
  from?: Date | undefined;
  to?: Date | undefined;
}

/** Named apart, so no item_themes of the caller's query is shadowed or meant. */
const FILTER_THEME = 'filter_theme';
const filterTheme = alias(itemThemes, FILTER_THEME);

/**
 * The conditions for a theme and a sentiment, scoped by organization. A theme is a semi-join on
 * `item_themes` that PostgreSQL serves from its primary key (item, theme) per item or from the
 * (organization, theme, time) index for the whole period, whichever is cheaper; the sentiment is
 * the comment's label as stored (`item_analyses.sentiment_label`, an agent's correction over the
 * analyser's), read by the item's primary key, so an item without an analysed comment matches no
 * sentiment.
 */
export function textConditions(
  item: AnalysedItem,
  organizationId: string,
  f: TextFilter,
  period: ItemPeriod = {},
): SQL[] {
  const where: SQL[] = [];
  if (f.theme !== undefined) {
    const t = filterTheme;
    const bounds: SQL[] = [];
    if (period.from) bounds.push(sql` and ${t.occurredAt} >= ${period.from.toISOString()}::timestamptz`);
    if (period.to) bounds.push(sql` and ${t.occurredAt} < ${period.to.toISOString()}::timestamptz`);
    where.push(sql`exists (select 1 from ${itemThemes} as ${sql.identifier(FILTER_THEME)}
      where ${t.organizationId} = ${organizationId} and ${t.themeId} = ${f.theme} and ${t.itemId} = ${item.id}${sql.join(bounds)})`);
  }
  if (f.sentiment !== undefined)
    where.push(sql`exists (select 1 from item_analyses filter_analysis
      where filter_analysis.item_id = ${item.id} and filter_analysis.organization_id = ${organizationId}
        and filter_analysis.sentiment_label = ${f.sentiment})`);
  return where;
}
