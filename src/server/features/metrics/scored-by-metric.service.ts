import type { Db } from '../../db/client.js';
import { rolledUpAnswersByMetric, scoredItemsOutsideRollups } from './rollups.repo.js';

/**
 * Scored items per metric, most first, then by metric: nps, csat and ces on their scales from
 * the rollups (the numbers the metrics API reports), the scores no rollup holds (a source's
 * stars, brand and rating questions) counted from the items. Per metric the sum is the count of
 * its scored items once the rollups have taken in the latest answers (`feedback.ingested`).
 */
export async function scoredByMetric(
  deps: { db: Db },
  organizationId: string,
): Promise<{ metric: string; n: number }[]> {
  const [rolledUp, outside] = await Promise.all([
    rolledUpAnswersByMetric(deps.db, organizationId),
    scoredItemsOutsideRollups(deps.db, organizationId),
  ]);
  const counts = new Map<string, number>();
  for (const { metric, n } of [...rolledUp, ...outside]) counts.set(metric, (counts.get(metric) ?? 0) + n);
  return [...counts]
    .filter(([, n]) => n > 0)
    .map(([metric, n]) => ({ metric, n }))
    .sort((a, b) => b.n - a.n || (a.metric < b.metric ? -1 : a.metric > b.metric ? 1 : 0));
}
