import type { TThemeCandidates } from '../../../shared/contracts/theme-discovery.js';
import type { Db } from '../../db/client.js';
import { listCandidates } from './theme-candidates.repo.js';
import { candidateDto } from './theme-discovery-dto.js';

/** The organization's open candidates, largest first (promoted and dismissed ones are history). */
export async function listThemeCandidates(db: Db, organizationId: string): Promise<TThemeCandidates> {
  const rows = await listCandidates(db, organizationId);
  return { candidates: rows.filter((r) => r.status === 'candidate').map(candidateDto) };
}
