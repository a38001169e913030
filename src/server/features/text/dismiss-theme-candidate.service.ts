import type { TThemeCandidate } from '../../../shared/contracts/theme-discovery.js';
import { notFound } from '../../common/app-error.js';
import type { Db } from '../../db/client.js';
import { updateCandidate } from './theme-candidates.repo.js';
import { candidateDto } from './theme-discovery-dto.js';

/** Dismissed: not offered again, also when a later run finds the same group (same id). */
export async function dismissThemeCandidate(
  db: Db,
  organizationId: string,
  id: string,
): Promise<TThemeCandidate> {
  const row = await updateCandidate(db, organizationId, id, { status: 'dismissed' });
  if (!row) throw notFound('Theme candidate');
  return candidateDto(row);
}
