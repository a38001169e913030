import { randomUUID } from 'node:crypto';
import type { TDiscoverThemesInput, TDiscoveryResult } from '../../../shared/contracts/theme-discovery.js';
import type { Embedder } from '../../../domain/text/discover-themes.js';
import type { Db } from '../../db/client.js';
import { discoverCandidateRows } from './theme-candidate-rows.js';
import { listCandidates, replaceOpenCandidates, untaggedComments } from './theme-candidates.repo.js';
import { candidateDto } from './theme-discovery-dto.js';

/**
 * A discovery run: the period's most recent comments that no theme claimed (at most `limit`) are
 * grouped into candidate themes, which replace the open candidates of earlier runs. Runs in the
 * request: 20,000 comments take seconds (the bench measures 50,000).
 */
export async function discoverThemeCandidates(
  deps: { db: Db; now: () => Date; embedder?: Embedder | null | undefined },
  organizationId: string,
  input: TDiscoverThemesInput,
): Promise<TDiscoveryResult> {
  const comments = await untaggedComments(
    deps.db,
    organizationId,
    new Date(`${input.from}T00:00:00Z`),
    new Date(`${input.to}T00:00:00Z`),
    input.limit,
  );
  const { rows, unclustered } = await discoverCandidateRows(
    comments,
    { id: randomUUID(), at: deps.now() },
    {},
    deps.embedder,
  );
  await replaceOpenCandidates(deps.db, organizationId, rows);
  const stored = new Set(rows.map((r) => r.id));
  return {
    grouped: comments.length,
    unclustered,
    candidates: (await listCandidates(deps.db, organizationId))
      .filter((c) => stored.has(c.id) && c.status === 'candidate')
      .map(candidateDto),
  };
}
