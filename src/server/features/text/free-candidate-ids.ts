import { fnv1a } from '../../../domain/text/fnv1a.js';
import type { Db } from '../../db/client.js';
import { findCandidates, type CandidateRow } from './theme-candidates.repo.js';

/**
 * A merge or split labels its groups anew, and a new label can hash to the id of a candidate
 * promoted or dismissed earlier (or of another open one): such a row keeps its id and the new one
 * gets its members' hash appended, so nothing dismissed comes back and nothing open is overwritten.
 */
export async function withFreeIds(
  db: Db,
  organizationId: string,
  rows: readonly CandidateRow[],
  replacing: readonly string[],
): Promise<CandidateRow[]> {
  const taken = new Set(
    (
      await findCandidates(
        db,
        organizationId,
        rows.map((r) => r.id),
      )
    )
      .map((r) => r.id)
      .filter((id) => !replacing.includes(id)),
  );
  return rows.map((r) =>
    taken.has(r.id) ? { ...r, id: `${r.id}-${fnv1a([...r.itemIds].sort().join(',')).toString(36)}` } : r,
  );
}
