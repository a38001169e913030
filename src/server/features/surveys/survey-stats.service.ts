import { asPercent, wilsonInterval } from '../../../domain/metrics/wilson.js';
import { METRICS, type TMetric } from '../../../shared/contracts/metrics.js';
import type { SurveyMetric } from '../../../shared/contracts/survey-model.js';
import type { TSurveyStats } from '../../../shared/contracts/surveys-stats.js';
import type { Db } from '../../db/client.js';
import type { HistogramRow } from '../metrics/metrics.repo.js';
import { summariseGroup } from '../metrics/summarise-group.js';
import { listSurveys } from './surveys.repo.js';
import { invitationCounts, surveyHistograms } from './survey-stats.repo.js';

const isScored = (metric: SurveyMetric): metric is TMetric => (METRICS as readonly string[]).includes(metric);

/**
 * `GET /api/v1/surveys/stats`: answers, score with its interval and response rate of every survey,
 * in three queries whatever the number of surveys. The score is the one the metrics API gives
 * for `?surveyId=` (the same rollups, summarised by the same `summariseGroup`), so the list and
 * the overview never disagree.
 */
export async function listSurveyStats(deps: { db: Db }, organizationId: string): Promise<TSurveyStats[]> {
  const [rows, histograms, invitations] = await Promise.all([
    listSurveys(deps.db, organizationId),
    surveyHistograms(deps.db, organizationId),
    invitationCounts(deps.db, organizationId),
  ]);
  const bySurvey = new Map<string, HistogramRow[]>();
  for (const row of histograms) bySurvey.set(row.key, [...(bySurvey.get(row.key) ?? []), row]);
  return rows.map((survey) => {
    const sent = invitations.get(survey.id);
    const rate = sent && sent.sent > 0 ? asPercent(wilsonInterval(sent.answeredOfSent, sent.sent)) : null;
    const responseRate =
      rate && sent
        ? {
            answered: sent.answeredOfSent,
            sent: sent.sent,
            percent: rate.percent,
            ci: { low: rate.low, high: rate.high },
          }
        : null;
    if (!isScored(survey.metric))
      return { surveyId: survey.id, metric: survey.metric, n: null, score: null, ci: null, responseRate };
    const group = summariseGroup(
      survey.metric,
      { key: survey.id, rows: bySurvey.get(survey.id) ?? [] },
      { weighted: false },
    );
    return {
      surveyId: survey.id,
      metric: survey.metric,
      n: group.n,
      score: group.score,
      ci: group.ci,
      responseRate,
    };
  });
}
