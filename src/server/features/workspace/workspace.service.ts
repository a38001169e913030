import type { TWorkspaceSummary } from '../../../shared/contracts/workspace.js';
import type { Db } from '../../db/client.js';
import { iso } from '../../common/iso.js';
import { scoredByMetric } from '../metrics/scored-by-metric.service.js';
import * as repo from './workspace.repo.js';

export interface WorkspaceDeps {
  db: Db;
}

/**
 * What the organization holds: contacts, feedback per channel, scored answers per metric,
 * languages and the time span (the overview's glance). The scored answers of the survey metrics
 * come from the rollups, like every score the overview shows; the rest counts items no rollup holds.
 */
export async function getWorkspaceSummary(
  deps: WorkspaceDeps,
  organizationId: string,
): Promise<TWorkspaceSummary> {
  const [contacts, totals, byChannel, byMetric, languages] = await Promise.all([
    repo.countContacts(deps.db, organizationId),
    repo.feedbackTotals(deps.db, organizationId),
    repo.feedbackByChannel(deps.db, organizationId),
    scoredByMetric(deps, organizationId),
    repo.feedbackByLanguage(deps.db, organizationId),
  ]);
  return {
    contacts,
    feedbackItems: totals.n,
    byChannel,
    byMetric,
    languages,
    firstAt: iso(totals.firstAt),
    lastAt: iso(totals.lastAt),
  };
}
