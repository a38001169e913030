import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-test-app.js';
import { CliError } from '../../cli/cli-error.js';
import { findCommand } from '../../cli/commands.js';

/** Plans set the send quota: the operator of the installation sets them, never the organization itself. */
describe('who sets an organization’s plan', () => {
  let t: TestApp;
  let owner: { cookie: string };
  let org: { id: string; slug: string };
  beforeAll(async () => {
    t = await buildTestApp({ env: { DEFAULT_PLAN: 'starter' } });
    owner = await t.signUp();
    org = await t.createOrg(owner.cookie);
  });
  afterAll(() => t.close());

  const planOf = async () =>
    (
      (
        await t.request({ method: 'GET', url: '/api/v1/organization', as: { cookie: owner.cookie } })
      ).json() as { planId: string }
    ).planId;

  it('not its owner, admins or API keys: 403 PLAN_SET_BY_OPERATOR, and the plan stays', async () => {
    const admin = await t.addMember(org.id, 'admin');
    const { key } = await t.createApiKey(owner.cookie);
    for (const as of [{ cookie: owner.cookie }, { cookie: admin.cookie }, { key }]) {
      const res = await t.request({
        method: 'PUT',
        url: '/api/v1/organization/plan',
        payload: { planId: 'business' },
        as,
      });
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ error: { code: 'PLAN_SET_BY_OPERATOR' } });
      expect((res.json() as { error: { message: string } }).error.message).toMatch(/org plan/);
    }
    expect(await planOf()).toBe('starter');
  });

  it('the operator, with `npm run resonance -- org plan --org SLUG --plan ID`', async () => {
    const found = findCommand(['org', 'plan', '--org', org.slug, '--plan', 'business']);
    expect(found?.command.words).toEqual(['org', 'plan']);
    const lines: string[] = [];
    const work = found?.command.prepare({ org: org.slug, plan: 'business' });
    const result = await work?.({ deps: t.runtime.deps, print: (line) => lines.push(line) });
    expect(result).toMatchObject({ organization: org.slug, planId: 'business', previousPlanId: 'starter' });
    expect(lines.join('\n')).toMatch(/Business/);
    expect(await planOf()).toBe('business');
    const usage = (
      await t.request({ method: 'GET', url: '/api/v1/organization/usage', as: { cookie: owner.cookie } })
    ).json() as { planId: string; limit: number | null };
    expect(usage.planId).toBe('business');
  });

  it('the command refuses an unknown plan before opening the database, and an unknown organization', async () => {
    const command = findCommand(['org', 'plan'])?.command;
    expect(() => command?.prepare({ org: org.slug, plan: 'platinum' })).toThrow(CliError);
    expect(() => command?.prepare({ org: org.slug })).toThrow(CliError);
    const work = command?.prepare({ org: 'no-such-org', plan: 'growth' });
    await expect(work?.({ deps: t.runtime.deps, print: () => undefined })).rejects.toThrow(/no organization/);
  });
});
