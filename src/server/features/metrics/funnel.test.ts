import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-test-app.js';
import { wilsonInterval } from '../../../domain/metrics/wilson.js';
import type { TOrgFunnel } from '../../../shared/contracts/funnel.js';

const NOW = new Date('2026-03-10T09:00:00Z');

interface RawInvitation {
  surveyId: string;
  createdAt: Date;
  channel: string;
  language: string;
  segment: string | null;
  sent: boolean;
  delivered: boolean;
  answered: boolean;
  bounced: boolean;
  unsubscribed: boolean;
  throttled: boolean;
  held: boolean;
}

/** The organization-wide funnel, checked against the demo workspace's invitations read with a plain query. */
describe('GET /api/v1/metrics/funnel', () => {
  let t: TestApp;
  let a: { cookie: string; orgId: string };
  let b: { cookie: string; key: string };
  let raw: RawInvitation[];

  const funnel = async (query: string, cookie = a.cookie): Promise<TOrgFunnel> => {
    const res = await t.request({
      method: 'GET',
      url: `/api/v1/metrics/funnel${query ? `?${query}` : ''}`,
      as: { cookie },
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as TOrgFunnel;
  };

  const expectCounts = (body: TOrgFunnel, rows: RawInvitation[]) => {
    expect(body.funnel).toMatchObject({
      invited: rows.length,
      sent: rows.filter((r) => r.sent).length,
      delivered: rows.filter((r) => r.delivered).length,
      answered: rows.filter((r) => r.answered).length,
      bounced: rows.filter((r) => r.bounced).length,
      unsubscribed: rows.filter((r) => r.unsubscribed).length,
      throttled: rows.filter((r) => r.throttled).length,
      held: rows.filter((r) => r.held).length,
      opened: null,
    });
  };

  beforeAll(async () => {
    t = await buildTestApp({ now: () => NOW });
    const ownerA = await t.signUp();
    a = { cookie: ownerA.cookie, orgId: (await t.createOrg(ownerA.cookie, 'Funnel A')).id };
    const demo = await t.request({ method: 'POST', url: '/api/v1/demo', as: { cookie: a.cookie } });
    expect(demo.statusCode, demo.body).toBe(201);
    const ownerB = await t.signUp();
    await t.createOrg(ownerB.cookie, 'Funnel B');
    b = { cookie: ownerB.cookie, key: (await t.createApiKey(ownerB.cookie)).key };
    const res = await t.runtime.deps.db.execute(sql`
      select i.survey_id as "surveyId", i.created_at as "createdAt", i.channel, i.language, c.segment,
        i.sent_at is not null as sent, i.delivered_at is not null as delivered, i.answered_at is not null as answered,
        i.status = 'bounced' as bounced, i.unsubscribed_at is not null as unsubscribed,
        coalesce(i.skip_reason in ('quiet_period', 'recontact_period'), false) as throttled, i.status = 'held' as held
      from survey_invitations i left join contacts c on c.id = i.contact_id
      where i.organization_id = ${a.orgId}`);
    raw = (res as unknown as { rows: RawInvitation[] }).rows.map((r) => ({
      ...r,
      createdAt: new Date(r.createdAt),
    }));
    expect(raw.length).toBeGreaterThan(50);
    expect(raw.some((r) => r.answered)).toBe(true);
  });
  afterAll(() => t.close());

  it('sums every invitation of the organization and gives the response rate with its Wilson interval', async () => {
    const body = await funnel('');
    expectCounts(body, raw);
    const sent = raw.filter((r) => r.sent);
    const answered = sent.filter((r) => r.answered).length;
    const w = wilsonInterval(answered, sent.length);
    expect(body.responseRate?.sent).toBe(sent.length);
    expect(body.responseRate?.answered).toBe(answered);
    expect(body.responseRate?.percent).toBeCloseTo((100 * answered) / sent.length, 9);
    expect(body.responseRate?.ci.low).toBeCloseTo(100 * w.low, 9);
    expect(body.responseRate?.ci.high).toBeCloseTo(100 * w.high, 9);
  });

  it('filters by period (UTC days, `to` exclusive), survey, segment and language', async () => {
    const days = [...new Set(raw.map((r) => r.createdAt.toISOString().slice(0, 10)))].sort();
    const from = days[Math.floor(days.length / 3)] ?? '';
    const to = days[Math.floor((2 * days.length) / 3)] ?? '';
    const inPeriod = (r: RawInvitation) =>
      r.createdAt >= new Date(`${from}T00:00:00Z`) && r.createdAt < new Date(`${to}T00:00:00Z`);
    expectCounts(await funnel(`from=${from}&to=${to}`), raw.filter(inPeriod));

    const surveyId = raw[0]?.surveyId ?? '';
    expectCounts(
      await funnel(`surveyId=${surveyId}`),
      raw.filter((r) => r.surveyId === surveyId),
    );

    const segment = raw.find((r) => r.segment)?.segment ?? '';
    const bySegment = raw.filter((r) => r.segment === segment && inPeriod(r));
    expectCounts(await funnel(`segment=${encodeURIComponent(segment)}&from=${from}&to=${to}`), bySegment);
    expectCounts(
      await funnel('language=de'),
      raw.filter((r) => r.language === 'de'),
    );
    // A feedback source is not a survey: it has no invitations.
    expect((await funnel('surveyId=kiosk')).funnel.invited).toBe(0);
  });

  it('shows another organization nothing: an empty funnel, and 404 for a survey of the first', async () => {
    const empty = await funnel('', b.cookie);
    expect(empty.funnel.invited).toBe(0);
    expect(empty.responseRate).toBeNull();
    const foreign = await t.request({
      method: 'GET',
      url: `/api/v1/metrics/funnel?surveyId=${raw[0]?.surveyId ?? ''}`,
      as: { key: b.key },
    });
    expect(foreign.statusCode).toBe(404);
  });

  it('refuses bad input with the field named', async () => {
    const res = await t.request({
      method: 'GET',
      url: '/api/v1/metrics/funnel?from=2026-03-01&to=2026-02-01',
      as: { cookie: a.cookie },
    });
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json())).toContain('to');
    const unknown = await t.request({
      method: 'GET',
      url: '/api/v1/metrics/funnel?product=Cloud',
      as: { cookie: a.cookie },
    });
    expect(unknown.statusCode).toBe(400);
  });
});
