import type { TThemeCandidate } from '../../../shared/contracts/theme-discovery.js';
import type { Embedder } from '../../../domain/text/discover-themes.js';
import type { Db } from '../../db/client.js';
import { openCandidates } from './open-candidates.js';
import { withFreeIds } from './free-candidate-ids.js';
import { discoverCandidateRows } from './theme-candidate-rows.js';
import { commentsOf, swapCandidates } from './theme-candidates.repo.js';
import { candidateDto } from './theme-discovery-dto.js';

/**
 * Several candidates become one: their members together, labelled and given examples again as
 * one group (so its id follows its new label words); the first one's name is kept.
 */
export async function mergeThemeCandidates(
  deps: { db: Db; now: () => Date; embedder?: Embedder | null | undefined },
  organizationId: string,
  ids: readonly string[],
): Promise<TThemeCandidate> {
  const parts = await openCandidates(deps.db, organizationId, ids);
  const memberIds = [...new Set(parts.flatMap((p) => p.itemIds))].sort();
  const comments = await commentsOf(deps.db, organizationId, memberIds);
  const first = parts[0] as (typeof parts)[number];
  const { rows } = await discoverCandidateRows(
    comments,
    { id: first.runId, at: deps.now() },
    {
      k: 1,
      minSize: 1,
      minShare: 0,
      minSimilarity: -1,
    },
    deps.embedder,
  );
  const merged = rows[0] ?? { ...first, itemIds: memberIds, size: memberIds.length };
  const [row] = await withFreeIds(
    deps.db,
    organizationId,
    [{ ...merged, name: first.name, itemIds: comments.map((c) => c.id), size: comments.length }],
    ids,
  );
  if (!row) throw new Error('a merge always makes one candidate');
  await swapCandidates(deps.db, organizationId, ids, [row]);
  return candidateDto(row);
}
