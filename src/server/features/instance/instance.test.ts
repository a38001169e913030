import { afterEach, describe, expect, it } from 'vitest';
import { buildTestApp, TEST_PUBLIC_URL, type TestApp } from '../../../../test/helpers/build-test-app.js';

describe('GET /api/v1/instance', () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('tells a signed-out visitor of a fresh installation that sign-up is open and no account exists yet', async () => {
    t = await buildTestApp();
    const fresh = await t.request({ method: 'GET', url: '/api/v1/instance' });
    expect(fresh.statusCode, fresh.body).toBe(200);
    expect(fresh.json()).toEqual({ signupEnabled: true, hasAccounts: false, publicUrl: TEST_PUBLIC_URL });

    const owner = await t.signUp();
    const after = await t.request({ method: 'GET', url: '/api/v1/instance' });
    expect(after.json()).toEqual({ signupEnabled: true, hasAccounts: true, publicUrl: TEST_PUBLIC_URL });
    // Signed in, or as an API key: the same two facts, nothing about the caller's organization.
    await t.createOrg(owner.cookie);
    const { key } = await t.createApiKey(owner.cookie);
    for (const as of [{ cookie: owner.cookie }, { key }]) {
      const res = await t.request({ method: 'GET', url: '/api/v1/instance', as });
      expect(res.json()).toEqual({ signupEnabled: true, hasAccounts: true, publicUrl: TEST_PUBLIC_URL });
    }
  });

  it('reports sign-up as closed when SIGNUP_ENABLED=false, which the sign-up endpoint enforces', async () => {
    t = await buildTestApp({ env: { SIGNUP_ENABLED: 'false' } });
    const res = await t.request({ method: 'GET', url: '/api/v1/instance' });
    expect(res.json()).toEqual({ signupEnabled: false, hasAccounts: false, publicUrl: TEST_PUBLIC_URL });
    const signUp = await t.request({
      method: 'POST',
      url: '/api/auth/sign-up/email',
      payload: { email: 'someone@example.test', password: 'correct-horse-battery', name: 'Someone' },
    });
    expect(signUp.statusCode).toBeGreaterThanOrEqual(400);
    expect((await t.request({ method: 'GET', url: '/api/v1/instance' })).json()).toEqual({
      signupEnabled: false,
      hasAccounts: false,
      publicUrl: TEST_PUBLIC_URL,
    });
  });
});
