import type { TThemeCandidate } from '../../../shared/contracts/theme-discovery.js';
import { notFound } from '../../common/app-error.js';
import type { Db } from '../../db/client.js';
import { updateCandidate } from './theme-candidates.repo.js';
import { candidateDto } from './theme-discovery-dto.js';

export async function renameThemeCandidate(
  db: Db,
  organizationId: string,
  id: string,
  name: string,
): Promise<TThemeCandidate> {
  const row = await updateCandidate(db, organizationId, id, { name });
  if (!row) throw notFound('Theme candidate');
  return candidateDto(row);
}
