import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-test-app.js';
import { generateDemoDataset } from '../../../domain/demo/generate-demo-dataset.js';

const NOW = new Date('2026-03-10T09:00:00Z');
const DAY_MS = 86_400_000;

describe('demo workspace', () => {
  let t: TestApp;
  let owner: { cookie: string };
  let orgA: { id: string };
  let firstRun: { contacts: number; feedbackItems: number; events: number };

  async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
    const res = await t.runtime.deps.db.execute(query);
    return (res as unknown as { rows: T[] }).rows;
  }
  async function countRows(table: 'contacts' | 'feedback_items' | 'contact_events', organizationId: string): Promise<number> {
    const [row] = await rows<{ n: number }>(sql`select count(*)::int as n from ${sql.identifier(table)} where organization_id = ${organizationId}`);
    return Number(row?.n);
  }

  beforeAll(async () => {
    t = await buildTestApp({ now: () => NOW });
    owner = await t.signUp();
    orgA = await t.createOrg(owner.cookie, 'Acme');
    const res = await t.request({ method: 'POST', url: '/api/v1/demo', as: { cookie: owner.cookie } });
    expect(res.statusCode, res.body).toBe(201);
    firstRun = res.json();
  });
  afterAll(() => t.close());

  it('fills an empty organization and returns what it created', async () => {
    const expected = generateDemoDataset({ now: NOW });
    expect(firstRun).toEqual({ contacts: expected.contacts.length, feedbackItems: expected.feedbackItems.length, events: expected.events.length });
    expect(firstRun.events).toBeGreaterThan(1000);
    expect(await countRows('contact_events', orgA.id)).toBe(firstRun.events);
    expect(firstRun.contacts).toBe(600);
    expect(firstRun.feedbackItems).toBeGreaterThan(3000);
    expect(await countRows('contacts', orgA.id)).toBe(firstRun.contacts);
    expect(await countRows('feedback_items', orgA.id)).toBe(firstRun.feedbackItems);
  });

  it('puts plan, revenue, customer-since, products and churn into the typed columns and declares the custom attributes', async () => {
    const expected = generateDemoDataset({ now: NOW }).contacts;
    const stored = await rows<{ external_id: string; plan: string; revenue: number; since: string; products: string[]; churned: string | null; attributes: Record<string, unknown> }>(sql`
      select external_id, plan, revenue, to_char(customer_since at time zone 'UTC', 'YYYY-MM-DD') as since, products_used as products,
        to_char(churned_at at time zone 'UTC', 'YYYY-MM-DD') as churned, attributes
      from contacts where organization_id = ${orgA.id}`);
    const byId = new Map(stored.map((r) => [r.external_id, r]));
    for (const c of expected) {
      const row = byId.get(c.externalId);
      expect(row, c.externalId).toBeDefined();
      expect({ plan: row?.plan, revenue: row?.revenue, since: row?.since, products: row?.products.join(', '), churned: row?.churned, attributes: row?.attributes }).toEqual({
        plan: c.attributes.plan,
        revenue: c.attributes.revenue,
        since: c.attributes.customerSince,
        products: c.attributes.productsUsed,
        churned: c.attributes.churnedAt,
        attributes: { company: c.attributes.company, country: c.attributes.country },
      });
    }
    expect(expected.some((c) => c.attributes.churnedAt !== null)).toBe(true);
    const defs = await t.request({ method: 'GET', url: '/api/v1/contact-attributes', as: { cookie: owner.cookie } });
    expect((defs.json() as { items: { key: string; type: string }[] }).items.map((d) => [d.key, d.type])).toEqual([
      ['company', 'string'],
      ['country', 'string'],
    ]);
  });

  it('refuses a second run with 409 and changes nothing', async () => {
    const res = await t.request({ method: 'POST', url: '/api/v1/demo', as: { cookie: owner.cookie } });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: { code: 'CONFLICT', message: expect.stringContaining('already has contacts') } });
    expect(await countRows('contacts', orgA.id)).toBe(firstRun.contacts);
    expect(await countRows('feedback_items', orgA.id)).toBe(firstRun.feedbackItems);
  });

  it('is refused to analysts and agents', async () => {
    const other = await t.signUp();
    const org = await t.createOrg(other.cookie);
    for (const role of ['analyst', 'agent'] as const) {
      const member = await t.addMember(org.id, role);
      const res = await t.request({ method: 'POST', url: '/api/v1/demo', as: { cookie: member.cookie } });
      expect(res.statusCode, role).toBe(403);
    }
    expect(await countRows('contacts', org.id)).toBe(0);
  });

  it('stores both languages, all three survey metrics with their scales, and two years of history', async () => {
    const languages = await rows<{ language: string; n: number }>(
      sql`select language, count(*)::int as n from contacts where organization_id = ${orgA.id} group by language order by language`,
    );
    const de = Number(languages.find((l) => l.language === 'de')?.n) / firstRun.contacts;
    expect(languages.map((l) => l.language)).toEqual(['de', 'en']);
    expect(de).toBeGreaterThan(0.48);
    expect(de).toBeLessThan(0.62);

    const metrics = await rows<{ metric: string; lo: number; hi: number; scale_min: number; scale_max: number }>(sql`
      select metric, min(score) as lo, max(score) as hi, min(scale_min) as scale_min, max(scale_max) as scale_max
      from feedback_items where organization_id = ${orgA.id} and channel = 'survey' group by metric order by metric`);
    expect(metrics).toEqual([
      { metric: 'ces', lo: 1, hi: 7, scale_min: 1, scale_max: 7 },
      { metric: 'csat', lo: 1, hi: 5, scale_min: 1, scale_max: 5 },
      { metric: 'nps', lo: 0, hi: 10, scale_min: 0, scale_max: 10 },
    ]);

    const [span] = await rows<{ first: string | Date; last: string | Date }>(
      sql`select min(occurred_at) as first, max(occurred_at) as last from feedback_items where organization_id = ${orgA.id}`,
    );
    const first = new Date(span?.first ?? 0).getTime();
    const last = new Date(span?.last ?? 0).getTime();
    expect(last).toBeLessThanOrEqual(NOW.getTime());
    expect(NOW.getTime() - last).toBeLessThan(7 * DAY_MS);
    expect(last - first).toBeGreaterThan(720 * DAY_MS);

    const commentLanguages = await rows<{ language: string }>(
      sql`select distinct language from feedback_items where organization_id = ${orgA.id} and text is not null order by language`,
    );
    expect(commentLanguages.map((r) => r.language)).toEqual(['de', 'en']);
  });

  it('has NPS categories in plausible shares and every non-review item tied to a contact', async () => {
    const [shares] = await rows<{ p: number; d: number; n: number }>(sql`
      select avg(case when score >= 9 then 1.0 else 0 end)::float8 as p,
             avg(case when score <= 6 then 1.0 else 0 end)::float8 as d, count(*)::int as n
      from feedback_items where organization_id = ${orgA.id} and metric = 'nps'`);
    expect(shares?.n).toBeGreaterThan(1200);
    expect(shares?.p).toBeGreaterThan(0.38);
    expect(shares?.p).toBeLessThan(0.54);
    expect(shares?.d).toBeGreaterThan(0.17);
    expect(shares?.d).toBeLessThan(0.32);

    const [orphans] = await rows<{ n: number }>(sql`
      select count(*)::int as n from feedback_items
      where organization_id = ${orgA.id} and contact_id is null and channel <> 'review'`);
    expect(orphans?.n).toBe(0);
    const channels = await rows<{ channel: string }>(sql`select distinct channel from feedback_items where organization_id = ${orgA.id} order by channel`);
    expect(channels.map((c) => c.channel)).toEqual(['chat', 'review', 'survey', 'ticket']);
  });

  it('keeps demo rows inside their organization', async () => {
    const other = await t.signUp();
    const orgB = await t.createOrg(other.cookie);
    const { key } = await t.createApiKey(other.cookie);
    expect(await countRows('contacts', orgB.id)).toBe(0);
    expect(await countRows('feedback_items', orgB.id)).toBe(0);

    // An integration may fill its own organization too; the rows stay apart from org A's.
    const res = await t.request({ method: 'POST', url: '/api/v1/demo', as: { key } });
    expect(res.statusCode).toBe(201);
    const [crossLinks] = await rows<{ n: number }>(sql`
      select count(*)::int as n from feedback_items f join contacts c on c.id = f.contact_id
      where f.organization_id <> c.organization_id`);
    expect(crossLinks?.n).toBe(0);
    expect(await countRows('contacts', orgA.id)).toBe(firstRun.contacts);
    expect(await countRows('feedback_items', orgA.id)).toBe(firstRun.feedbackItems);
  });

  it('lets only one of two simultaneous requests fill an organization', async () => {
    const other = await t.signUp();
    const org = await t.createOrg(other.cookie);
    const post = () => t.request({ method: 'POST', url: '/api/v1/demo', as: { cookie: other.cookie } });
    const statuses = (await Promise.all([post(), post()])).map((r) => r.statusCode).sort();
    expect(statuses).toEqual([201, 409]);
    expect(await countRows('contacts', org.id)).toBe(firstRun.contacts);
    expect(await countRows('feedback_items', org.id)).toBe(firstRun.feedbackItems);
  });

  it('does not duplicate feedback when run again after the contacts were removed', async () => {
    await t.runtime.deps.db.execute(sql`delete from contacts where organization_id = ${orgA.id}`);
    const res = await t.request({ method: 'POST', url: '/api/v1/demo', as: { cookie: owner.cookie } });
    expect(res.statusCode).toBe(201);
    // Events went with their contacts (cascade); feedback stayed and is not written twice.
    expect(res.json()).toEqual({ contacts: firstRun.contacts, feedbackItems: 0, events: firstRun.events });
    expect(await countRows('feedback_items', orgA.id)).toBe(firstRun.feedbackItems);
  });
});
