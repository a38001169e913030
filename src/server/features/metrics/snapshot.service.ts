import { npsSnapshot } from '../../../domain/metrics/nps-snapshot.js';
import type { PercentEstimate } from '../../../domain/metrics/wilson.js';
import type { TNpsSnapshot, TNpsSnapshotQuery } from '../../../shared/contracts/metrics-snapshot.js';
import { THIN_BELOW } from '../../../shared/contracts/metrics.js';
import type { Db } from '../../db/client.js';
import { notFound } from '../../common/app-error.js';
import { surveyExists } from './metrics.repo.js';
import { snapshotCounts } from './snapshot.repo.js';

export interface SnapshotDeps {
  db: Db;
  now: () => Date;
}

const category = (n: number, share: PercentEstimate | null) => ({
  n,
  share: share?.percent ?? null,
  ci: share ? { low: share.low, high: share.high } : null,
});

/** `GET /api/v1/metrics/snapshot`: promoters, passives and detractors right now, by each contact's latest answer. */
export async function getNpsSnapshot(
  deps: SnapshotDeps,
  organizationId: string,
  q: TNpsSnapshotQuery,
): Promise<TNpsSnapshot> {
  if (q.surveyId !== undefined && !(await surveyExists(deps.db, organizationId, q.surveyId)))
    throw notFound('Survey');
  const asOf = q.asOf ? new Date(q.asOf) : deps.now();
  const c = await snapshotCounts(deps.db, organizationId, {
    segment: q.segment,
    region: q.region,
    product: q.product,
    surveyId: q.surveyId,
    asOf,
  });
  const s = npsSnapshot({ promoters: c.promoters, passives: c.passives, detractors: c.detractors });
  return {
    asOf: asOf.toISOString(),
    latestAnswerAt: c.latestAnswerAt?.toISOString() ?? null,
    contacts: c.contacts,
    respondents: s.n,
    askedNotAnswered: c.askedNotAnswered,
    neverAsked: c.neverAsked,
    promoters: category(c.promoters, s.promoters),
    passives: category(c.passives, s.passives),
    detractors: category(c.detractors, s.detractors),
    nps: s.nps ? { score: s.nps.score, ci: { low: s.nps.low, high: s.nps.high } } : null,
    isThin: s.n < THIN_BELOW,
  };
}
