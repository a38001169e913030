import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, TEST_PUBLIC_URL, type TestApp } from '../../../../test/helpers/build-test-app.js';
import { loadConfig } from '../../config.js';
import { bootstrapFromConfig } from './bootstrap.service.js';

const KEY = 'rsn_bootstrapKeyForAutomation_0123456789abcdef';
const env = {
  PUBLIC_URL: TEST_PUBLIC_URL,
  RESONANCE_ADMIN_EMAIL: 'ops@example.test',
  RESONANCE_ADMIN_PASSWORD: 'ops-password-1',
  RESONANCE_ORG: 'Müller & Söhne GmbH',
  RESONANCE_API_KEY: KEY,
};

describe('bootstrap from environment variables', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ env });
  });
  afterAll(() => t.close());

  it('creates owner, organization and a working API key on an empty install, once', async () => {
    const config = loadConfig(env);
    expect(await bootstrapFromConfig(t.runtime.deps, config)).toBe('created');
    expect(await bootstrapFromConfig(t.runtime.deps, config)).toBe('skipped');

    const org = await t.request({ method: 'GET', url: '/api/v1/organization', as: { key: KEY } });
    expect(org.statusCode).toBe(200);
    expect(org.json()).toMatchObject({
      name: 'Müller & Söhne GmbH',
      slug: 'mueller-soehne-gmbh',
      planId: 'selfhosted',
    });

    const cookie = await t.signIn('ops@example.test', 'ops-password-1');
    await t.setActiveOrg(cookie, (org.json() as { id: string }).id);
    const me = await t.request({ method: 'GET', url: '/api/v1/me', as: { cookie } });
    expect(me.json()).toMatchObject({ role: 'owner' });
    const usage = await t.request({ method: 'GET', url: '/api/v1/organization/usage', as: { key: KEY } });
    // A self-hosted installation (no DEFAULT_PLAN) sends without a monthly limit.
    expect(usage.json()).toMatchObject({
      planId: 'selfhosted',
      surveySends: { used: 0, limit: null, remaining: null },
    });
  });

  it('does nothing when the variables are incomplete', async () => {
    expect(
      await bootstrapFromConfig(t.runtime.deps, loadConfig({ RESONANCE_ADMIN_EMAIL: 'x@example.test' })),
    ).toBe('not-configured');
  });
});
