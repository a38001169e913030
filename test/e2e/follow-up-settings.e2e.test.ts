import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TFollowUpSettings, TTeamList } from '../../src/shared/contracts/follow-up.js';
import { launchBrowser, screenshotOf } from './helpers/browser.js';
import { inEachLayout, sidewaysOverflow } from './helpers/case-session.js';
import { expectNoAxeViolations, type DashboardSession } from './helpers/dashboard.js';
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
 * escalation step refused at its field, and the API reads back what was saved. Without a live
 * survey the re-survey part says what to do; with two it sets one and a delay, which a reload
 * shows again, and a bad delay or a survey the server refuses is marked at its field. Then the tab
 * in English and German, on a desktop and a phone.
 */
describe('follow-up settings in the dashboard', () => {
  const dataDir = mkdtempSync(`${tmpdir()}/resonance-follow-up-e2e-`);
  let server: RunningServer;
  let browser: Browser;
  const api = async <T>(path: string, method = 'GET', body?: unknown) => {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${KEY}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    expect(res.ok, `${method} ${path}: ${res.status}`).toBe(true);
    return (await res.json()) as T;
  };
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

  it('tells an organization without a live survey how to get a re-survey, in every layout', async () => {
    const draft = await api<{ id: string }>('/api/v1/surveys', 'POST', {
      name: 'Draft NPS',
      template: 'relationship-nps',
    });
    expect(draft.id).toBeTruthy();
    const { context, page } = await signedIn(1440, 'en-GB');
    // inEachLayout opens each layout with this sign-in.
    const session: DashboardSession = { server, browser, context, page, close: () => context.close() };
    await inEachLayout(session, async (other, width, language) => {
      await other.goto('/settings/follow-up');
      const part = other.getByTestId('follow-up-recovery');
      await part.waitFor();
      const empty = part.getByTestId('recovery-no-live-survey');
      // A draft is no survey to send: the sentence, a link to the surveys, and no select.
      expect(await empty.innerText()).toContain(
        language === 'de' ? 'schalten Sie sie live' : 'Create a survey under Surveys and set it live',
      );
      expect(await part.getByTestId('recovery-to-surveys').getAttribute('href')).toBe('/surveys');
      expect(await part.getByTestId('recovery-survey').count()).toBe(0);
      expect(await part.getByTestId('recovery-delay').inputValue()).toBe('7');
      expect(await sidewaysOverflow(other)).toBeLessThanOrEqual(0);
      await screenshotOf(part, `settings-follow-up-${width}-${language}-recovery-empty`);
      await expectNoAxeViolations(other, `follow-up recovery empty ${width} ${language}`);
    });
    await context.close();
  });

  it('sets the re-survey’s survey and delay, shows them after a reload, and marks refused values at their field', async () => {
    const create = async (name: string, template: string) => {
      const { id } = await api<{ id: string }>('/api/v1/surveys', 'POST', { name, template });
      await api(`/api/v1/surveys/${id}/status`, 'POST', { status: 'live' });
      return id;
    };
    const npsId = await create('Relationship NPS', 'relationship-nps');
    await create('Support CSAT', 'csat-after-support');
    const { context, page } = await signedIn(1440, 'en-GB');
    const part = page.getByTestId('follow-up-recovery');
    const select = part.getByTestId('recovery-survey');
    const delay = part.getByTestId('recovery-delay');
    expect(await select.inputValue()).toBe('The survey the customer answered');
    expect(await part.innerText()).toContain('quiet period');

    await select.click();
    const offered = await page.getByRole('option').allInnerTexts();
    expect(offered).toEqual(['The survey the customer answered', 'Relationship NPS', 'Support CSAT']);
    // A survey without NPS is allowed, with a word that the report will not count its answers.
    await page.getByRole('option', { name: 'Support CSAT' }).click();
    expect(await part.getByTestId('recovery-survey-warning').innerText()).toContain('NPS answers only');
    await screenshotOf(part, 'settings-follow-up-1440-en-recovery-not-nps');
    await select.click();
    await page.getByRole('option', { name: 'Relationship NPS' }).click();
    expect(await part.getByTestId('recovery-survey-warning').count()).toBe(0);
    await delay.fill('0');
    await page.getByTestId('follow-up-save-recovery').click();
    await expect
      .poll(async () => (await api<TFollowUpSettings>('/api/v1/settings/follow-up')).recovery)
      .toEqual({ surveyId: npsId, delayDays: 0 });

    await page.reload();
    await page.getByTestId('follow-up-tab').waitFor();
    expect(await select.inputValue()).toBe('Relationship NPS');
    expect(await delay.inputValue()).toBe('0');

    // An empty delay is refused at its field before anything is sent.
    await delay.fill('');
    await page.getByTestId('follow-up-save-recovery').click();
    await part.getByText('A whole number of days from 0 to 365.').waitFor();
    expect(await delay.getAttribute('aria-invalid')).toBe('true');
    expect((await api<TFollowUpSettings>('/api/v1/settings/follow-up')).recovery.delayDays).toBe(0);
    await delay.fill('14');

    // The server refuses a survey that is not the organization's (a form left open in a tab of
    // another organization sends one): the request is changed on its way, the server's real 400
    // names body.recovery.surveyId, and the form marks the select.
    await page.route('**/api/v1/settings/follow-up', async (route) => {
      if (route.request().method() !== 'PUT') return route.continue();
      const body = route.request().postDataJSON() as TFollowUpSettings;
      await route.continue({
        postData: JSON.stringify({
          ...body,
          recovery: { ...body.recovery, surveyId: '00000000-0000-4000-8000-000000000000' },
        }),
      });
    });
    await page.getByTestId('follow-up-save-recovery').click();
    await part.getByText('Choose one of this organization’s surveys from the list.').waitFor();
    expect(await select.getAttribute('aria-invalid')).toBe('true');
    await screenshotOf(part, 'settings-follow-up-1440-en-recovery-refused');
    expect((await api<TFollowUpSettings>('/api/v1/settings/follow-up')).recovery).toEqual({
      surveyId: npsId,
      delayDays: 0,
    });
    await page.unroute('**/api/v1/settings/follow-up');
    await expectNoAxeViolations(page, 'settings follow-up recovery refused');

    await page.getByTestId('follow-up-save-recovery').click();
    await expect
      .poll(async () => (await api<TFollowUpSettings>('/api/v1/settings/follow-up')).recovery)
      .toEqual({ surveyId: npsId, delayDays: 14 });
    await expectNoAxeViolations(page, 'settings follow-up recovery');

    // Archived later, the survey stays chosen and shown, with a warning that nothing goes out
    // (the layouts below show this state).
    await api(`/api/v1/surveys/${npsId}/status`, 'POST', { status: 'archived' });
    await page.reload();
    await page.getByTestId('follow-up-tab').waitFor();
    expect(await select.inputValue()).toBe('Relationship NPS (Archived)');
    expect(await part.getByTestId('recovery-survey-warning').innerText()).toContain(
      'This survey is not live',
    );
    await select.click();
    expect(await page.getByRole('option').allInnerTexts()).toEqual([
      'The survey the customer answered',
      'Support CSAT',
      'Relationship NPS (Archived)',
    ]);
    await page.keyboard.press('Escape');
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
      for (const section of ['teams', 'rules', 'sla', 'closing', 'recovery'])
        await screenshotOf(
          page.getByTestId(`follow-up-${section}`),
          `settings-follow-up-${width}-${locale.slice(0, 2)}-${section}`,
        );
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await context.close();
    }
  });
});
