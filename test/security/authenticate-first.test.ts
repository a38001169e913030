import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.js';

/**
 * Who calls is settled before what they sent is read: a caller without credentials learns
 * nothing about a route's body schema, and its bad body costs no parsing or validation.
 */
describe('unauthenticated API requests', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('get 401 before their body, query or path is validated', async () => {
    const cases = [
      {
        method: 'POST' as const,
        url: '/api/v1/contacts',
        payload: { externalId: 42, email: 'not an address' },
      },
      { method: 'POST' as const, url: '/api/v1/feedback', payload: { text: 'a\u0000b' } },
      { method: 'PUT' as const, url: '/api/v1/organization/plan', payload: { planId: 'nonsense' } },
      {
        method: 'PATCH' as const,
        url: '/api/v1/organization/settings',
        payload: '{not json',
        headers: { 'content-type': 'application/json' },
      },
      { method: 'GET' as const, url: '/api/v1/contacts?limit=-5' },
      { method: 'GET' as const, url: '/api/v1/surveys/not-a-uuid' },
    ];
    for (const c of cases) {
      const res = await t.request({
        method: c.method,
        url: c.url,
        ...(c.payload !== undefined ? { payload: c.payload } : {}),
        ...(c.headers ? { headers: c.headers } : {}),
      });
      expect(res.statusCode, `${c.method} ${c.url}`).toBe(401);
      expect(res.json(), `${c.method} ${c.url}`).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    }
  });

  it('still reach the routes whose OpenAPI security is empty', async () => {
    const res = await t.request({ method: 'GET', url: '/api/v1/instance' });
    expect(res.statusCode).toBe(200);
  });

  it('with credentials, bad input is still a 400 naming the field', async () => {
    const owner = await t.signUp();
    await t.createOrg(owner.cookie);
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/contacts',
      payload: { externalId: 42 },
      as: { cookie: owner.cookie },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
  });
});
