import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';

export { inTransaction } from '../db/in-transaction.js';

type Rows<T> = { rows: T[] };

/**
 * Takes the marks of `subjectIds` for `stage` (creating them at version 0) and locks them until
 * the transaction ends, in id order so two jobs of one stage never wait on each other in a circle.
 * Returns the version each subject was processed up to.
 */
export async function lockMarks(
  tx: Db,
  stage: string,
  organizationId: string,
  subjectIds: readonly string[],
): Promise<Map<string, number>> {
  const ids = [...new Set(subjectIds)].sort();
  if (ids.length === 0) return new Map();
  const result = (await tx.execute(sql`
    insert into pipeline_marks (stage, subject_id, organization_id, version)
    select ${stage}, s, ${organizationId}, 0 from unnest(${sql.param(ids)}::uuid[]) as s order by s
    on conflict (stage, subject_id) do update set version = pipeline_marks.version
    returning subject_id, version`)) as unknown as Rows<{ subject_id: string; version: number }>;
  return new Map(result.rows.map((r) => [r.subject_id, Number(r.version)]));
}

/** Raises the marks to the versions processed (never lowers one). */
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
