import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-test-app.js';

/**
 * Revenue and lifetime value are only readable with their currency: an organization has one
 * (ISO 4217, EUR until changed in Settings → Organization), and only real codes are accepted.
 */
describe('the organization currency', () => {
  let t: TestApp;
  let cookie: string;
  beforeAll(async () => {
    t = await buildTestApp();
    const owner = await t.signUp();
    cookie = owner.cookie;
    await t.createOrg(cookie, 'Währungs AG');
  });
  afterAll(() => t.close());

  const read = async () =>
    (await t.request({ method: 'GET', url: '/api/v1/organization', as: { cookie } })).json() as {
      currency: string;
      defaultLanguage: string;
    };

  it('starts in euros', async () => {
    expect((await read()).currency).toBe('EUR');
  });

  it('changes to another ISO 4217 code, written in any case, and keeps the other settings', async () => {
    const res = await t.request({
      method: 'PATCH',
      url: '/api/v1/organization/settings',
      payload: { currency: 'chf' },
      as: { cookie },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ currency: 'CHF', defaultLanguage: 'en' });
    expect((await read()).currency).toBe('CHF');
    const other = await t.request({
      method: 'PATCH',
      url: '/api/v1/organization/settings',
      payload: { defaultLanguage: 'de' },
      as: { cookie },
    });
    expect(other.json()).toMatchObject({ currency: 'CHF', defaultLanguage: 'de' });
  });

  it.each(['EURO', 'XYZ', '', 'E€R', 42])(
    'refuses %j with a 400 naming the field, and keeps the currency',
    async (currency) => {
      const res = await t.request({
        method: 'PATCH',
        url: '/api/v1/organization/settings',
        payload: { currency },
        as: { cookie },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({
        error: { code: 'VALIDATION_FAILED', details: [{ field: 'body.currency' }] },
      });
      expect((await read()).currency).toBe('CHF');
    },
  );
});
