import type { TThemeCandidate } from '../../../shared/contracts/theme-discovery.js';
import { AppError } from '../../common/app-error.js';
import type { Embedder } from '../../../domain/text/discover-themes.js';
import type { Db } from '../../db/client.js';
import { openCandidates } from './open-candidates.js';
import { withFreeIds } from './free-candidate-ids.js';
import { discoverCandidateRows } from './theme-candidate-rows.js';
import { commentsOf, swapCandidates } from './theme-candidates.repo.js';
import { candidateDto } from './theme-discovery-dto.js';

/** One candidate becomes two: its members clustered again with k = 2, each half labelled anew. */
export async function splitThemeCandidate(
  deps: { db: Db; now: () => Date; embedder?: Embedder | null | undefined },
  organizationId: string,
  id: string,
): Promise<TThemeCandidate[]> {
  const [candidate] = await openCandidates(deps.db, organizationId, [id]);
  const comments = await commentsOf(deps.db, organizationId, [...(candidate?.itemIds ?? [])].sort());
  const { rows } = await discoverCandidateRows(
    comments,
    { id: candidate?.runId ?? id, at: deps.now() },
    {
      k: 2,
      minSize: 1,
      minShare: 0,
      minSimilarity: -1,
    },
    deps.embedder,
  );
  if (rows.length < 2)
    throw new AppError(
      'CONFLICT',
      'The candidate’s comments do not fall into two groups (too few or all alike)',
    );
  const halves = await withFreeIds(deps.db, organizationId, rows, [id]);
  await swapCandidates(deps.db, organizationId, [id], halves);
  return halves.map(candidateDto);
}
