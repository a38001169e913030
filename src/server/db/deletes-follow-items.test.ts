import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, TEST_PUBLIC_URL, type TestApp } from '../../../test/helpers/build-test-app.js';

type Rows<T> = { rows: T[] };

/**
 * feedback_items and survey_responses carry no foreign keys (migration 0010: their checks cost
 * every answer); the triggers of migration 0011 do what the keys did on delete. These tests
 * delete what the keys used to guard and look at what is left.
 */
describe('deletes follow feedback items without foreign keys', () => {
  let t: TestApp;
  let owner: { cookie: string };
  let orgA: string;
  let orgB: string;
  const exec = <T>(q: ReturnType<typeof sql>) => t.runtime.deps.db.execute(q) as unknown as Promise<Rows<T>>;
  const count = async (q: ReturnType<typeof sql>) => (await exec<{ n: number }>(q)).rows[0]?.n ?? -1;

  /** A contact of `org` with one survey answer (item, response, outbox row); returns their ids. */
  async function answered(org: string): Promise<{ contactId: string; itemId: string }> {
    const contactId = randomUUID();
    const itemId = randomUUID();
    await exec(
      sql`insert into contacts (id, organization_id, external_id, email) values (${contactId}, ${org}, ${`c-${contactId}`}, ${`${contactId}@example.test`})`,
    );
    await exec(
      sql`insert into feedback_items (id, organization_id, contact_id, channel, metric, score, occurred_at) values (${itemId}, ${org}, ${contactId}, 'survey', 'nps', 9, now())`,
    );
    await exec(
      sql`insert into survey_responses (feedback_item_id, organization_id, survey_id, survey_version, contact_id, channel, language, answers) values (${itemId}, ${org}, ${randomUUID()}, 1, ${contactId}, 'email', 'en', '{"nps": 9}'::jsonb)`,
    );
    await exec(
      sql`insert into pipeline_outbox (organization_id, topic, subject_id, version) values (${org}, 'item.created', ${itemId}, 1)`,
    );
    await exec(
      sql`insert into pipeline_marks (stage, subject_id, organization_id, version) values ('rollups', ${itemId}, ${org}, 1)`,
    );
    return { contactId, itemId };
  }

  beforeAll(async () => {
    t = await buildTestApp();
    owner = await t.signUp();
    orgA = (await t.createOrg(owner.cookie, 'Deleted org')).id;
    orgB = (await t.createOrg(owner.cookie, 'Kept org')).id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('a deleted contact leaves its items anonymous and everyone else linked', async () => {
    const gone = await answered(orgB);
    const kept = await answered(orgB);
    await exec(sql`delete from contacts where id = ${gone.contactId}`);
    const items = await exec<{ id: string; contact_id: string | null }>(
      sql`select id, contact_id from feedback_items where id in (${gone.itemId}, ${kept.itemId})`,
    );
    expect(Object.fromEntries(items.rows.map((r) => [r.id, r.contact_id]))).toEqual({
      [gone.itemId]: null,
      [kept.itemId]: kept.contactId,
    });
    // The unlinked item changed: its new version is announced to the pipeline in the delete's transaction.
    const announced = await exec<{ topic: string; version: number }>(
      sql`select topic, version from pipeline_outbox where subject_id = ${gone.itemId} order by id`,
    );
    expect(announced.rows).toEqual([
      { topic: 'item.created', version: 1 },
      { topic: 'item.updated', version: 2 },
    ]);
    expect(
      await count(sql`select count(*)::int as n from pipeline_outbox where subject_id = ${kept.itemId}`),
    ).toBe(1);
    // The answer itself stays: erasing a person keeps the counts.
    expect(
      await count(
        sql`select count(*)::int as n from survey_responses where feedback_item_id = ${gone.itemId}`,
      ),
    ).toBe(1);
  });

  it('a deleted item takes its survey response, and only its own', async () => {
    const one = await answered(orgB);
    const other = await answered(orgB);
    await exec(sql`delete from feedback_items where id = ${one.itemId}`);
    expect(
      await count(
        sql`select count(*)::int as n from survey_responses where feedback_item_id = ${one.itemId}`,
      ),
    ).toBe(0);
    expect(
      await count(
        sql`select count(*)::int as n from survey_responses where feedback_item_id = ${other.itemId}`,
      ),
    ).toBe(1);
  });

  it('a deleted organization takes its items, responses and outbox rows; the other keeps all of its own', async () => {
    const a = await Promise.all([answered(orgA), answered(orgA)]);
    const bBefore = {
      items: await count(sql`select count(*)::int as n from feedback_items where organization_id = ${orgB}`),
      responses: await count(
        sql`select count(*)::int as n from survey_responses where organization_id = ${orgB}`,
      ),
      outbox: await count(
        sql`select count(*)::int as n from pipeline_outbox where organization_id = ${orgB}`,
      ),
      marks: await count(sql`select count(*)::int as n from pipeline_marks where organization_id = ${orgB}`),
    };
    const res = await t.request({
      method: 'POST',
      url: '/api/auth/organization/delete',
      headers: { origin: TEST_PUBLIC_URL },
      payload: { organizationId: orgA },
      as: owner,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(await count(sql`select count(*)::int as n from organization where id = ${orgA}`)).toBe(0);
    for (const table of ['feedback_items', 'survey_responses', 'pipeline_outbox', 'pipeline_marks']) {
      expect(
        await count(
          sql`select count(*)::int as n from ${sql.identifier(table)} where organization_id = ${orgA}`,
        ),
        table,
      ).toBe(0);
    }
    expect(
      await count(
        sql`select count(*)::int as n from feedback_items where id in (${a[0]?.itemId ?? ''}, ${a[1]?.itemId ?? ''})`,
      ),
    ).toBe(0);
    expect({
      items: await count(sql`select count(*)::int as n from feedback_items where organization_id = ${orgB}`),
      responses: await count(
        sql`select count(*)::int as n from survey_responses where organization_id = ${orgB}`,
      ),
      outbox: await count(
        sql`select count(*)::int as n from pipeline_outbox where organization_id = ${orgB}`,
      ),
      marks: await count(sql`select count(*)::int as n from pipeline_marks where organization_id = ${orgB}`),
    }).toEqual(bBefore);
  });
});
