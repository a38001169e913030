import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Caller, type TestApp } from '../../../../test/helpers/build-test-app.js';
import { contactAliases, contacts } from '../../db/schema/index.js';

interface Result {
  created: number;
  duplicates: number;
  errors: Array<{ index: number; field: string; message: string }>;
  items: Array<{ index: number; id: string; duplicate: boolean }>;
}
interface EventList {
  items: Array<{
    id: string;
    contactExternalId: string;
    type: string;
    value: number | null;
    revenue: number | null;
    properties: Record<string, unknown>;
    eventId: string | null;
  }>;
  nextCursor: string | null;
}

const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString();

describe('behaviour events', () => {
  let t: TestApp;
  let owner: Caller;
  let key: Caller;
  let orgId: string;
  beforeAll(async () => {
    t = await buildTestApp();
    const o = await t.signUp();
    orgId = (await t.createOrg(o.cookie)).id;
    owner = { cookie: o.cookie };
    key = { key: (await t.createApiKey(o.cookie)).key };
    const [ann] = await t.runtime.deps.db
      .insert(contacts)
      .values([
        { organizationId: orgId, externalId: 'ann' },
        { organizationId: orgId, externalId: 'bob' },
      ])
      .returning({ id: contacts.id });
    await t.runtime.deps.db
      .insert(contactAliases)
      .values({ organizationId: orgId, externalId: 'ann-old', contactId: ann?.id ?? '' });
  });
  afterAll(() => t.close());

  const post = (payload: unknown, as: Caller = key) =>
    t.request({ method: 'POST', url: '/api/v1/events', payload: payload as object, as });
  const list = async (query: string, as: Caller = owner) =>
    (await t.request({ method: 'GET', url: `/api/v1/events?${query}`, as })).json() as EventList;

  it('stores one event and lists it for its contact', async () => {
    const res = await post({
      contactExternalId: 'ann',
      type: 'purchase',
      value: 2,
      revenue: 49.9,
      occurredAt: at(10),
      properties: { sku: 'ER-1' },
      eventId: 'shop-1',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ created: 1, duplicates: 0, errors: [] });
    const events = await list('contactExternalId=ann&type=purchase');
    expect(events.items).toEqual([
      expect.objectContaining({
        contactExternalId: 'ann',
        type: 'purchase',
        value: 2,
        revenue: 49.9,
        properties: { sku: 'ER-1' },
        eventId: 'shop-1',
      }),
    ]);
  });

  it('stores a repeated eventId once and reports the repeat as a duplicate', async () => {
    const e = { contactExternalId: 'bob', type: 'login', occurredAt: at(5), eventId: 'login-42' };
    const first = (await post(e)).json() as Result;
    const again = (await post([e])).json() as Result;
    expect(again).toMatchObject({
      created: 0,
      duplicates: 1,
      items: [{ index: 0, id: first.items[0]?.id, duplicate: true }],
    });
    const n = await t.runtime.deps.db.execute(
      sql`select count(*)::int as n from contact_events where event_id = 'login-42'`,
    );
    expect((n as unknown as { rows: { n: number }[] }).rows[0]?.n).toBe(1);
  });

  it('reports unknown contacts and bad entries by index and field and stores the rest', async () => {
    const good = { contactExternalId: 'bob', type: 'feature_used', occurredAt: at(3) };
    const res = (
      await post([
        good,
        { ...good, contactExternalId: 'nobody' },
        { ...good, type: 'Not A Type' },
        { ...good, properties: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, i])) },
        { ...good, properties: { blob: 'x'.repeat(9000) } },
        { ...good, eventId: 'twice' },
        { ...good, eventId: 'twice' },
        { ...good, occurredAt: new Date(Date.now() + 3_600_000).toISOString() },
        { ...good, extra: true },
        { ...good, contactExternalId: 'ann-old', type: 'custom.checkout-step_2' },
      ])
    ).json() as Result;
    expect(res.items.map((i) => i.index)).toEqual([0, 5, 9]);
    expect(res.errors.map((e) => `${e.index}:${e.field}`)).toEqual(
      expect.arrayContaining([
        '1:contactExternalId',
        '2:type',
        '3:properties',
        '4:properties',
        '6:eventId',
        '7:occurredAt',
        '8:extra',
      ]),
    );
    const viaAlias = await list('contactExternalId=ann-old&type=custom.checkout-step_2');
    expect(viaAlias.items.map((i) => i.contactExternalId)).toEqual(['ann']);
  });

  it('answers a single bad event with 400 naming the field and refuses more than 1,000', async () => {
    const res = await post({ contactExternalId: 'nobody', type: 'login', occurredAt: at(1) });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      error: { code: 'VALIDATION_FAILED', details: [{ field: 'body.contactExternalId' }] },
    });
    const tooMany = await post(
      Array.from({ length: 1001 }, () => ({ contactExternalId: 'bob', type: 'login', occurredAt: at(1) })),
    );
    expect(tooMany.statusCode).toBe(400);
  });

  it('pages with a cursor that visits each event exactly once, within a time range', async () => {
    const base = Date.now() - 86_400_000 * 2;
    const batch = Array.from({ length: 17 }, (_, i) => ({
      contactExternalId: 'ann',
      type: 'page_view',
      occurredAt: new Date(base + Math.floor(i / 3) * 1000).toISOString(),
    }));
    expect(((await post(batch)).json() as Result).created).toBe(17);
    const seen: string[] = [];
    let cursor: string | null = null;
    let guard = 0;
    do {
      const page: EventList = await list(`type=page_view&limit=4${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor && ++guard < 20);
    expect(new Set(seen).size).toBe(17);
    expect(seen).toHaveLength(17);
    const ranged = await list(
      `type=page_view&from=${encodeURIComponent(new Date(base + 1000).toISOString())}&to=${encodeURIComponent(new Date(base + 3000).toISOString())}`,
    );
    expect(ranged.items).toHaveLength(6);
  });

  it('lets agents and analysts read but not write', async () => {
    for (const role of ['agent', 'analyst'] as const) {
      const m = await t.addMember(orgId, role);
      expect(
        (await t.request({ method: 'GET', url: '/api/v1/events', as: { cookie: m.cookie } })).statusCode,
      ).toBe(200);
      expect(
        (await post({ contactExternalId: 'bob', type: 'login', occurredAt: at(1) }, { cookie: m.cookie }))
          .statusCode,
      ).toBe(403);
    }
    expect(
      (await post({ contactExternalId: 'bob', type: 'login', occurredAt: at(1) }, owner)).statusCode,
    ).toBe(200);
  });

  it('never answers random input with a 5xx, always with the error shape', async () => {
    const entry = fc.record(
      {
        contactExternalId: fc.oneof(fc.constantFrom('ann', 'bob'), fc.string()),
        type: fc.oneof(fc.constantFrom('login', 'purchase'), fc.string()),
        value: fc.oneof(fc.double(), fc.string()),
        revenue: fc.double(),
        occurredAt: fc.oneof(
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          fc.string(),
        ),
        properties: fc.oneof(fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 5 }), fc.jsonValue()),
        eventId: fc.string(),
      },
      { requiredKeys: [] },
    );
    const body = fc.oneof(entry, fc.array(fc.oneof(entry, fc.jsonValue()), { maxLength: 5 }), fc.jsonValue());
    await fc.assert(
      fc.asyncProperty(body, async (b) => {
        const res = await t.request({
          method: 'POST',
          url: '/api/v1/events',
          payload: JSON.stringify(b),
          headers: { 'content-type': 'application/json' },
          as: key,
        });
        expect(res.statusCode).toBeLessThan(500);
        if (res.statusCode >= 400) {
          const parsed = res.json() as { error: { code: string; message: string } };
          expect(typeof parsed.error.code).toBe('string');
          expect(parsed.error.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 80 },
    );
  });
});
