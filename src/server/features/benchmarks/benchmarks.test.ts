import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-test-app.js';
import { BUILTIN_BENCHMARKS } from '../../../domain/metrics/benchmarks.js';
import type { TBenchmark, TBenchmarkInput, TBenchmarkList } from '../../../shared/contracts/benchmarks.js';

const SOFTWARE = 'source-cloud-software-nps';
const WORLD_CLASS = 'source-world-class-nps';

const entry = (over: Partial<TBenchmarkInput> = {}): TBenchmarkInput => ({
  industry: 'software',
  metric: 'nps',
  score: 41,
  label: 'B2B SaaS, own customer base',
  source: 'Our 2025 vendor study',
  year: 2025,
  method: 'Vendor customer base, transactional',
  market: 'b2b',
  note: 'Bought from the vendor',
  ...over,
});

describe('benchmarks API', () => {
  let t: TestApp;
  let owner: string;
  let analyst: string;
  let agent: string;
  let other: string;

  const list = async (query = '', as = owner): Promise<TBenchmarkList> => {
    const res = await t.request({ method: 'GET', url: `/api/v1/benchmarks${query}`, as: { cookie: as } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as TBenchmarkList;
  };
  const byId = (l: TBenchmarkList, id: string) => l.items.find((i) => i.id === id);

  beforeAll(async () => {
    t = await buildTestApp();
    const o = await t.signUp();
    const org = await t.createOrg(o.cookie, 'Bench Org');
    owner = o.cookie;
    analyst = (await t.addMember(org.id, 'analyst')).cookie;
    agent = (await t.addMember(org.id, 'agent')).cookie;
    const p = await t.signUp();
    await t.createOrg(p.cookie, 'Other Bench Org');
    other = p.cookie;
  });
  afterAll(() => t.close());

  it("lists the organization's industry with the entries shown everywhere, each with source, year, method and market", async () => {
    const none = await list();
    expect(none.industry).toBeNull();
    expect(none.items.map((i) => i.id)).toEqual([WORLD_CLASS]);

    await t.request({
      method: 'PATCH',
      url: '/api/v1/organization/settings',
      payload: { industry: 'software' },
      as: { cookie: owner },
    });
    const software = await list('', analyst);
    expect(software.industry).toBe('software');
    expect(software.items.map((i) => i.id)).toEqual([SOFTWARE, WORLD_CLASS]);
    const builtin = BUILTIN_BENCHMARKS.find((b) => b.id === SOFTWARE);
    expect(byId(software, SOFTWARE)).toEqual({
      ...builtin,
      origin: 'builtin',
      hidden: false,
      updatedAt: null,
    });
    expect(byId(software, SOFTWARE)?.year).toBeNull();

    const insurance = await list('?industry=insurance');
    expect(insurance.items.map((i) => [i.id, i.score])).toEqual([
      ['source-insurance-nps', 80],
      [WORLD_CLASS, 70],
    ]);
  });

  it('adds, changes and deletes own entries', async () => {
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/benchmarks',
      payload: entry(),
      as: { cookie: owner },
    });
    expect(created.statusCode, created.body).toBe(201);
    const own = created.json() as TBenchmark;
    expect(own).toMatchObject({ ...entry(), origin: 'own', hidden: false });
    expect(byId(await list(), own.id)).toEqual(own);

    const put = await t.request({
      method: 'PUT',
      url: `/api/v1/benchmarks/${own.id}`,
      payload: entry({ score: 44, note: null, industry: 'banking' }),
      as: { cookie: owner },
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toMatchObject({
      id: own.id,
      score: 44,
      note: null,
      industry: 'banking',
      origin: 'own',
    });
    expect(byId(await list(), own.id)).toBeUndefined();
    expect(byId(await list('?industry=banking'), own.id)?.score).toBe(44);

    const del = await t.request({
      method: 'DELETE',
      url: `/api/v1/benchmarks/${own.id}`,
      as: { cookie: owner },
    });
    expect(del.statusCode).toBe(200);
    expect(byId(await list('?industry=banking'), own.id)).toBeUndefined();
    const again = await t.request({
      method: 'DELETE',
      url: `/api/v1/benchmarks/${own.id}`,
      as: { cookie: owner },
    });
    expect(again.statusCode).toBe(404);
    for (const id of ['00000000-0000-4000-8000-000000000000', 'no-such-entry']) {
      expect(
        (
          await t.request({
            method: 'PUT',
            url: `/api/v1/benchmarks/${id}`,
            payload: entry(),
            as: { cookie: owner },
          })
        ).statusCode,
      ).toBe(404);
    }
  });

  it('edits a built-in entry as a copy, drops the edit on delete, hides it on a second delete and restores it', async () => {
    const put = await t.request({
      method: 'PUT',
      url: `/api/v1/benchmarks/${SOFTWARE}`,
      payload: entry({ score: 36, year: 2024, label: 'Cloud software (checked)' }),
      as: { cookie: owner },
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toMatchObject({ id: SOFTWARE, origin: 'edited', score: 36, year: 2024 });
    expect(byId(await list(), SOFTWARE)).toMatchObject({
      origin: 'edited',
      score: 36,
      label: 'Cloud software (checked)',
    });

    expect(
      (await t.request({ method: 'DELETE', url: `/api/v1/benchmarks/${SOFTWARE}`, as: { cookie: owner } }))
        .statusCode,
    ).toBe(200);
    expect(byId(await list(), SOFTWARE)).toMatchObject({
      origin: 'builtin',
      score: 39,
      year: null,
      hidden: false,
    });

    expect(
      (await t.request({ method: 'DELETE', url: `/api/v1/benchmarks/${SOFTWARE}`, as: { cookie: owner } }))
        .statusCode,
    ).toBe(200);
    expect(byId(await list(), SOFTWARE)).toBeUndefined();
    expect(byId(await list('?includeHidden=true'), SOFTWARE)).toMatchObject({
      origin: 'builtin',
      hidden: true,
      score: 39,
    });
    // Deleting a hidden entry again changes nothing.
    expect(
      (await t.request({ method: 'DELETE', url: `/api/v1/benchmarks/${SOFTWARE}`, as: { cookie: owner } }))
        .statusCode,
    ).toBe(200);
    expect(byId(await list('?includeHidden=true'), SOFTWARE)?.hidden).toBe(true);

    const restore = await t.request({
      method: 'POST',
      url: `/api/v1/benchmarks/${SOFTWARE}/restore`,
      as: { cookie: owner },
    });
    expect(restore.statusCode, restore.body).toBe(200);
    expect(byId(await list(), SOFTWARE)).toMatchObject({ origin: 'builtin', hidden: false, updatedAt: null });
    expect(
      (
        await t.request({
          method: 'POST',
          url: '/api/v1/benchmarks/no-such-entry/restore',
          as: { cookie: owner },
        })
      ).statusCode,
    ).toBe(404);
  });

  it('reads with analytics.read and writes with settings.manage', async () => {
    expect(
      (await t.request({ method: 'GET', url: '/api/v1/benchmarks', as: { cookie: agent } })).statusCode,
    ).toBe(403);
    expect(
      (
        await t.request({
          method: 'POST',
          url: '/api/v1/benchmarks',
          payload: entry(),
          as: { cookie: analyst },
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await t.request({
          method: 'PUT',
          url: `/api/v1/benchmarks/${SOFTWARE}`,
          payload: entry(),
          as: { cookie: analyst },
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await t.request({ method: 'DELETE', url: `/api/v1/benchmarks/${SOFTWARE}`, as: { cookie: analyst } }))
        .statusCode,
    ).toBe(403);
    expect(byId(await list(), SOFTWARE)?.origin).toBe('builtin');
  });

  it('refuses bad entries with 400 naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [entry({ score: 101 }), 'body.score'],
      [entry({ metric: 'csat', score: -1 }), 'body.score'],
      [entry({ metric: 'ces', score: 100.5 }), 'body.score'],
      [entry({ year: 1800 }), 'body.year'],
      [entry({ year: new Date().getUTCFullYear() + 2 }), 'body.year'],
      [entry({ year: 2020.5 }), 'body.year'],
      [{ ...entry(), market: 'b2x' }, 'body.market'],
      [{ ...entry(), metric: 'ltv' }, 'body.metric'],
      [entry({ label: 'x'.repeat(121) }), 'body.label'],
      [entry({ source: '   ' }), 'body.source'],
      [entry({ note: 'x'.repeat(1001) }), 'body.note'],
      [entry({ industry: 'x'.repeat(81) }), 'body.industry'],
      [{ ...entry(), extra: true }, 'body'],
    ];
    for (const [payload, field] of cases) {
      const res = await t.request({
        method: 'POST',
        url: '/api/v1/benchmarks',
        payload,
        as: { cookie: owner },
      });
      expect(res.statusCode, JSON.stringify(payload).slice(0, 80)).toBe(400);
      const body = res.json() as { error: { code: string; message: string; details: { field?: string }[] } };
      expect(body.error.code).toBe('VALIDATION_FAILED');
      expect(body.error.details.map((d) => d.field)).toContain(field);
    }
    const put = await t.request({
      method: 'PUT',
      url: `/api/v1/benchmarks/${SOFTWARE}`,
      payload: entry({ score: -101 }),
      as: { cookie: owner },
    });
    expect(put.statusCode).toBe(400);
    expect(
      (await t.request({ method: 'GET', url: '/api/v1/benchmarks?includeHidden=yes', as: { cookie: owner } }))
        .statusCode,
    ).toBe(400);
  });

  it("keeps one organization's entries and edits away from another", async () => {
    const own = (
      await t.request({
        method: 'POST',
        url: '/api/v1/benchmarks',
        payload: entry({ label: 'Secret own entry' }),
        as: { cookie: owner },
      })
    ).json() as TBenchmark;
    await t.request({
      method: 'PUT',
      url: `/api/v1/benchmarks/${WORLD_CLASS}`,
      payload: entry({ industry: 'all', score: 75, label: 'Secret edit' }),
      as: { cookie: owner },
    });
    await t.request({ method: 'DELETE', url: `/api/v1/benchmarks/${SOFTWARE}`, as: { cookie: owner } });

    const seen = await list('?industry=software&includeHidden=true', other);
    expect(seen.items.map((i) => [i.id, i.origin, i.hidden, i.score])).toEqual([
      [SOFTWARE, 'builtin', false, 39],
      [WORLD_CLASS, 'builtin', false, 70],
    ]);
    expect(
      (
        await t.request({
          method: 'PUT',
          url: `/api/v1/benchmarks/${own.id}`,
          payload: entry({ label: 'taken' }),
          as: { cookie: other },
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (await t.request({ method: 'DELETE', url: `/api/v1/benchmarks/${own.id}`, as: { cookie: other } }))
        .statusCode,
    ).toBe(404);
    // The other organization's own delete of the built-in hides it there only.
    await t.request({ method: 'DELETE', url: `/api/v1/benchmarks/${WORLD_CLASS}`, as: { cookie: other } });
    const mine = await list('?industry=software&includeHidden=true');
    expect(byId(mine, own.id)?.label).toBe('Secret own entry');
    expect(byId(mine, WORLD_CLASS)).toMatchObject({ origin: 'edited', score: 75, hidden: false });
    expect(byId(mine, SOFTWARE)?.hidden).toBe(true);
  });
});
