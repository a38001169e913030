import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';

export { inTransaction } from '../db/in-transaction.js';

type Rows<T> = { rows: T[] };

/**
 * Takes the marks of the subjects for `stage` and locks them until the transaction ends, in id
 * order so two jobs of one stage never wait on each other in a circle. Returns the version each
 * subject was processed up to (0 for one never seen) and which marks were inserted just now.
 *
 * A subject never seen is inserted right away at `versions`' (the batch's highest) version: the
 * handler's work commits in the same transaction or not at all, so the mark needs no second write
 * for it (most subjects are new items, and every stage marks each one). A job waiting on another's
 * insert of the same subject conflicts once that commits and reads its raised version.
 */
export async function lockMarks(
  tx: Db,
  stage: string,
  organizationId: string,
  versions: ReadonlyMap<string, number>,
): Promise<{ processed: Map<string, number>; inserted: Set<string> }> {
  const ids = [...versions.keys()].sort();
  if (ids.length === 0) return { processed: new Map(), inserted: new Set() };
  const result = (await tx.execute(sql`
    insert into pipeline_marks (stage, subject_id, organization_id, version)
    select ${stage}, v.s, ${organizationId}, v.version
    from unnest(${sql.param(ids)}::uuid[], ${sql.param(ids.map((id) => versions.get(id) ?? 0))}::int[]) as v(s, version)
    order by v.s
    on conflict (stage, subject_id) do update set version = pipeline_marks.version
    returning subject_id, version, (xmax = 0) as inserted`)) as unknown as Rows<{
    subject_id: string;
    version: number;
    inserted: boolean;
  }>;
  return {
    processed: new Map(result.rows.map((r) => [r.subject_id, r.inserted ? 0 : Number(r.version)])),
    inserted: new Set(result.rows.filter((r) => r.inserted).map((r) => r.subject_id)),
  };
}

/** Raises the marks to the versions processed (never lowers one; a mark inserted at its version is left alone). */
export async function raiseMarks(
  tx: Db,
  stage: string,
  processed: ReadonlyMap<string, number>,
): Promise<void> {
  if (processed.size === 0) return;
  const ids = [...processed.keys()];
  await tx.execute(sql`
    update pipeline_marks m set version = v.version, processed_at = now()
    from unnest(${sql.param(ids)}::uuid[], ${sql.param(ids.map((id) => processed.get(id) ?? 0))}::int[]) as v(id, version)
    where m.stage = ${stage} and m.subject_id = v.id and m.version < v.version`);
}
