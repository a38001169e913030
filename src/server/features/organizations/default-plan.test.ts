import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-test-app.js';
import { liveSurvey, upsertContacts } from '../../../../test/helpers/survey-fixtures.js';
import { orgSettings } from '../../db/schema/index.js';
import { assignPlanToOrganizationsWithout } from './organizations.service.js';

/**
 * A self-hosted installation puts its organizations on "no limit"; an operator who runs
 * Resonance for others names a default plan with DEFAULT_PLAN, and new organizations start on it.
 */
describe('the plan a new organization starts on', () => {
  describe('on a self-hosted installation (DEFAULT_PLAN unset)', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await buildTestApp();
    });
    afterAll(() => t.close());

    it('starts an organization made in the dashboard without a send limit, so the first real send is not refused', async () => {
      const owner = await t.signUp();
      const org = await t.createOrg(owner.cookie, 'Erste Schritte GmbH');
      const { key } = await t.createApiKey(owner.cookie);
      expect(
        (await t.request({ method: 'GET', url: '/api/v1/organization', as: { key } })).json(),
      ).toMatchObject({ id: org.id, planId: 'selfhosted' });

      const ids = Array.from({ length: 60 }, (_, i) => `N${i}`);
      await upsertContacts(
        t,
        key,
        ids.map((externalId, i) => ({ externalId, email: `n${i}@example.test` })),
      );
      const survey = await liveSurvey(t, key, 'relationship-nps');
      const sent = await t.request({
        method: 'POST',
        url: `/api/v1/surveys/${survey.id}/send`,
        payload: { contacts: ids, delaySeconds: 3600 },
        as: { key },
      });
      expect(sent.statusCode, sent.body).toBe(200);
      expect(sent.json()).toMatchObject({ scheduled: 60 });
      const usage = (
        await t.request({ method: 'GET', url: '/api/v1/organization/usage', as: { key } })
      ).json() as unknown;
      expect(usage).toMatchObject({
        planId: 'selfhosted',
        surveySends: { used: 60, limit: null, remaining: null },
      });
    });

    it('keeps the plan when the organization’s language or industry is changed', async () => {
      const owner = await t.signUp();
      await t.createOrg(owner.cookie);
      const patched = await t.request({
        method: 'PATCH',
        url: '/api/v1/organization/settings',
        payload: { defaultLanguage: 'de' },
        as: { cookie: owner.cookie },
      });
      expect(patched.statusCode, patched.body).toBe(200);
      expect(patched.json()).toMatchObject({ defaultLanguage: 'de', planId: 'selfhosted' });
    });
  });

  describe('on an installation run for others (DEFAULT_PLAN=starter)', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await buildTestApp({ env: { DEFAULT_PLAN: 'starter' } });
    });
    afterAll(() => t.close());

    it('starts new organizations on the configured plan with its quota', async () => {
      const owner = await t.signUp();
      await t.createOrg(owner.cookie);
      const usage = (
        await t.request({ method: 'GET', url: '/api/v1/organization/usage', as: { cookie: owner.cookie } })
      ).json() as unknown;
      expect(usage).toMatchObject({ planId: 'starter', surveySends: { used: 0, limit: 50, remaining: 50 } });
    });

    it('gives organizations from before the setting existed (no settings row yet) the configured plan at start, and leaves chosen plans alone', async () => {
      const owner = await t.signUp();
      const older = await t.createOrg(owner.cookie);
      const chosen = await t.createOrg(owner.cookie);
      const db = t.runtime.deps.db;
      await db.delete(orgSettings).where(eq(orgSettings.organizationId, older.id));
      await db
        .update(orgSettings)
        .set({ planId: 'business' })
        .where(eq(orgSettings.organizationId, chosen.id));

      expect(await assignPlanToOrganizationsWithout(db, 'starter', new Date())).toBe(1);
      expect(await assignPlanToOrganizationsWithout(db, 'starter', new Date())).toBe(0);
      const plans = await db
        .select({ id: orgSettings.organizationId, planId: orgSettings.planId })
        .from(orgSettings);
      expect(plans.find((p) => p.id === older.id)?.planId).toBe('starter');
      expect(plans.find((p) => p.id === chosen.id)?.planId).toBe('business');
    });
  });
});
