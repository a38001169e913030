import type { Db } from '../../db/client.js';
import type { Logger } from '../../logger.js';
import * as repo from './rollups.repo.js';

export interface RollupDeps {
  db: Db;
  logger?: Logger;
}

/**
 * Brings the rollups up to date for these items, off the answer path: new answers, changed
 * scores, moved or anonymised items alike (each item's last counted contribution is replaced by
 * its current one). `db` is the rollups stage's transaction.
 */
export async function applyRollupChanges(
  deps: RollupDeps,
  organizationId: string,
  itemIds: readonly string[],
): Promise<{ items: number; days: number }> {
  return repo.applyItemChanges(deps.db, organizationId, itemIds);
}

/** Rebuilds every rollup of an organization (after the demo fill, a bulk import, or to move old answers to current segments). */
export async function rebuildRollups(deps: RollupDeps, organizationId: string): Promise<{ rows: number }> {
  const rows = await repo.recomputeRollups(deps.db, organizationId, 'all');
  deps.logger?.info({ organizationId, rows }, 'metric rollups rebuilt');
  return { rows };
}
