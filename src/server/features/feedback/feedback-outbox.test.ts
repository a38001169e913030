import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-test-app.js';
import { drainFeedbackOutbox } from './feedback-outbox.service.js';

type Rows<T> = { rows: T[] };

describe('the feedback outbox', () => {
  let t: TestApp;
  const orgA = `org-a-${randomUUID()}`;
  const orgB = `org-b-${randomUUID()}`;
  const exec = <T>(q: ReturnType<typeof sql>) => t.runtime.deps.db.execute(q) as unknown as Promise<Rows<T>>;
  const jobsOf = async (organizationId: string) =>
    (await exec<{ data: { itemIds: string[] } }>(sql`select data from pgboss.job where name = 'feedback.ingested' and data->>'organizationId' = ${organizationId}`)).rows.flatMap(
      (r) => r.data.itemIds,
    );
  const add = async (organizationId: string, n: number) => {
    const ids = Array.from({ length: n }, () => randomUUID());
    for (const id of ids) await exec(sql`insert into feedback_outbox (organization_id, item_id) values (${organizationId}, ${id})`);
    return ids;
  };

  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('announces every row once, in jobs per organization, and empties the outbox', async () => {
    const a = await add(orgA, 3);
    const b = await add(orgB, 2);
    expect(await drainFeedbackOutbox(t.runtime.jobContext)).toBe(5);
    expect((await jobsOf(orgA)).sort()).toEqual([...a].sort());
    expect((await jobsOf(orgB)).sort()).toEqual([...b].sort());
    expect(await drainFeedbackOutbox(t.runtime.jobContext)).toBe(0);
    expect((await exec<{ n: number }>(sql`select count(*)::int as n from feedback_outbox`)).rows[0]?.n).toBe(0);
  });

  it('skips rows another drainer holds, and takes them over once that lease ran out', async () => {
    const held = await add(orgA, 2);
    await exec(sql`update feedback_outbox set leased_until = now() + interval '1 minute'`);
    expect(await drainFeedbackOutbox(t.runtime.jobContext)).toBe(0);
    // The other drainer died: its lease expires and the rows are announced (again, at least once).
    await exec(sql`update feedback_outbox set leased_until = now() - interval '1 second'`);
    expect(await drainFeedbackOutbox(t.runtime.jobContext)).toBe(2);
    expect(await jobsOf(orgA)).toEqual(expect.arrayContaining(held));
  });
});
