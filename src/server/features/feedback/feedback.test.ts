import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ZFeedbackInput } from '../../../shared/contracts/feedback.js';
import { settlePipeline } from '../../../../test/helpers/pipeline.js';
import { buildTestApp, type Caller, type TestApp } from '../../../../test/helpers/build-test-app.js';
import { contactAliases, contacts } from '../../db/schema/index.js';

interface Result {
  created: number;
  duplicates: number;
  errors: Array<{ index: number; field: string; message: string }>;
  items: Array<{ index: number; id: string; duplicate: boolean }>;
}

const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString();

describe('feedback from every touchpoint', () => {
  let t: TestApp;
  let owner: Caller;
  let key: Caller;
  let orgId: string;
  let janeId: string;
  beforeAll(async () => {
    t = await buildTestApp({ workers: true });
    const o = await t.signUp();
    orgId = (await t.createOrg(o.cookie)).id;
    owner = { cookie: o.cookie };
    key = { key: (await t.createApiKey(o.cookie)).key };
    const [jane] = await t.runtime.deps.db
      .insert(contacts)
      .values([
        { organizationId: orgId, externalId: 'cust-jane', email: 'Jane@Example.test', name: 'Jane' },
        { organizationId: orgId, externalId: 'cust-twin-1', email: 'twin@example.test' },
        { organizationId: orgId, externalId: 'cust-twin-2', email: 'twin@example.test' },
      ])
      .returning({ id: contacts.id });
    janeId = jane?.id ?? '';
    await t.runtime.deps.db
      .insert(contactAliases)
      .values({ organizationId: orgId, externalId: 'old-jane', contactId: janeId });
  });
  afterAll(() => t.close());

  const post = (payload: unknown, as: Caller = key) =>
    t.request({ method: 'POST', url: '/api/v1/feedback', payload: payload as object, as });

  it('stores one review with its rating and reads it back', async () => {
    const res = await post({
      channel: 'review',
      source: 'Google Reviews',
      text: 'Fast delivery, but the e-reader froze twice.',
      rating: { value: 4, scaleMin: 1, scaleMax: 5 },
      occurredAt: at(60),
      link: 'https://reviews.example.test/r/1',
      product: 'e-reader',
      touchpoint: 'delivery',
      language: 'en',
      contactExternalId: 'cust-jane',
      externalRef: 'g-1',
    });
    expect(res.statusCode).toBe(200);
    const body = res.json() as Result;
    expect(body).toMatchObject({ created: 1, duplicates: 0, errors: [] });
    const id = body.items[0]?.id ?? '';
    const one = await t.request({ method: 'GET', url: `/api/v1/feedback/${id}`, as: owner });
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({
      id,
      channel: 'review',
      metric: 'rating',
      score: 4,
      scaleMin: 1,
      scaleMax: 5,
      product: 'e-reader',
      contact: { id: janeId, externalId: 'cust-jane' },
      author: null,
    });
  });

  it('stores a repeated delivery (same channel and externalRef) once and says it was a duplicate', async () => {
    const item = {
      channel: 'ticket',
      source: 'Zendesk',
      text: 'Where is my parcel?',
      occurredAt: at(30),
      externalRef: 'zd-77',
    };
    const first = (await post(item)).json() as Result;
    const again = (await post([item])).json() as Result;
    expect(first).toMatchObject({ created: 1, duplicates: 0 });
    expect(again).toMatchObject({
      created: 0,
      duplicates: 1,
      items: [{ index: 0, id: first.items[0]?.id, duplicate: true }],
    });
    // Another channel with the same ref is another item.
    const other = (await post({ ...item, channel: 'email' })).json() as Result;
    expect(other.created).toBe(1);
    const n = await t.runtime.deps.db.execute(
      sql`select count(*)::int as n from feedback_items where external_ref = 'zd-77'`,
    );
    expect((n as unknown as { rows: { n: number }[] }).rows[0]?.n).toBe(2);
  });

  it('matches the author to a contact by e-mail, and keeps unmatched or ambiguous authors anonymous', async () => {
    const res = (
      await post([
        {
          channel: 'social',
          source: 'Instagram',
          text: 'Love it',
          occurredAt: at(5),
          author: { email: 'jane@example.TEST', handle: '@jane' },
        },
        {
          channel: 'social',
          source: 'Instagram',
          text: 'Meh',
          occurredAt: at(5),
          author: { email: 'stranger@example.test', handle: '@stranger', name: 'Stranger' },
        },
        {
          channel: 'social',
          source: 'Instagram',
          text: 'Twins',
          occurredAt: at(5),
          author: { email: 'twin@example.test' },
        },
        { channel: 'chat', text: 'Via an old id', occurredAt: at(5), contactExternalId: 'old-jane' },
      ])
    ).json() as Result;
    expect(res.created).toBe(4);
    const read = async (i: number) =>
      (
        await t.request({ method: 'GET', url: `/api/v1/feedback/${res.items[i]?.id}`, as: owner })
      ).json() as Record<string, unknown>;
    expect(await read(0)).toMatchObject({ contact: { id: janeId }, author: null });
    expect(await read(1)).toMatchObject({
      contact: null,
      author: { email: 'stranger@example.test', handle: '@stranger', name: 'Stranger' },
    });
    expect(await read(2)).toMatchObject({ contact: null, author: { email: 'twin@example.test' } });
    expect(await read(3)).toMatchObject({ contact: { id: janeId, externalId: 'cust-jane' } });
  });

  it('keeps the good entries of a batch and reports each bad one with its index and field', async () => {
    const good = { channel: 'review', text: 'Good one', occurredAt: at(10) };
    const res = await post([
      good,
      { ...good, rating: { value: 6, scaleMin: 1, scaleMax: 5 } },
      { ...good, contactExternalId: 'nobody' },
      { ...good, colour: 'red' },
      { ...good, occurredAt: new Date(Date.now() + 3_600_000).toISOString() },
      { ...good, channel: 'fax' },
      { ...good, externalRef: 'dup-in-batch' },
      { ...good, externalRef: 'dup-in-batch' },
      { ...good, rating: { value: 7, scaleMin: 0, scaleMax: 10, metric: 'nps' } },
      { ...good, rating: { value: 3, scaleMin: 1, scaleMax: 5, metric: 'nps' } },
      { ...good, text: 'x'.repeat(20_001) },
      { ...good, link: 'javascript:alert(1)' },
      'not an object',
    ]);
    expect(res.statusCode).toBe(200);
    const body = res.json() as Result;
    expect(body.items.map((i) => i.index)).toEqual([0, 6, 8]);
    expect(body.created).toBe(3);
    const fields = body.errors.map((e) => `${e.index}:${e.field}`);
    expect(fields).toEqual(
      expect.arrayContaining([
        '1:rating.value',
        '2:contactExternalId',
        '3:colour',
        '4:occurredAt',
        '5:channel',
        '7:externalRef',
        '9:rating.scaleMax',
        '10:text',
        '11:link',
      ]),
    );
    expect(body.errors.some((e) => e.index === 12)).toBe(true);
    const nps = (
      await t.request({ method: 'GET', url: `/api/v1/feedback/${body.items[2]?.id}`, as: owner })
    ).json();
    expect(nps).toMatchObject({ metric: 'nps', score: 7, scaleMin: 0, scaleMax: 10 });
  });

  it('answers a single bad object with 400 naming the field, and refuses more than 1,000 entries', async () => {
    const unknown = await post({ channel: 'review', text: 'x', occurredAt: at(1), colour: 'red' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({
      error: { code: 'VALIDATION_FAILED', details: [{ field: 'body.colour' }] },
    });
    const scale = await post({
      channel: 'review',
      occurredAt: at(1),
      rating: { value: 0, scaleMin: 1, scaleMax: 5 },
    });
    expect(scale.json()).toMatchObject({ error: { details: [{ field: 'body.rating.value' }] } });
    const tooMany = await post(
      Array.from({ length: 1001 }, () => ({ channel: 'other', text: 'x', occurredAt: at(1) })),
    );
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
  });

  it('accepts a full batch of 1,000 and announces the new items to the pipeline stages once', async () => {
    const batch = Array.from({ length: 1000 }, (_, i) => ({
      channel: i % 2 ? 'chat' : 'call',
      text: `batch ${i}`,
      occurredAt: at(2),
      externalRef: `big-${i}`,
    }));
    const res = (await post(batch)).json() as Result;
    expect(res.created).toBe(1000);
    const ids = res.items.map((i) => i.id);
    await settlePipeline(t);
    const marks = (await t.runtime.deps.db.execute(
      sql`select subject_id, version from pipeline_marks where stage = 'rollups' and subject_id = any(${sql.param(ids)}::uuid[])`,
    )) as unknown as {
      rows: Array<{ subject_id: string; version: number }>;
    };
    expect(new Set(marks.rows.map((r) => r.subject_id))).toEqual(new Set(ids));
    expect(marks.rows.every((r) => r.version === 1)).toBe(true);
    // A redelivery creates nothing and announces nothing.
    const stageJobs = async () =>
      (
        (await t.runtime.deps.db.execute(
          sql`select count(*)::int as n from pgboss.job where name = 'stage.rollups'`,
        )) as unknown as { rows: Array<{ n: number }> }
      ).rows[0]?.n;
    const before = await stageJobs();
    expect(((await post(batch)).json() as Result).duplicates).toBe(1000);
    await settlePipeline(t);
    expect(await stageJobs()).toBe(before);
  });

  it('filters and pages with a cursor that visits each item exactly once', async () => {
    const base = Date.now() - 86_400_000 * 3;
    const batch = Array.from({ length: 23 }, (_, i) => ({
      channel: 'message',
      source: 'page-src',
      product: i % 2 ? 'app' : 'shop',
      text: `paged ${i}`,
      // pairs share a timestamp, so the id tiebreak matters
      occurredAt: new Date(base + Math.floor(i / 2) * 1000).toISOString(),
    }));
    expect(((await post(batch)).json() as Result).created).toBe(23);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const url: string = `/api/v1/feedback?source=page-src&limit=5${cursor ? `&cursor=${cursor}` : ''}`;
      const page = (await t.request({ method: 'GET', url, as: owner })).json() as {
        items: Array<{ id: string; occurredAt: string }>;
        nextCursor: string | null;
      };
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 20);
    expect(seen).toHaveLength(23);
    expect(new Set(seen).size).toBe(23);
    const shop = (
      await t.request({
        method: 'GET',
        url: '/api/v1/feedback?source=page-src&product=shop&limit=200',
        as: owner,
      })
    ).json() as { items: unknown[] };
    expect(shop.items).toHaveLength(12);
    const from = new Date(base + 5000).toISOString();
    const to = new Date(base + 8000).toISOString();
    const ranged = (
      await t.request({
        method: 'GET',
        url: `/api/v1/feedback?source=page-src&from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
        as: owner,
      })
    ).json() as { items: unknown[] };
    expect(ranged.items).toHaveLength(6);
    const byContact = (
      await t.request({
        method: 'GET',
        url: '/api/v1/feedback?contactExternalId=cust-jane&metric=rating',
        as: owner,
      })
    ).json() as { items: Array<{ score: number }> };
    expect(byContact.items.map((i) => i.score)).toEqual([4]);
    const bad = await t.request({ method: 'GET', url: '/api/v1/feedback?cursor=garbage', as: owner });
    expect(bad.statusCode).toBe(400);
  });

  it('lets agents and analysts read but only owners, admins and API keys write', async () => {
    for (const role of ['agent', 'analyst'] as const) {
      const m = await t.addMember(orgId, role);
      expect(
        (await t.request({ method: 'GET', url: '/api/v1/feedback', as: { cookie: m.cookie } })).statusCode,
      ).toBe(200);
      expect(
        (await post({ channel: 'other', text: 'x', occurredAt: at(1) }, { cookie: m.cookie })).statusCode,
      ).toBe(403);
    }
    const admin = await t.addMember(orgId, 'admin');
    expect(
      (await post({ channel: 'other', text: 'x', occurredAt: at(1) }, { cookie: admin.cookie })).statusCode,
    ).toBe(200);
    expect((await post({ channel: 'other', text: 'x', occurredAt: at(1) }, owner)).statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url: '/api/v1/feedback' })).statusCode).toBe(401);
  });

  it('answers 404 for an id of another organization', async () => {
    const other = await t.signUp();
    await t.createOrg(other.cookie);
    const mine = ((await post({ channel: 'other', text: 'mine', occurredAt: at(1) })).json() as Result)
      .items[0]?.id;
    const res = await t.request({
      method: 'GET',
      url: `/api/v1/feedback/${mine}`,
      as: { cookie: other.cookie },
    });
    expect(res.statusCode).toBe(404);
  });

  it('documents the entry schema and its limits in OpenAPI', async () => {
    const doc = (await t.request({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, { post?: { requestBody: unknown } }>;
    };
    expect(JSON.stringify(doc.paths['/api/v1/feedback']?.post?.requestBody)).toContain(
      '#/components/schemas/FeedbackInput',
    );
    expect(JSON.stringify(doc.paths['/api/v1/events']?.post?.requestBody)).toContain(
      '#/components/schemas/EventInput',
    );
    type Obj = {
      additionalProperties?: boolean;
      properties: Record<string, { maxLength?: number; description?: string }>;
    };
    const json = z.toJSONSchema(ZFeedbackInput, { io: 'input' }) as Obj & { $defs?: Record<string, Obj> };
    const input = json.$defs?.Feedback ?? json;
    expect(input.additionalProperties).toBe(false);
    expect(input.properties.text?.maxLength).toBe(20_000);
    expect(input.properties.text?.description).toContain('20000');
  });

  it('never answers random input with a 5xx, always with the error shape', async () => {
    const entry = fc.record(
      {
        channel: fc.oneof(fc.constantFrom('review', 'chat', 'fax'), fc.string()),
        text: fc.oneof(fc.string(), fc.integer()),
        occurredAt: fc.oneof(
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          fc.string(),
        ),
        rating: fc.record(
          {
            value: fc.oneof(fc.integer(), fc.double()),
            scaleMin: fc.integer(),
            scaleMax: fc.integer(),
            metric: fc.string(),
          },
          { requiredKeys: [] },
        ),
        author: fc.record(
          { email: fc.oneof(fc.emailAddress(), fc.string()), handle: fc.string(), name: fc.string() },
          { requiredKeys: [] },
        ),
        contactExternalId: fc.string(),
        externalRef: fc.string(),
        link: fc.oneof(fc.webUrl(), fc.string()),
        language: fc.string({ maxLength: 3 }),
      },
      { requiredKeys: [] },
    );
    const body = fc.oneof(entry, fc.array(fc.oneof(entry, fc.jsonValue()), { maxLength: 5 }), fc.jsonValue());
    await fc.assert(
      fc.asyncProperty(body, async (b) => {
        const res = await t.request({
          method: 'POST',
          url: '/api/v1/feedback',
          payload: JSON.stringify(b),
          headers: { 'content-type': 'application/json' },
          as: key,
        });
        expect(res.statusCode).toBeLessThan(500);
        if (res.statusCode >= 400) {
          const parsed = res.json() as { error: { code: string; message: string } };
          expect(typeof parsed.error.code).toBe('string');
          expect(parsed.error.message.length).toBeGreaterThan(0);
        } else {
          expect(res.json()).toMatchObject({ errors: expect.any(Array), items: expect.any(Array) });
        }
      }),
      { numRuns: 80 },
    );
  });
});
