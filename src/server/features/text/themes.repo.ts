import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';

export interface ThemeRow {
  theme_id: string;
  mentions: number;
  sentiment: number | null;
  negative: number;
  promoters: number;
  passives: number;
  detractors: number;
}

export interface PeriodTotals {
  analysed: number;
  promoters: number;
  passives: number;
  detractors: number;
}

type Rows<T> = { rows: T[] };

/** Per theme: its mentions in the period, their sentiment, and the NPS answers among them. */
export async function themeRows(db: Db, organizationId: string, from: Date, to: Date): Promise<ThemeRow[]> {
  const result = await db.execute(sql`
    select t.theme_id,
           count(*)::int as mentions,
           avg(t.sentiment)::float8 as sentiment,
           count(*) filter (where t.sentiment < 0)::int as negative,
           count(*) filter (where fi.metric = 'nps' and fi.score >= 9)::int as promoters,
           count(*) filter (where fi.metric = 'nps' and fi.score between 7 and 8)::int as passives,
           count(*) filter (where fi.metric = 'nps' and fi.score between 0 and 6)::int as detractors
    from item_themes t
    join feedback_items fi on fi.id = t.item_id and fi.organization_id = t.organization_id
    where t.organization_id = ${organizationId} and t.occurred_at >= ${from} and t.occurred_at < ${to}
    group by t.theme_id`);
  return (result as unknown as Rows<ThemeRow>).rows.map((r) => ({
    ...r,
    sentiment: r.sentiment === null ? null : Number(r.sentiment),
  }));
}

/** The period's analysed comments and its NPS answers (with a comment or without). */
export async function periodTotals(
  db: Db,
  organizationId: string,
  from: Date,
  to: Date,
): Promise<PeriodTotals> {
  const result = await db.execute(sql`
    select (select count(*) from item_analyses
            where organization_id = ${organizationId} and occurred_at >= ${from} and occurred_at < ${to})::int as analysed,
           count(*) filter (where metric = 'nps' and score >= 9)::int as promoters,
           count(*) filter (where metric = 'nps' and score between 7 and 8)::int as passives,
           count(*) filter (where metric = 'nps' and score between 0 and 6)::int as detractors
    from feedback_items
    where organization_id = ${organizationId} and occurred_at >= ${from} and occurred_at < ${to}`);
  const [row] = (result as unknown as Rows<PeriodTotals>).rows;
  return row ?? { analysed: 0, promoters: 0, passives: 0, detractors: 0 };
}

/** Mentions per theme in a window (the baseline a period's shares are tested against). */
export async function themeMentions(
  db: Db,
  organizationId: string,
  from: Date,
  to: Date,
): Promise<Map<string, number>> {
  const result = await db.execute(sql`
    select theme_id, count(*)::int as mentions
    from item_themes
    where organization_id = ${organizationId} and occurred_at >= ${from} and occurred_at < ${to}
    group by theme_id`);
  return new Map(
    (result as unknown as Rows<{ theme_id: string; mentions: number }>).rows.map((r) => [
      r.theme_id,
      r.mentions,
    ]),
  );
}

/** The analysed comments of a window. */
export async function analysedComments(
  db: Db,
  organizationId: string,
  from: Date,
  to: Date,
): Promise<number> {
  const result = await db.execute(sql`
    select count(*)::int as analysed
    from item_analyses
    where organization_id = ${organizationId} and occurred_at >= ${from} and occurred_at < ${to}`);
  return (result as unknown as Rows<{ analysed: number }>).rows[0]?.analysed ?? 0;
}
