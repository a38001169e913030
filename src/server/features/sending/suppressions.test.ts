import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TSendResult, TSuppressionState } from '../../../shared/contracts/sending.js';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-test-app.js';
import { liveSurvey, upsertContacts } from '../../../../test/helpers/survey-fixtures.js';

describe('suppression list', () => {
  let t: TestApp;
  let key: string;
  let surveyId: string;
  beforeAll(async () => {
    t = await buildTestApp({ transport: null });
    const owner = await t.signUp();
    await t.createOrg(owner.cookie);
    key = (await t.createApiKey(owner.cookie)).key;
    surveyId = (await liveSurvey(t, key, 'relationship-nps')).id;
    await upsertContacts(t, key, [{ externalId: 'S1', email: 'Someone@Example.test' }]);
  });
  afterAll(() => t.close());

  const send = async () =>
    (
      (
        await t.request({
          method: 'POST',
          url: `/api/v1/surveys/${surveyId}/send`,
          payload: { contacts: ['S1'] },
          as: { key },
        })
      ).json() as TSendResult
    ).results[0];

  it('suppresses an address by hand (any case), skips it, and mails it again once removed', async () => {
    const added = await t.request({
      method: 'POST',
      url: '/api/v1/suppressions',
      payload: { email: 'someone@example.TEST' },
      as: { key },
    });
    expect(added.statusCode, added.body).toBe(200);
    expect(added.json()).toMatchObject({ isSuppressed: true, reason: 'manual' });
    expect(await send()).toMatchObject({ status: 'skipped', reason: 'email_suppressed' });
    expect((await t.request({ method: 'GET', url: '/api/v1/suppressions', as: { key } })).json()).toEqual({
      unsubscribed: 0,
      bounced: 0,
      manual: 1,
    });

    const removed = (
      await t.request({
        method: 'POST',
        url: '/api/v1/suppressions/remove',
        payload: { email: 'someone@example.test' },
        as: { key },
      })
    ).json() as TSuppressionState;
    expect(removed).toMatchObject({ isSuppressed: false, reason: null });
    expect(await send()).toMatchObject({ status: 'scheduled' });
    const check = await t.request({
      method: 'GET',
      url: '/api/v1/suppressions/check?email=someone%40example.test',
      as: { key },
    });
    expect(check.json()).toMatchObject({ isSuppressed: false });
  });

  it('names a bad address and lets analysts see only the counts', async () => {
    const bad = await t.request({
      method: 'POST',
      url: '/api/v1/suppressions',
      payload: { email: 'not-an-address' },
      as: { key },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({
      error: { code: 'VALIDATION_FAILED', details: [{ field: 'body.email' }] },
    });
    const owner = await t.signUp();
    const org = await t.createOrg(owner.cookie);
    const analyst = await t.addMember(org.id, 'analyst');
    expect(
      (await t.request({ method: 'GET', url: '/api/v1/suppressions', as: { cookie: analyst.cookie } }))
        .statusCode,
    ).toBe(200);
    expect(
      (
        await t.request({
          method: 'POST',
          url: '/api/v1/suppressions',
          payload: { email: 'x@example.test' },
          as: { cookie: analyst.cookie },
        })
      ).statusCode,
    ).toBe(403);
  });
});
