import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TSendOutcomeTotals, TSurveySend, TSurveySendList } from '../../../shared/contracts/sending.js';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-test-app.js';
import { liveSurvey, manualClock, upsertContacts } from '../../../../test/helpers/survey-fixtures.js';

/**
 * What became of a send to a segment, in totals the server counts: the dashboard's result card
 * reads them, so a segment larger than a page of invitations is summed whole.
 */
describe('the outcome of a send', () => {
  let t: TestApp;
  const clock = manualClock(new Date('2026-11-02T09:00:00Z'));

  beforeAll(async () => {
    // The Starter plan's 50 sends a month, so a large segment goes over quota and is held.
    t = await buildTestApp({ now: clock.now, env: { DEFAULT_PLAN: 'starter' } });
  });
  afterAll(() => t.close());

  async function newOrg() {
    const owner = await t.signUp();
    await t.createOrg(owner.cookie, 'Outcome AG');
    return (await t.createApiKey(owner.cookie)).key;
  }

  it('counts every invitation of a 260-contact segment by outcome and reason, matching the funnel', async () => {
    const key = await newOrg();
    // Over the Starter plan's 50 sends a month, the rest is held for next month rather than refused.
    const settings = await t.request({
      method: 'PATCH',
      url: '/api/v1/settings/sending',
      payload: { overQuota: 'hold' },
      as: { key },
    });
    expect(settings.statusCode, settings.body).toBe(200);
    const contacts = [
      ...Array.from({ length: 230 }, (_, i) => ({
        externalId: `A-${i}`,
        email: `a${i}@example.test`,
        segment: 'Aktiv',
      })),
      ...Array.from({ length: 20 }, (_, i) => ({ externalId: `N-${i}`, segment: 'Aktiv' })),
      ...Array.from({ length: 10 }, (_, i) => ({
        externalId: `O-${i}`,
        email: `o${i}@example.test`,
        consent: { emailOptOut: true },
        segment: 'Aktiv',
      })),
    ];
    await upsertContacts(t, key, contacts);
    const segment = (
      await t.request({
        method: 'POST',
        url: '/api/v1/segments',
        payload: { name: 'Aktive Kunden', filter: { segment: 'Aktiv' } },
        as: { key },
      })
    ).json() as { id: string };
    const survey = await liveSurvey(t, key, 'relationship-nps');
    const created = await t.request({
      method: 'POST',
      url: `/api/v1/surveys/${survey.id}/sends`,
      payload: { kind: 'one_off', segmentId: segment.id },
      as: { key },
    });
    expect(created.statusCode, created.body).toBe(201);
    const send = created.json() as TSurveySend;

    const res = await t.request({ method: 'GET', url: `/api/v1/sends/${send.id}/outcome`, as: { key } });
    expect(res.statusCode, res.body).toBe(200);
    const outcome = res.json() as TSendOutcomeTotals;
    expect(outcome).toEqual({
      sendId: send.id,
      total: 260,
      invited: 50,
      held: 180,
      heldUntil: '2026-12-01T00:00:00.000Z',
      skipped: 30,
      reasons: [
        { reason: 'no_email', count: 20, until: null },
        { reason: 'email_opt_out', count: 10, until: null },
      ],
    });

    // The same totals as the send's funnel.
    const list = (
      await t.request({ method: 'GET', url: `/api/v1/surveys/${survey.id}/sends`, as: { key } })
    ).json() as TSurveySendList;
    const funnel = list.items.find((s) => s.id === send.id)?.funnel;
    expect(funnel).toMatchObject({ invited: outcome.total, held: outcome.held, skipped: outcome.skipped });
  });

  it('answers a send of another organization, or none, with 404', async () => {
    const key = await newOrg();
    const other = await newOrg();
    await upsertContacts(t, key, [{ externalId: 'X-1', email: 'x1@example.test', segment: 'X' }]);
    const segment = (
      await t.request({
        method: 'POST',
        url: '/api/v1/segments',
        payload: { name: 'X', filter: { segment: 'X' } },
        as: { key },
      })
    ).json() as { id: string };
    const survey = await liveSurvey(t, key, 'csat-after-support');
    const send = (
      await t.request({
        method: 'POST',
        url: `/api/v1/surveys/${survey.id}/sends`,
        payload: { kind: 'one_off', segmentId: segment.id },
        as: { key },
      })
    ).json() as TSurveySend;
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/sends/${send.id}/outcome`, as: { key } })).json(),
    ).toMatchObject({ total: 1, invited: 1 });
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/sends/${send.id}/outcome`, as: { key: other } }))
        .statusCode,
    ).toBe(404);
    const bad = await t.request({ method: 'GET', url: '/api/v1/sends/not-a-uuid/outcome', as: { key } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { details: [{ field: expect.stringContaining('id') }] } });
  });
});
