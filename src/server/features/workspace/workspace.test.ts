import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-test-app.js';
import { generateDemoDataset } from '../../../domain/demo/generate-demo-dataset.js';
import type { TWorkspaceSummary } from '../../../shared/contracts/workspace.js';

const NOW = new Date('2026-03-10T09:00:00Z');
const URL = '/api/v1/workspace/summary';

const EMPTY: TWorkspaceSummary = {
  contacts: 0,
  feedbackItems: 0,
  byChannel: [],
  byMetric: [],
  languages: [],
  firstAt: null,
  lastAt: null,
};

/** Counts per key, most first then by key: the order the summary promises. */
function tally<T>(rows: readonly T[], key: (row: T) => string | null): { key: string; n: number }[] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const k = key(row);
    if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts].map(([k, n]) => ({ key: k, n })).sort((a, b) => b.n - a.n || (a.key < b.key ? -1 : 1));
}

describe('workspace summary', () => {
  let t: TestApp;
  let a: { cookie: string; orgId: string };
  let b: { cookie: string; key: string };

  beforeAll(async () => {
    t = await buildTestApp({ now: () => NOW });
    const ownerA = await t.signUp();
    const orgA = await t.createOrg(ownerA.cookie, 'Alpha');
    a = { cookie: ownerA.cookie, orgId: orgA.id };
    const ownerB = await t.signUp();
    await t.createOrg(ownerB.cookie, 'Beta');
    b = { cookie: ownerB.cookie, key: (await t.createApiKey(ownerB.cookie)).key };
  });
  afterAll(() => t.close());

  it('reports zeros and no time span for an empty organization', async () => {
    const res = await t.request({ method: 'GET', url: URL, as: { cookie: a.cookie } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual(EMPTY);
  });

  it('after the demo fill, counts exactly what the demo route created, per channel, metric and language', async () => {
    const fill = await t.request({ method: 'POST', url: '/api/v1/demo', as: { cookie: a.cookie } });
    expect(fill.statusCode, fill.body).toBe(201);
    const created = fill.json() as { contacts: number; feedbackItems: number };

    const res = await t.request({ method: 'GET', url: URL, as: { cookie: a.cookie } });
    expect(res.statusCode).toBe(200);
    const summary = res.json() as TWorkspaceSummary;
    expect(summary.contacts).toBe(created.contacts);
    expect(summary.feedbackItems).toBe(created.feedbackItems);
    expect(summary.byChannel.reduce((sum, c) => sum + c.n, 0)).toBe(created.feedbackItems);

    // The demo data is deterministic: the summary must match the generated dataset item for item.
    const items = generateDemoDataset({ now: NOW }).feedbackItems;
    expect(summary.byChannel).toEqual(
      tally(items, (i) => i.channel).map(({ key, n }) => ({ channel: key, n })),
    );
    expect(summary.byMetric).toEqual(
      tally(items, (i) => (i.metric !== null && i.score !== null ? i.metric : null)).map(({ key, n }) => ({
        metric: key,
        n,
      })),
    );
    expect(summary.byMetric.map((m) => m.metric).sort()).toEqual(['ces', 'csat', 'nps', 'rating']);
    expect(summary.languages).toEqual(
      tally(items, (i) => i.language).map(({ key, n }) => ({ language: key, n })),
    );
    const times = items.map((i) => i.occurredAt.getTime());
    expect(summary.firstAt).toBe(new Date(Math.min(...times)).toISOString());
    expect(summary.lastAt).toBe(new Date(Math.max(...times)).toISOString());
  });

  it('shows organization B only B: zeros while A is full, for its owner and its API key', async () => {
    for (const as of [{ cookie: b.cookie }, { key: b.key }]) {
      const res = await t.request({ method: 'GET', url: URL, as });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual(EMPTY);
    }
    // A's numbers are unchanged by B asking.
    const mine = (
      await t.request({ method: 'GET', url: URL, as: { cookie: a.cookie } })
    ).json() as TWorkspaceSummary;
    expect(mine.contacts).toBe(600);
  });

  it('is readable by every role and refused without a session', async () => {
    for (const role of ['admin', 'analyst', 'agent'] as const) {
      const member = await t.addMember(a.orgId, role);
      const res = await t.request({ method: 'GET', url: URL, as: { cookie: member.cookie } });
      expect(res.statusCode, role).toBe(200);
      expect((res.json() as TWorkspaceSummary).contacts, role).toBe(600);
    }
    const anonymous = await t.request({ method: 'GET', url: URL });
    expect(anonymous.statusCode).toBe(401);
  });
});
