import { AppError, notFound } from '../../common/app-error.js';
import type { Db } from '../../db/client.js';
import { findCandidates, type CandidateRow } from './theme-candidates.repo.js';

/** The open candidates of these ids, in the order asked: 404 for a missing one, 409 for a promoted or dismissed one. */
export async function openCandidates(
  db: Db,
  organizationId: string,
  ids: readonly string[],
): Promise<CandidateRow[]> {
  const rows = await findCandidates(db, organizationId, ids);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => {
    const row = byId.get(id);
    if (!row) throw notFound(`Theme candidate ${id}`);
    if (row.status !== 'candidate') throw new AppError('CONFLICT', `Theme candidate ${id} is ${row.status}`);
    return row;
  });
}
