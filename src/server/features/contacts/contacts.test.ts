import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Caller, type TestApp } from '../../../../test/helpers/build-test-app.js';
import type {
  TContact,
  TContactList,
  TContactProfile,
  TUpsertContactsResult,
} from '../../../shared/contracts/contacts.js';
import { contactEvents, feedbackItems } from '../../db/schema/index.js';

const NOW = new Date('2026-03-10T09:00:00Z');

describe('contacts API', () => {
  let t: TestApp;
  let orgId: string;
  let owner: Caller;
  let key: Caller;

  const upsert = (payload: unknown, as: Caller = key) =>
    t.request({ method: 'POST', url: '/api/v1/contacts', payload: payload as object, as });
  const profile = async (externalId: string, as: Caller = key) => {
    const res = await t.request({
      method: 'GET',
      url: `/api/v1/contacts/${encodeURIComponent(externalId)}`,
      as,
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as TContactProfile;
  };
  const contactRow = async (externalId: string) =>
    (await t.runtime.deps.database.db.execute(
      `select * from contacts where organization_id = '${orgId}' and external_id = '${externalId}'`,
    )) as unknown as {
      rows: Record<string, unknown>[];
    };

  beforeAll(async () => {
    let clock = NOW.getTime();
    t = await buildTestApp({ now: () => new Date((clock += 1000)) });
    const o = await t.signUp();
    orgId = (await t.createOrg(o.cookie, 'Contacts Co')).id;
    owner = { cookie: o.cookie };
    key = { key: (await t.createApiKey(o.cookie)).key };
    const def = await t.request({
      method: 'POST',
      url: '/api/v1/contact-attributes',
      payload: { key: 'tier', type: 'string', label: 'Tier' },
      as: owner,
    });
    expect(def.statusCode, def.body).toBe(201);
    for (const [k, type] of [
      ['seats', 'number'],
      ['renewal', 'date'],
      ['vip', 'boolean'],
    ] as const) {
      expect(
        (
          await t.request({
            method: 'POST',
            url: '/api/v1/contact-attributes',
            payload: { key: k, type },
            as: owner,
          })
        ).statusCode,
      ).toBe(201);
    }
  });
  afterAll(() => t.close());

  it('creates a contact with every typed field, consent and custom attributes, and reads it back', async () => {
    const res = await upsert({
      externalId: 'C-1',
      email: 'Ada@Example.test',
      name: 'Ada Lovelace',
      phone: '+44 20 1234',
      language: 'en',
      segment: 'Enterprise',
      region: 'UK & Ireland',
      plan: 'Scale',
      accountOwner: 'Grace',
      productsUsed: ['Analytics', 'Mobile App'],
      revenue: 12000.5,
      customerSince: '2024-01-15',
      churnedAt: null,
      consent: { emailOptOut: true },
      attributes: { tier: 'gold', seats: 40, renewal: '2026-12-01', vip: true },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ created: 1, updated: 0, unchanged: 0, errors: [] });
    const p = await profile('C-1');
    expect(p.contact).toMatchObject({
      externalId: 'C-1',
      email: 'ada@example.test',
      productsUsed: ['Analytics', 'Mobile App'],
      revenue: 12000.5,
      customerSince: '2024-01-15T00:00:00.000Z',
      churnedAt: null,
      consent: { emailOptOut: true, neverSurvey: false },
      attributes: { tier: 'gold', seats: 40, renewal: '2026-12-01', vip: true },
    });
    expect(p.timeline).toEqual([]);
  });

  it('updates partially: omitted fields keep their value, null clears, and updatedAt moves only on change', async () => {
    await upsert({
      externalId: 'P-1',
      name: 'Paula',
      segment: 'SMB',
      plan: 'Basic',
      attributes: { tier: 'silver', seats: 3 },
    });
    const before = (await profile('P-1')).contact;
    const res = await upsert({
      externalId: 'P-1',
      plan: null,
      region: 'Nordics',
      attributes: { seats: null },
      consent: { neverSurvey: true },
    });
    expect(res.json()).toMatchObject({ created: 0, updated: 1, unchanged: 0 });
    const after = (await profile('P-1')).contact;
    expect(after).toMatchObject({
      name: 'Paula',
      segment: 'SMB',
      plan: null,
      region: 'Nordics',
      attributes: { tier: 'silver' },
      consent: { neverSurvey: true, emailOptOut: false },
    });
    expect(after.updatedAt > before.updatedAt).toBe(true);
    expect(after.createdAt).toBe(before.createdAt);

    const again = await upsert({ externalId: 'P-1', region: 'Nordics', name: 'Paula' });
    expect(again.json()).toMatchObject({ updated: 0, unchanged: 1 });
    expect((await profile('P-1')).contact.updatedAt).toBe(after.updatedAt);
  });

  it('is idempotent: the same batch twice reports all unchanged and leaves the rows identical', async () => {
    const batch = Array.from({ length: 30 }, (_, i) => ({
      externalId: `IDEM-${i}`,
      email: `idem${i}@example.test`,
      productsUsed: ['A'],
      revenue: i * 1.1,
      customerSince: '2025-02-03T10:11:12.345+02:00',
      attributes: { tier: 'x', vip: i % 2 === 0 },
    }));
    expect((await upsert(batch)).json()).toEqual({ created: 30, updated: 0, unchanged: 0, errors: [] });
    const rows = async () =>
      (
        (await t.runtime.deps.database.db.execute(
          `select c::text as row from contacts c where external_id like 'IDEM-%' order by external_id`,
        )) as unknown as { rows: unknown[] }
      ).rows;
    const rowsBefore = await rows();
    expect(rowsBefore).toHaveLength(30);
    expect((await upsert(batch)).json()).toEqual({ created: 0, updated: 0, unchanged: 30, errors: [] });
    expect(await rows()).toEqual(rowsBefore);
  });

  it('applies the valid entries of a batch and reports each bad one with index, externalId and field', async () => {
    const res = await upsert([
      { externalId: 'B-ok-1', name: 'One' },
      { externalId: 'B-bad-email', email: 'not-an-email' },
      { externalId: 'B-ok-2', attributes: { tier: 'gold' } },
      { externalId: 'B-ok-1', name: 'Duplicate' },
      { externalId: 'B-unknown-attr', attributes: { shoeSize: 44 } },
      { externalId: 'B-wrong-type', attributes: { seats: 'many' } },
      { externalId: 'B-extra', nickname: 'x' },
      { externalId: 'x'.repeat(201) },
      { externalId: 'B-long', name: 'n'.repeat(501) },
      'not an object',
      { externalId: 'B-lang', language: 'eng' },
      { externalId: 'B-bad-date', attributes: { renewal: 'soon' } },
    ]);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as TUpsertContactsResult;
    expect(body).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
    const byIndex = Object.fromEntries(body.errors.map((e) => [e.index, e]));
    expect(byIndex[1]).toMatchObject({ externalId: 'B-bad-email', field: 'email' });
    expect(byIndex[3]).toMatchObject({
      externalId: 'B-ok-1',
      field: 'externalId',
      message: expect.stringContaining('duplicate of entry 0'),
    });
    expect(byIndex[4]).toMatchObject({
      field: 'attributes.shoeSize',
      message: expect.stringContaining('unknown attribute'),
    });
    expect(byIndex[5]).toMatchObject({ field: 'attributes.seats', message: 'must be a number' });
    expect(byIndex[6]).toMatchObject({
      field: 'nickname',
      message: expect.stringContaining('unknown property'),
    });
    expect(byIndex[7]).toMatchObject({ field: 'externalId' });
    expect(byIndex[8]).toMatchObject({ field: 'name', message: expect.stringContaining('500') });
    expect(byIndex[9]).toMatchObject({ field: '(entry)' });
    expect(byIndex[10]).toMatchObject({ field: 'language' });
    expect(byIndex[11]).toMatchObject({ field: 'attributes.renewal' });
    expect(body.errors.map((e) => e.index)).toEqual([1, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect((await profile('B-ok-1')).contact.name).toBe('One');
    expect((await profile('B-ok-2')).contact.attributes).toEqual({ tier: 'gold' });
    expect((await contactRow('B-bad-email')).rows).toHaveLength(0);
  });

  it('refuses a single bad object with 400 naming the field, and 1,001 entries with 400', async () => {
    const extra = await upsert({ externalId: 'S-1', nickname: 'x' });
    expect(extra.statusCode).toBe(400);
    expect(extra.json()).toMatchObject({
      error: { code: 'VALIDATION_FAILED', message: expect.stringContaining('nickname') },
    });
    const attr = await upsert({ externalId: 'S-1', attributes: { shoeSize: 1 } });
    expect(attr.statusCode).toBe(400);
    expect(attr.json()).toMatchObject({ error: { details: [{ field: 'body.attributes.shoeSize' }] } });
    const tooMany = await upsert(Array.from({ length: 1001 }, (_, i) => ({ externalId: `TM-${i}` })));
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json()).toMatchObject({
      error: { code: 'VALIDATION_FAILED', message: expect.stringContaining('1000') },
    });
    expect((await contactRow('TM-0')).rows).toHaveLength(0);
    const empty = await upsert([]);
    expect(empty.statusCode).toBe(400);
  });

  it('upserts 1,000 entries in one request', async () => {
    const res = await upsert(
      Array.from({ length: 1000 }, (_, i) => ({ externalId: `K-${i}`, segment: i % 2 ? 'odd' : 'even' })),
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ created: 1000, errors: [] });
  });

  it('lists with filters and a cursor that visits every contact exactly once in a stable order', async () => {
    const all: TContact[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const url: string = `/api/v1/contacts?limit=137${cursor ? `&cursor=${cursor}` : ''}`;
      const res = await t.request({ method: 'GET', url, as: owner });
      expect(res.statusCode, res.body).toBe(200);
      const page = res.json() as TContactList;
      all.push(...page.items);
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);
    const count = Number(
      (
        (await t.runtime.deps.database.db.execute(
          `select count(*)::int as n from contacts where organization_id = '${orgId}'`,
        )) as unknown as { rows: { n: number }[] }
      ).rows[0]?.n,
    );
    expect(all).toHaveLength(count);
    expect(new Set(all.map((c) => c.externalId)).size).toBe(count);
    expect(pages).toBe(Math.ceil(count / 137));

    const list = async (qs: string) => {
      const res = await t.request({ method: 'GET', url: `/api/v1/contacts?${qs}`, as: key });
      expect(res.statusCode, res.body).toBe(200);
      return (res.json() as TContactList).items.map((c) => c.externalId);
    };
    expect(await list('q=lovelace')).toEqual(['C-1']);
    expect(await list('q=ADA%40example')).toEqual(['C-1']);
    expect(await list('q=100%25')).toEqual([]);
    expect(await list('segment=SMB')).toEqual(['P-1']);
    expect(await list('region=Nordics&segment=SMB')).toEqual(['P-1']);
    expect(await list('language=en&plan=Scale')).toEqual(['C-1']);
    expect((await list('hasEmail=true&limit=200')).sort()).toEqual(
      ['C-1', ...Array.from({ length: 30 }, (_, i) => `IDEM-${i}`)].sort(),
    );
    expect(await list('hasEmail=false&segment=odd&limit=1')).toHaveLength(1);

    expect((await t.request({ method: 'GET', url: '/api/v1/contacts?limit=201', as: key })).statusCode).toBe(
      400,
    );
    expect(
      (await t.request({ method: 'GET', url: '/api/v1/contacts?cursor=garbage', as: key })).statusCode,
    ).toBe(400);
    expect((await t.request({ method: 'GET', url: '/api/v1/contacts?color=red', as: key })).statusCode).toBe(
      400,
    );
  });

  it('shows feedback and condensed weekly events on the timeline, newest first and bounded', async () => {
    await upsert({ externalId: 'T-1', name: 'Tim' });
    const id = (await contactRow('T-1')).rows[0]?.id as string;
    const db = t.runtime.deps.db;
    await db.insert(feedbackItems).values([
      {
        organizationId: orgId,
        contactId: id,
        channel: 'review',
        source: 'Google Reviews',
        metric: 'rating',
        score: 2,
        scaleMin: 1,
        scaleMax: 5,
        text: 'Slow app',
        product: 'App',
        occurredAt: new Date('2026-03-01T10:00:00Z'),
      },
      {
        organizationId: orgId,
        contactId: id,
        channel: 'ticket',
        source: 'Zendesk',
        text: 'Cannot log in',
        occurredAt: new Date('2026-03-09T08:00:00Z'),
      },
    ]);
    await db.insert(contactEvents).values([
      // ISO week 2026-W10 (Mon 2 March – Sun 8 March): three logins, two purchases.
      { organizationId: orgId, contactId: id, type: 'login', occurredAt: new Date('2026-03-02T07:00:00Z') },
      { organizationId: orgId, contactId: id, type: 'login', occurredAt: new Date('2026-03-04T07:00:00Z') },
      { organizationId: orgId, contactId: id, type: 'login', occurredAt: new Date('2026-03-08T23:00:00Z') },
      {
        organizationId: orgId,
        contactId: id,
        type: 'purchase',
        revenue: 10.5,
        occurredAt: new Date('2026-03-03T12:00:00Z'),
      },
      {
        organizationId: orgId,
        contactId: id,
        type: 'purchase',
        revenue: 20,
        occurredAt: new Date('2026-03-05T12:00:00Z'),
      },
      // Week 2026-W11.
      { organizationId: orgId, contactId: id, type: 'login', occurredAt: new Date('2026-03-10T06:00:00Z') },
    ]);
    const p = await profile('T-1', { cookie: (await t.addMember(orgId, 'agent')).cookie });
    expect(p.timeline).toEqual([
      {
        kind: 'events',
        at: '2026-03-10T06:00:00.000Z',
        type: 'login',
        week: '2026-W11',
        count: 1,
        revenue: null,
      },
      expect.objectContaining({
        kind: 'feedback',
        at: '2026-03-09T08:00:00.000Z',
        channel: 'ticket',
        text: 'Cannot log in',
      }),
      {
        kind: 'events',
        at: '2026-03-08T23:00:00.000Z',
        type: 'login',
        week: '2026-W10',
        count: 3,
        revenue: null,
      },
      {
        kind: 'events',
        at: '2026-03-05T12:00:00.000Z',
        type: 'purchase',
        week: '2026-W10',
        count: 2,
        revenue: 30.5,
      },
      expect.objectContaining({
        kind: 'feedback',
        channel: 'review',
        source: 'Google Reviews',
        metric: 'rating',
        score: 2,
        product: 'App',
      }),
    ]);

    await db.insert(feedbackItems).values(
      Array.from({ length: 210 }, (_, i) => ({
        organizationId: orgId,
        contactId: id,
        channel: 'chat',
        text: `m${i}`,
        occurredAt: new Date(Date.UTC(2025, 0, 1, 0, i)),
      })),
    );
    const bounded = await profile('T-1');
    expect(bounded.timeline).toHaveLength(200);
    const times = bounded.timeline.map((e) => e.at);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('defines custom attributes idempotently and refuses a changed type', async () => {
    const again = await t.request({
      method: 'POST',
      url: '/api/v1/contact-attributes',
      payload: { key: 'tier', type: 'string', label: 'Customer tier' },
      as: owner,
    });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ key: 'tier', label: 'Customer tier' });
    const changed = await t.request({
      method: 'POST',
      url: '/api/v1/contact-attributes',
      payload: { key: 'tier', type: 'number' },
      as: owner,
    });
    expect(changed.statusCode).toBe(409);
    const bad = await t.request({
      method: 'POST',
      url: '/api/v1/contact-attributes',
      payload: { key: '1bad', type: 'string' },
      as: owner,
    });
    expect(bad.statusCode).toBe(400);
    const list = await t.request({ method: 'GET', url: '/api/v1/contact-attributes', as: key });
    expect((list.json() as { items: { key: string }[] }).items.map((d) => d.key)).toEqual([
      'renewal',
      'seats',
      'tier',
      'vip',
    ]);
  });

  it('lets every role read and only owners, admins and API keys write', async () => {
    for (const role of ['admin', 'analyst', 'agent'] as const) {
      const m = { cookie: (await t.addMember(orgId, role)).cookie };
      expect((await t.request({ method: 'GET', url: '/api/v1/contacts', as: m })).statusCode, role).toBe(200);
      expect((await t.request({ method: 'GET', url: '/api/v1/contacts/C-1', as: m })).statusCode, role).toBe(
        200,
      );
      expect(
        (await t.request({ method: 'GET', url: '/api/v1/contact-attributes', as: m })).statusCode,
        role,
      ).toBe(200);
      const writes = [
        await upsert({ externalId: `R-${role}` }, m),
        await t.request({ method: 'DELETE', url: '/api/v1/contacts/K-1', as: m }),
        await t.request({
          method: 'POST',
          url: '/api/v1/contacts/K-2/merge',
          payload: { from: 'K-3' },
          as: m,
        }),
        await t.request({ method: 'GET', url: '/api/v1/contacts/K-2/export', as: m }),
        await t.request({
          method: 'POST',
          url: '/api/v1/contact-attributes',
          payload: { key: `k${role}`, type: 'string' },
          as: m,
        }),
      ];
      const expected = role === 'admin' ? [200, 200, 200, 200, 201] : [403, 403, 403, 403, 403];
      expect(
        writes.map((r) => r.statusCode),
        role,
      ).toEqual(expected);
    }
    expect((await t.request({ method: 'GET', url: '/api/v1/contacts' })).statusCode).toBe(401);
    expect((await t.request({ method: 'GET', url: '/api/v1/contacts/nobody', as: key })).statusCode).toBe(
      404,
    );
  });

  it('documents every contacts route in the OpenAPI document', async () => {
    const res = await t.request({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    const doc = res.json() as { paths: Record<string, Record<string, unknown>> };
    expect(Object.keys(doc.paths['/api/v1/contacts'] ?? {}).sort()).toEqual(['get', 'post']);
    expect(Object.keys(doc.paths['/api/v1/contacts/{externalId}'] ?? {}).sort()).toEqual(['delete', 'get']);
    for (const path of [
      '/api/v1/contacts/{externalId}/export',
      '/api/v1/contacts/{externalId}/merge',
      '/api/v1/contact-attributes',
    ])
      expect(doc.paths[path], path).toBeDefined();
    expect(JSON.stringify(doc.paths['/api/v1/contacts']?.post)).toContain('"maxItems":1000');
  });

  it('never answers random bodies with a 5xx', async () => {
    const contactLike = fc.record(
      {
        externalId: fc.oneof(fc.string({ maxLength: 210 }), fc.constant('FZ-1'), fc.integer()),
        email: fc.oneof(fc.emailAddress(), fc.string(), fc.constant(null)),
        name: fc.oneof(fc.string({ maxLength: 600 }), fc.constant(null), fc.constant('a\u0000b')),
        language: fc.oneof(fc.string({ maxLength: 3 }), fc.constant(null)),
        revenue: fc.oneof(fc.double(), fc.integer(), fc.string(), fc.constant(null)),
        customerSince: fc.oneof(
          fc.string(),
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          fc.constant('0000-01-01'),
          fc.constant(null),
        ),
        productsUsed: fc.oneof(fc.array(fc.string()), fc.constant(null), fc.string()),
        attributes: fc.oneof(
          fc.dictionary(fc.string({ maxLength: 70 }), fc.jsonValue(), { maxKeys: 60 }),
          fc.constant({ tier: 'a\u0000' }),
          fc.jsonValue(),
        ),
        consent: fc.oneof(fc.record({ emailOptOut: fc.boolean() }), fc.jsonValue()),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          contactLike,
          fc.array(fc.oneof(contactLike, fc.jsonValue()), { maxLength: 8 }),
          fc.jsonValue(),
        ),
        async (body) => {
          const res = await t.request({
            method: 'POST',
            url: '/api/v1/contacts',
            payload: JSON.stringify(body),
            headers: { 'content-type': 'application/json' },
            as: key,
          });
          expect(res.statusCode, res.body).toBeLessThan(500);
        },
      ),
      { numRuns: 150 },
    );
  });
});
