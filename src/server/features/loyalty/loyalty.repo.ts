import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { surveys } from '../../db/schema/index.js';
import { LOYALTY_HORIZON_DAYS, REPURCHASE_EVENT_TYPES } from '../../../shared/contracts/loyalty.js';

export async function surveyExists(db: Db, organizationId: string, surveyId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: surveys.id })
    .from(surveys)
    .where(and(eq(surveys.organizationId, organizationId), eq(surveys.id, surveyId)));
  return row !== undefined;
}

/** One contact as loyalty economics needs it; times in epoch milliseconds. */
export interface LoyaltyRow {
  /** The latest NPS answer in the window; null for a non-respondent. */
  score: number | null;
  /** The answer's time, or the non-respondents' reference time. */
  surveyAtMs: number;
  revenue: number | null;
  customerSinceMs: number | null;
  churnedAtMs: number | null;
  /** A purchase or renewal within the horizon after survey time. */
  repurchased: boolean;
}

export interface LoyaltyRows {
  /** The non-respondents' survey time. */
  referenceMs: number;
  rows: LoyaltyRow[];
}

export interface LoyaltyRowsQuery {
  from: Date;
  to: Date;
  surveyId: string | undefined;
}

interface RawRow {
  score: number | null;
  reference_ms: number;
  survey_at_ms: number;
  revenue: number | null;
  customer_since_ms: number | null;
  churned_at_ms: number | null;
  repurchased: boolean;
}

/**
 * Every contact of the organization with its latest NPS answer in the window (none for a
 * non-respondent) and whether it bought again within the horizon after survey time. The
 * non-respondents' survey time is the median of the respondents' answer times (the window's
 * middle without respondents), so both groups are followed over the same stretch of time.
 * Epochs come back as float8: node-postgres hands `numeric` over as a string, PGlite as a number.
 */
export async function loyaltyRows(db: Db, organizationId: string, q: LoyaltyRowsQuery): Promise<LoyaltyRows> {
  const middle = new Date((q.from.getTime() + q.to.getTime()) / 2);
  const surveyJoin = q.surveyId
    ? sql`join survey_responses sr on sr.feedback_item_id = fi.id and sr.organization_id = ${organizationId} and sr.survey_id = ${q.surveyId}::uuid`
    : sql``;
  const types = sql.join(
    REPURCHASE_EVENT_TYPES.map((t) => sql`${t}`),
    sql`, `,
  );
  const result = await db.execute<RawRow & Record<string, unknown>>(sql`
    with latest as (
      select distinct on (fi.contact_id) fi.contact_id, fi.score, fi.occurred_at
      from feedback_items fi ${surveyJoin}
      where fi.organization_id = ${organizationId} and fi.metric = 'nps' and fi.score between 0 and 10 and fi.contact_id is not null
        and fi.occurred_at >= ${q.from.toISOString()}::timestamptz and fi.occurred_at < ${q.to.toISOString()}::timestamptz
      order by fi.contact_id, fi.occurred_at desc, fi.id desc
    ), ref_time as (
      select coalesce(percentile_disc(0.5) within group (order by occurred_at), ${middle.toISOString()}::timestamptz) as at from latest
    ), base as (
      select c.id, c.revenue, c.customer_since, c.churned_at, l.score, coalesce(l.occurred_at, r.at) as survey_at, r.at as reference_at
      from contacts c cross join ref_time r left join latest l on l.contact_id = c.id
      where c.organization_id = ${organizationId}
    )
    select b.score, b.revenue,
      (extract(epoch from b.survey_at) * 1000)::float8 as survey_at_ms,
      (extract(epoch from b.reference_at) * 1000)::float8 as reference_ms,
      (extract(epoch from b.customer_since) * 1000)::float8 as customer_since_ms,
      (extract(epoch from b.churned_at) * 1000)::float8 as churned_at_ms,
      exists (
        select 1 from contact_events e
        where e.organization_id = ${organizationId} and e.contact_id = b.id and e.type in (${types})
          and e.occurred_at > b.survey_at and e.occurred_at <= b.survey_at + ${`${LOYALTY_HORIZON_DAYS} days`}::interval
      ) as repurchased
    from base b`);
  const raw = (result as unknown as { rows: RawRow[] }).rows;
  // Without contacts the query has no row to carry the reference: the window's middle it is.
  const referenceMs = raw[0] ? Number(raw[0].reference_ms) : middle.getTime();
  const rows = raw.map((r) => ({
    score: r.score === null ? null : Number(r.score),
    surveyAtMs: Number(r.survey_at_ms),
    revenue: r.revenue === null ? null : Number(r.revenue),
    customerSinceMs: r.customer_since_ms === null ? null : Number(r.customer_since_ms),
    churnedAtMs: r.churned_at_ms === null ? null : Number(r.churned_at_ms),
    repurchased: r.repurchased === true,
  }));
  return { referenceMs, rows };
}
