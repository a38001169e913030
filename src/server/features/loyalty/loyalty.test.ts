import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-test-app.js';
import { generateDemoDataset } from '../../../domain/demo/generate-demo-dataset.js';
import type { TLoyaltyCategory, TLoyaltyEconomics } from '../../../shared/contracts/loyalty.js';

const NOW = new Date('2026-03-10T09:00:00Z');
const DAY = 86_400_000;
const URL = '/api/v1/loyalty';

type Key = TLoyaltyCategory['category'];
interface Expected {
  customers: number;
  eligible: number;
  retained: number;
  repurchased: number;
  revenue: number;
}

/**
 * The same numbers computed straight from the generated demo (no SQL): each contact's latest
 * NPS answer in [from, to), non-respondents at the respondents' median answer time (the lower
 * median, as percentile_disc picks it), a full 365 days of follow-up for eligibility.
 */
function expectedFromDemo(
  from: number,
  to: number,
): { byCategory: Record<Key, Expected>; reference: number } {
  const ds = generateDemoDataset({ now: NOW });
  const latest = new Map<string, { score: number; at: number }>();
  for (const item of ds.feedbackItems) {
    const at = item.occurredAt.getTime();
    if (
      item.metric !== 'nps' ||
      item.score === null ||
      item.contactExternalId === null ||
      at < from ||
      at >= to
    )
      continue;
    const seen = latest.get(item.contactExternalId);
    if (!seen || at > seen.at) latest.set(item.contactExternalId, { score: item.score, at });
  }
  const times = [...latest.values()].map((v) => v.at).sort((a, b) => a - b);
  const reference = times[Math.ceil(times.length / 2) - 1] ?? (from + to) / 2;
  const purchases = new Map<string, number[]>();
  for (const e of ds.events)
    if (e.type === 'purchase')
      purchases.set(e.contactExternalId, [
        ...(purchases.get(e.contactExternalId) ?? []),
        e.occurredAt.getTime(),
      ]);
  const empty = (): Expected => ({ customers: 0, eligible: 0, retained: 0, repurchased: 0, revenue: 0 });
  const byCategory: Record<Key, Expected> = {
    promoter: empty(),
    passive: empty(),
    detractor: empty(),
    'non-respondent': empty(),
  };
  for (const c of ds.contacts) {
    const answer = latest.get(c.externalId);
    const key: Key = !answer
      ? 'non-respondent'
      : answer.score >= 9
        ? 'promoter'
        : answer.score >= 7
          ? 'passive'
          : 'detractor';
    const at = answer?.at ?? reference;
    const since = Date.parse(`${c.attributes.customerSince}T00:00:00Z`);
    const churned =
      c.attributes.churnedAt === null ? null : Date.parse(`${c.attributes.churnedAt}T00:00:00Z`);
    const e = byCategory[key];
    e.customers++;
    e.revenue += c.attributes.revenue;
    const wasCustomer = since <= at && (churned === null || churned > at);
    if (at > NOW.getTime() - 365 * DAY || (!answer && !wasCustomer)) continue;
    e.eligible++;
    if (churned === null || churned > at + 365 * DAY) e.retained++;
    if ((purchases.get(c.externalId) ?? []).some((t) => t > at && t <= at + 365 * DAY)) e.repurchased++;
  }
  return { byCategory, reference };
}

function category(body: TLoyaltyEconomics, key: Key): TLoyaltyCategory {
  const found = body.categories.find((c) => c.category === key);
  if (!found) throw new Error(`no ${key}`);
  return found;
}

describe('loyalty economics', () => {
  let t: TestApp;
  let a: { cookie: string; orgId: string };
  let body: TLoyaltyEconomics;

  beforeAll(async () => {
    t = await buildTestApp({ now: () => NOW });
    const owner = await t.signUp();
    a = { cookie: owner.cookie, orgId: (await t.createOrg(owner.cookie, 'Loyal')).id };
  });
  afterAll(() => t.close());

  it('reports empty categories, no ratio and the default window for an organization without data', async () => {
    const res = await t.request({ method: 'GET', url: URL, as: { cookie: a.cookie } });
    expect(res.statusCode, res.body).toBe(200);
    const empty = res.json() as TLoyaltyEconomics;
    expect(empty).toMatchObject({
      metric: 'nps',
      interpretation: 'association',
      contacts: 0,
      respondents: 0,
      eligible: 0,
      promoterDetractorClvRatio: null,
    });
    expect(empty.window).toEqual({
      from: new Date(NOW.getTime() - 730 * DAY).toISOString(),
      to: new Date(NOW.getTime() - 365 * DAY).toISOString(),
    });
    expect(empty.categories.map((c) => [c.category, c.customers, c.retention, c.clv])).toEqual([
      ['promoter', 0, null, null],
      ['passive', 0, null, null],
      ['detractor', 0, null, null],
      ['non-respondent', 0, null, null],
    ]);
    expect(empty.claims.map((c) => c.key)).toEqual(['repurchase', 'clv-multiple', 'clv-range']);
    expect(empty.sources.map((s) => s.key)).toContain('reichheld-2003');
  });

  it('on the demo, matches a computation straight from the generated data, category by category', async () => {
    const fill = await t.request({ method: 'POST', url: '/api/v1/demo', as: { cookie: a.cookie } });
    expect(fill.statusCode, fill.body).toBe(201);
    const res = await t.request({ method: 'GET', url: URL, as: { cookie: a.cookie } });
    expect(res.statusCode, res.body).toBe(200);
    body = res.json() as TLoyaltyEconomics;

    const expected = expectedFromDemo(Date.parse(body.window.from), Date.parse(body.window.to));
    expect(body.nonRespondentReference).toBe(new Date(expected.reference).toISOString());
    for (const key of ['promoter', 'passive', 'detractor', 'non-respondent'] as const) {
      const c = category(body, key);
      const e = expected.byCategory[key];
      expect(
        {
          customers: c.customers,
          eligible: c.retention?.eligible,
          retained: c.retention?.successes,
          repurchased: c.repurchase?.successes,
        },
        key,
      ).toEqual({
        customers: e.customers,
        eligible: e.eligible,
        retained: e.retained,
        repurchased: e.repurchased,
      });
      expect(c.revenue, key).toBeCloseTo(e.revenue, 6);
    }
  });

  it('adds up: customers to the contact count, respondents to the three categories, revenue shares to 100 %', () => {
    expect(body.contacts).toBe(600);
    expect(body.categories.reduce((s, c) => s + c.customers, 0)).toBe(600);
    expect(body.respondents).toBe(
      body.categories.filter((c) => c.category !== 'non-respondent').reduce((s, c) => s + c.customers, 0),
    );
    expect(body.respondents).toBeGreaterThan(300);
    expect(body.eligible).toBe(body.categories.reduce((s, c) => s + (c.retention?.eligible ?? 0), 0));
    // The default window ended a year ago, so every respondent has a full year of follow-up.
    for (const key of ['promoter', 'passive', 'detractor'] as const)
      expect(category(body, key).retention?.eligible).toBe(category(body, key).customers);
    expect(body.categories.reduce((s, c) => s + (c.revenueShare ?? 0), 0)).toBeCloseTo(100, 9);
  });

  it('finds the churn signal the demo encodes: promoters retain and buy again more often than detractors', () => {
    const promoters = category(body, 'promoter');
    const detractors = category(body, 'detractor');
    expect(promoters.retention?.percent).toBeGreaterThan(detractors.retention?.percent ?? 100);
    expect(promoters.repurchase?.percent).toBeGreaterThan(detractors.repurchase?.percent ?? 100);
  });

  it('puts every estimate inside its interval, and repeats the same intervals on every call (seeded)', async () => {
    for (const c of body.categories) {
      for (const s of [c.retention, c.repurchase]) {
        if (!s) continue;
        expect(s.low).toBeLessThanOrEqual(s.percent);
        expect(s.high).toBeGreaterThanOrEqual(s.percent);
        expect(s.percent).toBeCloseTo((100 * s.successes) / s.eligible, 9);
      }
      expect(c.clv).not.toBeNull();
      const clv = c.clv as NonNullable<TLoyaltyCategory['clv']>;
      expect(clv.low).not.toBeNull();
      expect(clv.low as number).toBeLessThanOrEqual(clv.estimate);
      expect(clv.high as number).toBeGreaterThanOrEqual(clv.estimate);
      expect(clv.estimate).toBeGreaterThan(0);
    }
    const ratio = body.promoterDetractorClvRatio;
    expect(ratio).not.toBeNull();
    expect(ratio?.estimate).toBeCloseTo(
      (category(body, 'promoter').clv?.estimate ?? 0) / (category(body, 'detractor').clv?.estimate ?? 1),
      9,
    );
    expect(ratio?.low as number).toBeLessThanOrEqual(ratio?.estimate as number);
    expect(ratio?.high as number).toBeGreaterThanOrEqual(ratio?.estimate as number);
    const again = await t.request({ method: 'GET', url: URL, as: { cookie: a.cookie } });
    expect(again.json()).toEqual(body);
  });

  it('counts only answers at least a year old toward retention when the window reaches up to now', async () => {
    const res = await t.request({
      method: 'GET',
      url: `${URL}?from=${new Date(NOW.getTime() - 730 * DAY).toISOString()}&to=${NOW.toISOString()}`,
      as: { cookie: a.cookie },
    });
    expect(res.statusCode, res.body).toBe(200);
    const recent = res.json() as TLoyaltyEconomics;
    const expected = expectedFromDemo(Date.parse(recent.window.from), Date.parse(recent.window.to));
    // Quarterly answers: most contacts' latest answer is recent, so few are eligible yet.
    expect(recent.respondents).toBeGreaterThan(body.respondents);
    for (const key of ['promoter', 'passive', 'detractor', 'non-respondent'] as const) {
      expect(category(recent, key).retention?.eligible ?? 0, key).toBe(expected.byCategory[key].eligible);
      expect(category(recent, key).customers, key).toBe(expected.byCategory[key].customers);
    }
    expect(recent.eligible).toBeLessThan(recent.respondents);
  });

  it("narrows to one survey's answers, and answers 404 for a survey it does not know", async () => {
    const surveys = (
      await t.request({ method: 'GET', url: '/api/v1/surveys', as: { cookie: a.cookie } })
    ).json() as { items: { id: string; metric: string }[] };
    const nps = surveys.items.filter((s) => s.metric === 'nps');
    expect(nps.length).toBeGreaterThan(0);
    const counts = await Promise.all(
      nps.map(async (s) => {
        const res = await t.request({
          method: 'GET',
          url: `${URL}?surveyId=${s.id}`,
          as: { cookie: a.cookie },
        });
        expect(res.statusCode, res.body).toBe(200);
        const one = res.json() as TLoyaltyEconomics;
        expect(one.contacts).toBe(600);
        return one.respondents;
      }),
    );
    expect(Math.max(...counts)).toBeGreaterThan(0);
    expect(Math.max(...counts)).toBeLessThanOrEqual(body.respondents);
    const unknown = await t.request({
      method: 'GET',
      url: `${URL}?surveyId=00000000-0000-4000-8000-000000000000`,
      as: { cookie: a.cookie },
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('refuses a window that ends before it starts, and a metric without categories', async () => {
    const backwards = await t.request({
      method: 'GET',
      url: `${URL}?from=2025-06-01T00:00:00Z&to=2025-01-01T00:00:00Z`,
      as: { cookie: a.cookie },
    });
    expect(backwards.statusCode).toBe(400);
    const csat = await t.request({ method: 'GET', url: `${URL}?metric=csat`, as: { cookie: a.cookie } });
    expect(csat.statusCode).toBe(400);
  });

  it('is for analysts, admins and owners: agents get 403, signed-out callers 401', async () => {
    const analyst = await t.addMember(a.orgId, 'analyst');
    expect((await t.request({ method: 'GET', url: URL, as: { cookie: analyst.cookie } })).statusCode).toBe(
      200,
    );
    const agent = await t.addMember(a.orgId, 'agent');
    expect((await t.request({ method: 'GET', url: URL, as: { cookie: agent.cookie } })).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url: URL })).statusCode).toBe(401);
  });
});
