import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { metricRollups, surveyInvitations, surveys } from '../../db/schema/index.js';
import type { HistogramRow } from '../metrics/metrics.repo.js';

/**
 * Every survey's score histogram, in its current metric, from the per-survey rollups: one grouped
 * query for all surveys of the organization (keyed by survey id). The rollups and the join are
 * both held to the organization, so another tenant's items naming this survey as their source
 * never count.
 */
export async function surveyHistograms(db: Db, organizationId: string): Promise<HistogramRow[]> {
  const r = metricRollups;
  const rows = await db
    .select({
      key: r.survey,
      score: r.score,
      n: sql<number>`sum(${r.n})::int`,
      weightedN: sql<number>`sum(${r.weightedN})::int`,
      sumWeight: sql<number>`sum(${r.sumWeight})::float8`,
      sumWeightSq: sql<number>`sum(${r.sumWeightSq})::float8`,
    })
    .from(r)
    .innerJoin(
      surveys,
      and(
        eq(surveys.organizationId, organizationId),
        sql`${surveys.id}::text = ${r.survey}`,
        eq(surveys.metric, r.metric),
      ),
    )
    .where(and(eq(r.organizationId, organizationId), eq(r.grain, 'survey')))
    .groupBy(r.survey, r.score);
  return rows.map((row) => ({
    key: row.key,
    score: row.score,
    n: Number(row.n),
    weightedN: Number(row.weightedN),
    sumWeight: Number(row.sumWeight),
    sumWeightSq: Number(row.sumWeightSq),
  }));
}

export interface SurveyInvitationCounts {
  sent: number;
  /** Answered among the sent ones: the response rate's numerator, as the funnel counts it. */
  answeredOfSent: number;
}

/** Sent and answered invitations per survey of the organization, one grouped scan. */
export async function invitationCounts(
  db: Db,
  organizationId: string,
): Promise<Map<string, SurveyInvitationCounts>> {
  const i = surveyInvitations;
  const rows = await db
    .select({
      surveyId: i.surveyId,
      sent: sql<number>`(count(*) filter (where ${i.sentAt} is not null))::int`,
      answeredOfSent: sql<number>`(count(*) filter (where ${i.sentAt} is not null and ${i.answeredAt} is not null))::int`,
    })
    .from(i)
    .where(eq(i.organizationId, organizationId))
    .groupBy(i.surveyId);
  return new Map(
    rows.map((row) => [row.surveyId, { sent: Number(row.sent), answeredOfSent: Number(row.answeredOfSent) }]),
  );
}
