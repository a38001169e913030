import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TFollowUpSettings, TTeamList } from '../../src/shared/contracts/follow-up.js';
import { launchBrowser, screenshotOf } from './helpers/browser.js';
import { expectNoAxeViolations } from './helpers/dashboard.js';
import { startServer, type RunningServer } from './helpers/server.js';

const KEY = 'rsn_e2eFollowUpKey_0123456789abcdefABCDEF';
const ENV = {
  RESONANCE_ADMIN_EMAIL: 'follow-up-owner@example.test',
  RESONANCE_ADMIN_PASSWORD: 'follow-up-password-1',
  RESONANCE_ORG: 'Kaffeerösterei Müller',
  RESONANCE_API_KEY: KEY,
};

/**
 * Settings → Follow-up in Chromium: an owner creates a team with a lunch break and a holiday,
 * sends the default rule to it with a stricter NPS threshold, adds a segment rule, sees a bad
 * escalation step refused at its field, and the API reads back what was saved. Then the tab in
 * English and German, on a desktop and a phone.
 */
describe('follow-up settings in the dashboard', () => {
  const dataDir = mkdtempSync(`${tmpdir()}/resonance-follow-up-e2e-`);
  let server: RunningServer;
  let browser: Browser;
  const api = async <T>(path: string) =>
    (await (
      await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${KEY}` } })
    ).json()) as T;
  const signedIn = async (width: number, locale: string) => {
    const context = await browser.newContext({
      viewport: { width, height: 900 },
      locale,
      reducedMotion: 'reduce',
    });
    const signIn = await context.request.post(`${server.url}/api/auth/sign-in/email`, {
      data: { email: ENV.RESONANCE_ADMIN_EMAIL, password: ENV.RESONANCE_ADMIN_PASSWORD },
      headers: { origin: server.url },
    });
    expect(signIn.status()).toBe(200);
    const page = await context.newPage();
    await page.addInitScript((lang) => localStorage.setItem('resonance.language', lang), locale.slice(0, 2));
    await page.goto(`${server.url}/settings/follow-up`);
    await page.getByTestId('follow-up-tab').waitFor();
    return { context, page };
  };

  beforeAll(async () => {
    server = await startServer(ENV, { dataDir });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('saves a team with a lunch break and a rule that sends cases to it', async () => {
    const { context, page } = await signedIn(1440, 'en-GB');
    await page.getByTestId('team-add').click();
    await page.getByTestId('team-name').fill('Support DACH');
    await page.getByTestId('team-members').click();
    await page.getByRole('option', { name: /follow-up-owner@example\.test/ }).click();
    await page.keyboard.press('Escape');
    await page.getByTestId('team-own-hours').click({ force: true });
    // Monday: 09:00–12:00 and 13:00–17:00.
    await page.getByTestId('calendar-1-0-end').fill('12:00');
    await page.getByTestId('calendar-1-add').click();
    await page.getByTestId('calendar-1-1-start').fill('13:00');
    await page.getByTestId('calendar-1-1-end').fill('17:00');
    await page.getByTestId('calendar-holiday-input').fill('2026-12-24');
    await page.getByTestId('calendar-holiday-add').click();
    await page.getByTestId('team-save').click();
    await page.getByTestId('team-card').filter({ hasText: 'Support DACH' }).waitFor();
    expect(await page.getByTestId('team-card').innerText()).toMatch(/1 member/i);

    const teams = await api<TTeamList>('/api/v1/teams');
    expect(teams.teams).toHaveLength(1);
    const team = teams.teams[0];
    expect(team?.calendar?.week[1]).toEqual([
      { start: '09:00', end: '12:00' },
      { start: '13:00', end: '17:00' },
    ]);
    expect(team?.calendar?.holidays).toEqual(['2026-12-24']);
    expect(team?.memberIds).toHaveLength(1);

    // The default rule: NPS 0–4 only, to the new team; a second rule for one segment.
    await page.getByTestId('rule-0-threshold-nps').fill('4');
    await page.getByTestId('rule-0-team').click();
    await page.getByRole('option', { name: 'Support DACH' }).click();
    await page.getByTestId('rule-add').click();
    await page.getByTestId('rule-1-name').fill('Enterprise complaints');
    await page.getByTestId('rule-1-segments').fill('Enterprise');
    await page.keyboard.press('Enter');
    await page.getByTestId('rule-1-enabled').click({ force: true });

    // A later escalation level before an earlier one is refused at its field, nothing is sent.
    await page.getByTestId('sla-escalation-1').fill('0');
    await page.getByTestId('follow-up-save-rules').click();
    const stepError = page.getByTestId('follow-up-sla').getByText('each level later than the one before');
    await stepError.waitFor();
    expect((await api<TFollowUpSettings>('/api/v1/settings/follow-up')).rules).toHaveLength(1);

    await page.getByTestId('sla-escalation-1').fill('240');
    await page.getByTestId('follow-up-save-sla').click();
    await expect
      .poll(async () => (await api<TFollowUpSettings>('/api/v1/settings/follow-up')).rules.length)
      .toBe(2);
    const saved = await api<TFollowUpSettings>('/api/v1/settings/follow-up');
    expect(saved.rules[0]).toMatchObject({ thresholds: { nps: 4 }, teamId: team?.id, isEnabled: true });
    expect(saved.rules[1]).toMatchObject({
      name: 'Enterprise complaints',
      segments: ['Enterprise'],
      isEnabled: false,
    });
    expect(saved.sla.escalateAfterMinutes).toEqual([0, 240]);
    await expectNoAxeViolations(page, 'settings follow-up');
    await context.close();
  });

  it('shows the tab in English and German, on a desktop and a phone, without sideways scrolling', async () => {
    for (const [width, locale] of [
      [1440, 'en-GB'],
      [390, 'en-GB'],
      [1440, 'de-DE'],
      [390, 'de-DE'],
    ] as const) {
      const { context, page } = await signedIn(width, locale);
      const tab = page.getByTestId('follow-up-tab');
      await page.getByTestId('team-card').first().waitFor();
      if (locale === 'de-DE') expect(await tab.innerText()).toContain('Wann ein Fall entsteht');
      else expect(await tab.innerText()).toContain('When a case opens');
      await page.getByTestId('team-card').getByRole('button').first().click();
      await page.getByTestId('business-hours').waitFor();
      for (const section of ['teams', 'rules', 'sla', 'closing'])
        await screenshotOf(
          page.getByTestId(`follow-up-${section}`),
          `settings-follow-up-${width}-${locale.slice(0, 2)}-${section}`,
        );
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await context.close();
    }
  });
});
