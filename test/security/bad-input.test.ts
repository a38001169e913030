import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.js';

/** Random bodies and headers on the public and key-authenticated routes: never a 5xx, always our error shape. */
describe('bad input', () => {
  let t: TestApp;
  let cookie: string;
  let key: string;
  beforeAll(async () => {
    t = await buildTestApp();
    const owner = await t.signUp();
    await t.createOrg(owner.cookie);
    cookie = owner.cookie;
    key = (await t.createApiKey(owner.cookie)).key;
  });
  afterAll(() => t.close());

  const routes: Array<{ method: 'POST' | 'PATCH' | 'PUT'; url: string }> = [
    { method: 'POST', url: '/api/v1/api-keys' },
    { method: 'PATCH', url: '/api/v1/organization/settings' },
    { method: 'PUT', url: '/api/v1/organization/plan' },
  ];

  it('answers random JSON with a 4xx that follows { error: { code, message } }', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), fc.jsonValue(), fc.boolean(), async (route, body, asKey) => {
        const res = await t.request({ method: route.method, url: route.url, payload: JSON.stringify(body), headers: { 'content-type': 'application/json' }, as: asKey ? { key } : { cookie } });
        expect(res.statusCode).toBeLessThan(500);
        if (res.statusCode >= 400) {
          const parsed = res.json() as { error: { code: string; message: string } };
          expect(typeof parsed.error.code).toBe('string');
          expect(parsed.error.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('answers broken JSON, wrong media types and random bearer tokens with clear 4xx errors', async () => {
    const broken = await t.request({ method: 'POST', url: '/api/v1/api-keys', payload: '{"name": ', headers: { 'content-type': 'application/json' }, as: { cookie } });
    expect(broken.statusCode).toBe(400);
    expect(broken.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED', details: [{ field: 'body' }] } });

    const xml = await t.request({ method: 'POST', url: '/api/v1/api-keys', payload: '<name/>', headers: { 'content-type': 'application/xml' }, as: { cookie } });
    expect(xml.statusCode).toBe(415);
    expect(xml.json()).toMatchObject({ error: { code: 'UNSUPPORTED_MEDIA_TYPE' } });

    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (token) => {
        const res = await t.app.inject({ method: 'GET', url: '/api/v1/organization', headers: { authorization: `Bearer ${token}` } });
        expect([401]).toContain(res.statusCode);
      }),
      { numRuns: 40 },
    );
  });

  it('names the field and keeps the organization unchanged when a setting is invalid', async () => {
    const res = await t.request({ method: 'PATCH', url: '/api/v1/organization/settings', payload: { defaultLanguage: 'klingon' }, as: { cookie } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED', details: [{ field: 'body.defaultLanguage' }] } });
    const org = await t.request({ method: 'GET', url: '/api/v1/organization', as: { cookie } });
    expect((org.json() as { defaultLanguage: string }).defaultLanguage).toBe('en');
  });

  it('answers unknown routes with a JSON 404', async () => {
    const res = await t.request({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });
});
