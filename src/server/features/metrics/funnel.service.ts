import { asPercent, wilsonInterval } from '../../../domain/metrics/wilson.js';
import type { TFunnelQuery, TOrgFunnel } from '../../../shared/contracts/funnel.js';
import type { Db } from '../../db/client.js';
import { notFound } from '../../common/app-error.js';
import { isOpenTracking, NO_INVITATIONS, orgFunnelCounts } from './funnel.repo.js';
import { surveyExists } from './metrics.repo.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `GET /api/v1/metrics/funnel`: every survey invitation of the organization created in the
 * period, counted per step, and the response rate (answered of sent) with its Wilson interval.
 * A survey id that is not one of the organization's surveys is a 404, like the metrics API;
 * any other survey source has no invitations, so its funnel is empty.
 */
export async function getOrgFunnel(
  deps: { db: Db },
  organizationId: string,
  q: TFunnelQuery,
): Promise<TOrgFunnel> {
  if (q.surveyId && UUID.test(q.surveyId) && !(await surveyExists(deps.db, organizationId, q.surveyId)))
    throw notFound('Survey');
  const surveyId = q.surveyId && UUID.test(q.surveyId) ? q.surveyId : q.surveyId ? null : undefined;
  const [counts, tracking] = await Promise.all([
    surveyId === null ? null : orgFunnelCounts(deps.db, organizationId, { ...q, surveyId }),
    isOpenTracking(deps.db, organizationId),
  ]);
  const { answeredOfSent: answered, ...c } = counts ?? NO_INVITATIONS;
  // Open tracking is off by default (privacy): then "opened" is unknown, not zero.
  const funnel = { ...c, opened: tracking ? c.opened : null };
  const rate = c.sent > 0 ? asPercent(wilsonInterval(answered, c.sent)) : null;
  return {
    from: q.from ?? null,
    to: q.to ?? null,
    funnel,
    responseRate: rate
      ? { answered, sent: c.sent, percent: rate.percent, ci: { low: rate.low, high: rate.high } }
      : null,
  };
}
