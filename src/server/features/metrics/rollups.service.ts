import type { Db } from '../../db/client.js';
import type { Logger } from '../../logger.js';
import * as repo from './rollups.repo.js';

export interface RollupDeps {
  db: Db;
  logger?: Logger;
}

/**
 * Brings the rollups of the days these items fall on up to date: new answers, changed scores
 * and anonymised items alike, since each day is re-aggregated from its raw items. Called by the
 * `feedback.ingested` job, off the answer path.
 */
export async function refreshRollupsForItems(deps: RollupDeps, organizationId: string, itemIds: readonly string[]): Promise<{ days: number; rows: number }> {
  const days = await repo.daysOfItems(deps.db, organizationId, itemIds);
  const rows = await repo.recomputeRollups(deps.db, organizationId, days);
  return { days: days.length, rows };
}

/** Rebuilds every rollup of an organization (after the demo fill, a bulk import, or to move old answers to current segments). */
export async function rebuildRollups(deps: RollupDeps, organizationId: string): Promise<{ rows: number }> {
  const rows = await repo.recomputeRollups(deps.db, organizationId, 'all');
  deps.logger?.info({ organizationId, rows }, 'metric rollups rebuilt');
  return { rows };
}
