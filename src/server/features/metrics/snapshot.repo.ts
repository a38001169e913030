import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';

export interface SnapshotFilter {
  segment?: string | undefined;
  region?: string | undefined;
  product?: string | undefined;
  surveyId?: string | undefined;
  asOf: Date;
}

export interface SnapshotCounts {
  contacts: number;
  promoters: number;
  passives: number;
  detractors: number;
  askedNotAnswered: number;
  neverAsked: number;
  latestAnswerAt: Date | null;
}

interface RawRow {
  contacts: number;
  promoters: number;
  passives: number;
  detractors: number;
  asked_not_answered: number;
  never_asked: number;
  latest_at: Date | string | null;
}

/**
 * One pass over the organization's contacts in scope: each one's latest NPS answer up to `asOf`
 * (on the canonical 0–10 scale; erased answers have no contact and drop out), and for those
 * without one whether an NPS survey was ever sent to them. Everything is scoped by organization,
 * the joined survey tables included.
 */
export async function snapshotCounts(
  db: Db,
  organizationId: string,
  f: SnapshotFilter,
): Promise<SnapshotCounts> {
  const asOf = f.asOf.toISOString();
  const inScope = sql.join(
    [
      sql`c.organization_id = ${organizationId}`,
      f.segment !== undefined ? sql`c.segment = ${f.segment}` : sql`true`,
      f.region !== undefined ? sql`c.region = ${f.region}` : sql`true`,
    ],
    sql` and `,
  );
  const answerProduct = f.product !== undefined ? sql`and fi.product = ${f.product}` : sql``;
  const surveyJoin =
    f.surveyId !== undefined
      ? sql`join survey_responses sr on sr.feedback_item_id = fi.id and sr.organization_id = ${organizationId} and sr.survey_id = ${f.surveyId}::uuid`
      : sql``;
  const usesProduct =
    f.product !== undefined
      ? sql`and (c.products_used @> ${JSON.stringify([f.product])}::jsonb or l.contact_id is not null)`
      : sql``;
  const askedSurvey =
    f.surveyId !== undefined ? sql`si.survey_id = ${f.surveyId}::uuid` : sql`s.metric = 'nps'`;
  const result = await db.execute<RawRow & Record<string, unknown>>(sql`
    with latest as (
      select distinct on (fi.contact_id) fi.contact_id, fi.score, fi.occurred_at
      from feedback_items fi ${surveyJoin}
      where fi.organization_id = ${organizationId} and fi.contact_id is not null
        and fi.metric = 'nps' and fi.score between 0 and 10 and coalesce(fi.scale_max, 10) = 10
        and fi.occurred_at <= ${asOf}::timestamptz ${answerProduct}
      order by fi.contact_id, fi.occurred_at desc, fi.id desc
    ), scoped as (
      select c.id, l.score, l.occurred_at, l.contact_id is not null as answered
      from contacts c left join latest l on l.contact_id = c.id
      where ${inScope} ${usesProduct}
    )
    select count(*)::int as contacts,
      (count(*) filter (where score >= 9))::int as promoters,
      (count(*) filter (where score between 7 and 8))::int as passives,
      (count(*) filter (where score <= 6))::int as detractors,
      (count(*) filter (where not answered and asked))::int as asked_not_answered,
      (count(*) filter (where not answered and not asked))::int as never_asked,
      max(occurred_at) as latest_at
    from (
      select sc.*, exists (
        select 1 from survey_invitations si join surveys s on s.id = si.survey_id and s.organization_id = ${organizationId}
        where si.organization_id = ${organizationId} and si.contact_id = sc.id and si.sent_at is not null and si.sent_at <= ${asOf}::timestamptz and ${askedSurvey}
      ) as asked
      from scoped sc
    ) x`);
  const row = (result as unknown as { rows: RawRow[] }).rows[0];
  if (!row) throw new Error('snapshot query returned no row');
  return {
    contacts: Number(row.contacts),
    promoters: Number(row.promoters),
    passives: Number(row.passives),
    detractors: Number(row.detractors),
    askedNotAnswered: Number(row.asked_not_answered),
    neverAsked: Number(row.never_asked),
    latestAnswerAt: row.latest_at === null ? null : new Date(row.latest_at),
  };
}
