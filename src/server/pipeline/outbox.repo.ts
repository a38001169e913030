import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import type { PipelineTopic } from './catalog.js';

export interface Announcement {
  organizationId: string;
  topic: PipelineTopic;
  subjectId: string;
  version: number;
}

export interface OutboxRow extends Announcement {
  id: number;
  createdAt: Date;
}

type Rows<T> = { rows: T[] };

/**
 * Adds announcements to the outbox. Callers pass the transaction of the write they announce, so
 * the write and its announcement commit together or not at all.
 */
export async function announce(db: Db, rows: readonly Announcement[]): Promise<void> {
  if (rows.length === 0) return;
  await db.execute(sql`
    insert into pipeline_outbox (organization_id, topic, subject_id, version)
    select * from unnest(${sql.param(rows.map((r) => r.organizationId))}::text[], ${sql.param(rows.map((r) => r.topic))}::text[],
      ${sql.param(rows.map((r) => r.subjectId))}::uuid[], ${sql.param(rows.map((r) => r.version))}::int[])`);
}

/**
 * Leases a page of the outbox, oldest first, for `leaseSeconds`: other drainers skip leased
 * rows, and rows a dead drainer leased come back once the lease ran out. One statement, so no
 * transaction stays open while the stages' jobs are queued.
 */
export async function leaseOutboxPage(db: Db, limit: number, leaseSeconds: number): Promise<OutboxRow[]> {
  const result = (await db.execute(sql`
    update pipeline_outbox set leased_until = now() + make_interval(secs => ${leaseSeconds})
    where id in (
      select id from pipeline_outbox where leased_until is null or leased_until < now()
      order by id limit ${limit} for update skip locked)
    returning id, organization_id, topic, subject_id, version, created_at`)) as unknown as Rows<{
    id: number | string;
    organization_id: string;
    topic: PipelineTopic;
    subject_id: string;
    version: number;
    created_at: Date | string;
  }>;
  return result.rows
    .map((r) => ({
      id: Number(r.id),
      organizationId: r.organization_id,
      topic: r.topic,
      subjectId: r.subject_id,
      version: Number(r.version),
      createdAt: new Date(r.created_at),
    }))
    .sort((x, y) => x.id - y.id);
}

export async function deleteOutboxRows(db: Db, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  await db.execute(sql`delete from pipeline_outbox where id = any(${sql.param([...ids])}::bigint[])`);
}

/** Seconds since the oldest announcement still waiting to be drained (0 when none waits). */
export async function oldestUndrainedSeconds(db: Db): Promise<number> {
  const result = (await db.execute(
    sql`select coalesce(extract(epoch from now() - min(created_at)), 0)::float8 as s from pipeline_outbox`,
  )) as unknown as Rows<{ s: number }>;
  return Number(result.rows[0]?.s ?? 0);
}
