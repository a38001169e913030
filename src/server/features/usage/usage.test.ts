import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-test-app.js';
import { consumeQuota, getUsage } from './usage.service.js';

describe('plan quotas', () => {
  let t: TestApp;
  let now = new Date('2026-11-30T23:00:00Z');
  beforeAll(async () => {
    // An operator who runs Resonance for others starts organizations on Starter.
    t = await buildTestApp({ now: () => now, env: { DEFAULT_PLAN: 'starter' } });
  });
  afterAll(() => t.close());

  it('counts sends against Starter’s 50 a month, refuses the excess whole, and restarts next month', async () => {
    const owner = await t.signUp();
    const org = await t.createOrg(owner.cookie);
    const deps = t.runtime.deps;
    expect(await consumeQuota(deps, org.id, 'survey.sends', 30)).toBe(30);
    await expect(consumeQuota(deps, org.id, 'survey.sends', 21)).rejects.toMatchObject({
      code: 'QUOTA_EXCEEDED',
    });
    expect((await getUsage(deps, org.id)).surveySends).toEqual({
      used: 30,
      limit: 50,
      remaining: 20,
      share: 0.6,
    });
    // Concurrent sends cannot both squeeze past the limit.
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, () => consumeQuota(deps, org.id, 'survey.sends', 5)),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(4);
    expect((await getUsage(deps, org.id)).surveySends.used).toBe(50);

    now = new Date('2026-12-01T00:00:01Z');
    const december = await getUsage(deps, org.id);
    expect(december).toMatchObject({
      period: '2026-12',
      resetsAt: '2027-01-01T00:00:00.000Z',
      surveySends: { used: 0, remaining: 50 },
    });
  });
});
