import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';

type Rows<T> = { rows: T[] };

export interface StageQueueState {
  /** Seconds since the oldest job still waiting or running was queued (0 when none). */
  oldestWaitingSeconds: number;
  /** Jobs that used up their retries (pg-boss keeps them failed: the stage's dead letters). */
  failedJobs: number;
}

/**
 * The stages' queues as pg-boss holds them (its `job` table, read here rather than through its
 * API because the API has no age of the oldest waiting job). Keyed by queue name.
 */
export async function stageQueueStates(
  db: Db,
  queueNames: readonly string[],
): Promise<Map<string, StageQueueState>> {
  const states = new Map<string, StageQueueState>();
  if (queueNames.length === 0) return states;
  const result = (await db.execute(sql`
    select name,
      coalesce(extract(epoch from now() - min(created_on) filter (where state < 'completed')), 0)::float8 as oldest,
      (count(*) filter (where state = 'failed'))::int as failed
    from pgboss.job where name = any(${sql.param([...queueNames])}::text[]) group by name`)) as unknown as Rows<{
    name: string;
    oldest: number;
    failed: number;
  }>;
  for (const r of result.rows)
    states.set(r.name, { oldestWaitingSeconds: Number(r.oldest), failedJobs: Number(r.failed) });
  return states;
}
