import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-test-app.js';
import type { TNpsSnapshot } from '../../../shared/contracts/metrics-snapshot.js';

const NOW = new Date('2026-05-01T12:00:00Z');

/**
 * Nine contacts, hand-made:
 *   c1 SMB/DACH (uses Cloud)  NPS 3 on Jan 10, then 9 on Mar 1     → promoter (detractor before Mar 1)
 *   c2 SMB/DACH               NPS 10 on Feb 1 (through survey S), CSAT 5 → promoter
 *   c3 SMB/Nordics            NPS 8 on Feb 2 about Edge             → passive
 *   c4 Enterprise/DACH        NPS 9 on Jan 5, then 2 on Apr 1       → detractor (promoter before Apr 1)
 *   c5 Enterprise/Nordics     NPS 6 on Mar 3                        → detractor
 *   c6 SMB/DACH               sent survey S on Feb 1, no answer     → asked, not answered
 *   c7 SMB/Nordics            invitation to S scheduled, never sent → never asked
 *   c8 Enterprise/DACH        sent the CSAT survey only             → never asked (for NPS)
 *   c9 Startup (uses Edge)    nothing                               → never asked
 */
const CONTACTS = [
  { externalId: 'c1', segment: 'SMB', region: 'DACH', productsUsed: ['Cloud'] },
  { externalId: 'c2', segment: 'SMB', region: 'DACH' },
  { externalId: 'c3', segment: 'SMB', region: 'Nordics' },
  { externalId: 'c4', segment: 'Enterprise', region: 'DACH' },
  { externalId: 'c5', segment: 'Enterprise', region: 'Nordics' },
  { externalId: 'c6', segment: 'SMB', region: 'DACH' },
  { externalId: 'c7', segment: 'SMB', region: 'Nordics' },
  { externalId: 'c8', segment: 'Enterprise', region: 'DACH' },
  { externalId: 'c9', segment: 'Startup', region: 'DACH', productsUsed: ['Edge'] },
];

const ANSWERS: {
  contact: string;
  metric: 'nps' | 'csat';
  score: number;
  at: string;
  product?: string;
  ref: string;
}[] = [
  { contact: 'c1', metric: 'nps', score: 3, at: '2026-01-10T10:00:00Z', ref: 'a1' },
  { contact: 'c1', metric: 'nps', score: 9, at: '2026-03-01T10:00:00Z', ref: 'a2' },
  { contact: 'c2', metric: 'nps', score: 10, at: '2026-02-01T10:00:00Z', ref: 'a3' },
  { contact: 'c2', metric: 'csat', score: 5, at: '2026-04-20T10:00:00Z', ref: 'a4' },
  { contact: 'c3', metric: 'nps', score: 8, at: '2026-02-02T10:00:00Z', product: 'Edge', ref: 'a5' },
  { contact: 'c4', metric: 'nps', score: 9, at: '2026-01-05T10:00:00Z', ref: 'a6' },
  { contact: 'c4', metric: 'nps', score: 2, at: '2026-04-01T10:00:00Z', ref: 'a7' },
  { contact: 'c5', metric: 'nps', score: 6, at: '2026-03-03T10:00:00Z', ref: 'a8' },
];

describe('GET /api/v1/metrics/snapshot', () => {
  let t: TestApp;
  let a: { cookie: string; key: string; orgId: string; npsSurvey: string };
  let b: { cookie: string; orgId: string };

  const snapshot = async (query = '', as = a.cookie): Promise<TNpsSnapshot> => {
    const res = await t.request({
      method: 'GET',
      url: `/api/v1/metrics/snapshot${query}`,
      as: { cookie: as },
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as TNpsSnapshot;
  };
  const counts = (s: TNpsSnapshot) => ({
    contacts: s.contacts,
    respondents: s.respondents,
    promoters: s.promoters.n,
    passives: s.passives.n,
    detractors: s.detractors.n,
    askedNotAnswered: s.askedNotAnswered,
    neverAsked: s.neverAsked,
  });

  beforeAll(async () => {
    t = await buildTestApp({ now: () => NOW });
    const owner = await t.signUp();
    const orgId = (await t.createOrg(owner.cookie, 'Snapshot Org')).id;
    const key = (await t.createApiKey(owner.cookie)).key;
    const db = t.runtime.deps.db;
    expect(
      (await t.request({ method: 'POST', url: '/api/v1/contacts', payload: CONTACTS, as: { key } }))
        .statusCode,
    ).toBe(200);
    const payload = ANSWERS.map((x) => ({
      channel: 'other',
      source: 'kiosk',
      rating: {
        value: x.score,
        scaleMin: x.metric === 'nps' ? 0 : 1,
        scaleMax: x.metric === 'nps' ? 10 : 5,
        metric: x.metric,
      },
      occurredAt: x.at,
      contactExternalId: x.contact,
      externalRef: x.ref,
      ...(x.product ? { product: x.product } : {}),
    }));
    const fed = await t.request({ method: 'POST', url: '/api/v1/feedback', payload, as: { key } });
    expect(fed.statusCode, fed.body).toBe(200);
    const survey = async (name: string, template: string) =>
      (
        (
          await t.request({
            method: 'POST',
            url: '/api/v1/surveys',
            payload: { name, template },
            as: { key },
          })
        ).json() as { id: string }
      ).id;
    const npsSurvey = await survey('Relationship', 'relationship-nps');
    const csatSurvey = await survey('Support CSAT', 'csat-after-support');
    const contactId = async (externalId: string) =>
      (
        (await db.execute(
          sql`select id from contacts where organization_id = ${orgId} and external_id = ${externalId}`,
        )) as unknown as { rows: { id: string }[] }
      ).rows[0]?.id ?? '';
    const invite = (surveyId: string, contact: string, sentAt: string | null) =>
      db.execute(sql`insert into survey_invitations (organization_id, survey_id, contact_id, channel, language, status, scheduled_for, sent_at)
        values (${orgId}, ${surveyId}::uuid, ${contact}::uuid, 'email', 'en', ${sentAt ? 'sent' : 'scheduled'}, ${sentAt ?? '2026-06-01T00:00:00Z'}::timestamptz, ${sentAt}::timestamptz)`);
    await invite(npsSurvey, await contactId('c6'), '2026-02-01T09:00:00Z');
    await invite(npsSurvey, await contactId('c7'), null);
    await invite(csatSurvey, await contactId('c8'), '2026-02-01T09:00:00Z');
    // c2's NPS answer came through survey S.
    await db.execute(sql`insert into survey_responses (feedback_item_id, organization_id, survey_id, survey_version, contact_id, channel, language, answers)
      select fi.id, ${orgId}, ${npsSurvey}::uuid, 1, fi.contact_id, 'email', 'en', '{"nps": 10}'::jsonb
      from feedback_items fi where fi.organization_id = ${orgId} and fi.external_ref = 'a3'`);
    // An erased answer keeps its score but has no contact: it is nobody's latest answer.
    await db.execute(
      sql`insert into feedback_items (organization_id, channel, metric, score, scale_min, scale_max, occurred_at) values (${orgId}, 'other', 'nps', 0, 0, 10, '2026-04-02T00:00:00Z')`,
    );
    a = { cookie: owner.cookie, key, orgId, npsSurvey };

    const ownerB = await t.signUp();
    const orgB = (await t.createOrg(ownerB.cookie, 'Snapshot Other')).id;
    const keyB = (await t.createApiKey(ownerB.cookie)).key;
    await t.request({
      method: 'POST',
      url: '/api/v1/contacts',
      payload: { externalId: 'b1', segment: 'SMB' },
      as: { key: keyB },
    });
    await t.request({
      method: 'POST',
      url: '/api/v1/feedback',
      payload: {
        channel: 'other',
        rating: { value: 0, scaleMin: 0, scaleMax: 10, metric: 'nps' },
        occurredAt: '2026-03-01T00:00:00Z',
        contactExternalId: 'b1',
        externalRef: 'b',
      },
      as: { key: keyB },
    });
    b = { cookie: ownerB.cookie, orgId: orgB };
  });
  afterAll(() => t.close());

  it('counts every contact once by the latest answer, with Wilson shares, the NPS interval and who was never asked', async () => {
    const s = await snapshot();
    expect(counts(s)).toEqual({
      contacts: 9,
      respondents: 5,
      promoters: 2,
      passives: 1,
      detractors: 2,
      askedNotAnswered: 1,
      neverAsked: 3,
    });
    expect(s.asOf).toBe(NOW.toISOString());
    expect(s.latestAnswerAt).toBe('2026-04-01T10:00:00.000Z');
    expect(s.isThin).toBe(true);
    // Wilson 95 %: 2/5 → [11.762, 76.928] %, 1/5 → [3.622, 62.447] %.
    expect([s.promoters.share, s.promoters.ci?.low, s.promoters.ci?.high].map((v) => v?.toFixed(3))).toEqual([
      '40.000',
      '11.762',
      '76.928',
    ]);
    expect([s.passives.share, s.passives.ci?.low, s.passives.ci?.high].map((v) => v?.toFixed(3))).toEqual([
      '20.000',
      '3.622',
      '62.447',
    ]);
    expect(s.detractors.share).toBeCloseTo(40, 10);
    // NPS (2 − 2)/5 = 0; adjusted Wald: n′ 8, p′ = d′ = 2.75/8, V′ = 0.6875, 1.959964·√(0.6875/8) = 57.457 points.
    expect(s.nps?.score).toBeCloseTo(0, 10);
    expect(s.nps?.ci.low).toBeCloseTo(-57.457, 2);
    expect(s.nps?.ci.high).toBeCloseTo(57.457, 2);
  });

  it('filters by segment, region, product and survey', async () => {
    expect(counts(await snapshot('?segment=SMB'))).toEqual({
      contacts: 5,
      respondents: 3,
      promoters: 2,
      passives: 1,
      detractors: 0,
      askedNotAnswered: 1,
      neverAsked: 1,
    });
    expect((await snapshot('?segment=SMB')).nps?.score).toBeCloseTo(200 / 3, 10);
    expect(counts(await snapshot('?region=Nordics'))).toEqual({
      contacts: 3,
      respondents: 2,
      promoters: 0,
      passives: 1,
      detractors: 1,
      askedNotAnswered: 0,
      neverAsked: 1,
    });
    expect(counts(await snapshot('?product=Edge'))).toEqual({
      contacts: 2,
      respondents: 1,
      promoters: 0,
      passives: 1,
      detractors: 0,
      askedNotAnswered: 0,
      neverAsked: 1,
    });
    expect(counts(await snapshot(`?surveyId=${a.npsSurvey}`))).toEqual({
      contacts: 9,
      respondents: 1,
      promoters: 1,
      passives: 0,
      detractors: 0,
      askedNotAnswered: 1,
      neverAsked: 7,
    });
    const none = await snapshot('?segment=Nobody');
    expect(counts(none)).toEqual({
      contacts: 0,
      respondents: 0,
      promoters: 0,
      passives: 0,
      detractors: 0,
      askedNotAnswered: 0,
      neverAsked: 0,
    });
    expect([none.nps, none.promoters.share, none.promoters.ci, none.latestAnswerAt]).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });

  it('takes the snapshot as of an earlier moment', async () => {
    const s = await snapshot('?asOf=2026-02-15T00:00:00Z');
    expect(s.asOf).toBe('2026-02-15T00:00:00.000Z');
    expect(counts(s)).toEqual({
      contacts: 9,
      respondents: 4,
      promoters: 2,
      passives: 1,
      detractors: 1,
      askedNotAnswered: 1,
      neverAsked: 4,
    });
    expect(s.latestAnswerAt).toBe('2026-02-02T10:00:00.000Z');
    expect(counts(await snapshot('?asOf=2026-01-31T00:00:00Z'))).toMatchObject({
      respondents: 2,
      promoters: 1,
      detractors: 1,
      askedNotAnswered: 0,
      neverAsked: 7,
    });
  });

  it('shows another organization only its own contacts, 404 for a foreign survey, and refuses bad input and agents', async () => {
    expect(counts(await snapshot('', b.cookie))).toEqual({
      contacts: 1,
      respondents: 1,
      promoters: 0,
      passives: 0,
      detractors: 1,
      askedNotAnswered: 0,
      neverAsked: 0,
    });
    const foreign = await t.request({
      method: 'GET',
      url: `/api/v1/metrics/snapshot?surveyId=${a.npsSurvey}`,
      as: { cookie: b.cookie },
    });
    expect(foreign.statusCode).toBe(404);
    for (const [query, field] of [
      ['surveyId=nope', 'querystring.surveyId'],
      ['asOf=yesterday', 'querystring.asOf'],
      ['segment=', 'querystring.segment'],
      ['groupBy=segment', 'querystring'],
    ] as const) {
      const res = await t.request({
        method: 'GET',
        url: `/api/v1/metrics/snapshot?${query}`,
        as: { cookie: a.cookie },
      });
      expect(res.statusCode, query).toBe(400);
      expect(
        (res.json() as { error: { details: { field?: string }[] } }).error.details.map((d) => d.field),
        query,
      ).toContain(field);
    }
    const agent = await t.addMember(a.orgId, 'agent');
    expect(
      (await t.request({ method: 'GET', url: '/api/v1/metrics/snapshot', as: { cookie: agent.cookie } }))
        .statusCode,
    ).toBe(403);
  });
});
