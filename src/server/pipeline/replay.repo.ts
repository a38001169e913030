import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';

type Rows<T> = { rows: T[] };

export interface ReplaySubject {
  id: string;
  version: number;
}

/** A page of an organization's items that occurred in [from, to), in (occurred_at, id) order after `after`. */
export async function itemsInRange(
  db: Db,
  organizationId: string,
  from: Date,
  to: Date,
  after: { at: string; id: string } | null,
  limit: number,
): Promise<Array<ReplaySubject & { at: string }>> {
  const result = (await db.execute(sql`
    select id, version, occurred_at::text as at from feedback_items
    where organization_id = ${organizationId} and occurred_at >= ${from.toISOString()}::timestamptz and occurred_at < ${to.toISOString()}::timestamptz
      ${after ? sql`and (occurred_at, id) > (${after.at}::timestamptz, ${after.id}::uuid)` : sql``}
    order by occurred_at, id limit ${limit}`)) as unknown as Rows<{
    id: string;
    version: number;
    at: string;
  }>;
  return result.rows.map((r) => ({ id: r.id, version: Number(r.version), at: r.at }));
}

/** A page of an organization's behaviour events that occurred in [from, to). */
export async function eventsInRange(
  db: Db,
  organizationId: string,
  from: Date,
  to: Date,
  after: { at: string; id: string } | null,
  limit: number,
): Promise<Array<ReplaySubject & { at: string }>> {
  const result = (await db.execute(sql`
    select id, 1 as version, occurred_at::text as at from contact_events
    where organization_id = ${organizationId} and occurred_at >= ${from.toISOString()}::timestamptz and occurred_at < ${to.toISOString()}::timestamptz
      ${after ? sql`and (occurred_at, id) > (${after.at}::timestamptz, ${after.id}::uuid)` : sql``}
    order by occurred_at, id limit ${limit}`)) as unknown as Rows<{
    id: string;
    version: number;
    at: string;
  }>;
  return result.rows.map((r) => ({ id: r.id, version: Number(r.version), at: r.at }));
}
