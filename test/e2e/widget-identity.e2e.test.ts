import AxeBuilder from '@axe-core/playwright';
import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, screenshotOf } from './helpers/browser.js';
import { startServer, type RunningServer } from './helpers/server.js';

const KEY = 'rsn_e2eIdentityKey_0123456789abcdefABCDEF';
/**
 * axe over one part of the page. The branding preview's iframe is sandboxed without scripts and
 * axe waits forever to enter it, so it is taken out first (it is not what this test looks at).
 */
async function expectAccessible(page: Page, selector: string): Promise<void> {
  await page.evaluate(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));
  const result = await new AxeBuilder({ page }).include(selector).analyze();
  expect(
    result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
  ).toEqual([]);
}

const ENV = {
  RESONANCE_ADMIN_EMAIL: 'identity-owner@example.test',
  RESONANCE_ADMIN_PASSWORD: 'identity-password-1',
  RESONANCE_ORG: 'Bergsport Shop',
  RESONANCE_API_KEY: KEY,
};

/**
 * Settings → Sending → Widget identity verification in Chromium: the owner generates the
 * secret (shown once), a host server's hash made with it is accepted while an unsigned id is
 * refused; turning the requirement off warns in red and lets unsigned ids through.
 */
describe('widget identity verification in Settings', () => {
  const dataDir = mkdtempSync(`${tmpdir()}/resonance-identity-e2e-`);
  let server: RunningServer;
  let browser: Browser;
  let widgetKey: string;
  const api = (path: string, init: RequestInit = {}) =>
    fetch(`${server.url}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json', ...init.headers },
    });
  const identify = (body: Record<string, unknown>) =>
    fetch(`${server.url}/api/public/widget/identify`, {
      method: 'POST',
      body: JSON.stringify({ key: widgetKey, ...body }),
    });
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
    await page.goto(`${server.url}/settings/sending`);
    await page.getByTestId('widget-identity').waitFor();
    return { context, page };
  };

  beforeAll(async () => {
    server = await startServer(ENV, { dataDir });
    widgetKey = ((await (await api('/api/v1/settings/sending')).json()) as { widgetKey: string }).widgetKey;
    const contacts = await api('/api/v1/contacts', {
      method: 'POST',
      body: JSON.stringify([{ externalId: 'kunde-7' }]),
    });
    expect(contacts.status).toBeLessThan(300);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('generates the secret once; the host’s hash is accepted, an unsigned id refused', async () => {
    const { context, page } = await signedIn(1440, 'en-GB');
    const section = page.getByTestId('widget-identity');
    expect(await section.getByTestId('widget-secret-status').innerText()).toMatch(/^No secret yet/);
    expect(
      await page.getByRole('switch', { name: 'Require verification for identified customers' }).isChecked(),
    ).toBe(true);
    await screenshotOf(section, 'settings-widget-identity-1440-en-empty');
    await expectAccessible(page, '[data-testid="widget-identity"]');

    await section.getByRole('button', { name: 'Generate secret' }).click({ timeout: 15_000 });
    const modal = page.getByRole('dialog', { name: 'Your widget secret' });
    await modal.waitFor({ timeout: 15_000 });
    const secret = (await page.getByTestId('widget-secret').innerText()).trim();
    expect(secret).toMatch(/^ws_[A-Za-z0-9_-]{43}$/);
    await screenshot(page, 'settings-widget-secret-1440-en');
    await expectAccessible(page, '[data-testid="widget-secret-modal"]');
    await page.getByTestId('widget-secret-close').click();
    await expect
      .poll(() => section.getByTestId('widget-secret-status').innerText())
      .toMatch(/^Secret in use since/);
    expect(await section.getByRole('button', { name: 'Replace secret' }).count()).toBe(1);
    // Shown once: the page no longer holds it.
    expect(await page.content()).not.toContain(secret);

    const userHash = createHmac('sha256', secret).update('kunde-7').digest('hex');
    expect((await identify({ externalId: 'kunde-7', userHash })).status).toBe(200);
    expect((await identify({ externalId: 'kunde-7' })).status).toBe(401);
    await context.close();
  });

  it('warns in red when verification is turned off, in English and German, without sideways scrolling on a phone', async () => {
    {
      const { context, page } = await signedIn(1440, 'en-GB');
      await page
        .getByRole('switch', { name: 'Require verification for identified customers' })
        .click({ force: true });
      await page.getByTestId('widget-verification-off').waitFor();
      expect(await page.getByTestId('widget-verification-off').innerText()).toContain(
        'answer surveys as any customer',
      );
      expect((await identify({ externalId: 'kunde-7' })).status).toBe(200);
      await context.close();
    }
    for (const [width, locale] of [
      [1440, 'en-GB'],
      [390, 'en-GB'],
      [1440, 'de-DE'],
      [390, 'de-DE'],
    ] as const) {
      const { context, page } = await signedIn(width, locale);
      const section = page.getByTestId('widget-identity');
      await page.getByTestId('widget-verification-off').waitFor();
      if (locale === 'de-DE') expect(await section.innerText()).toContain('Identitätsprüfung im Widget');
      await section.scrollIntoViewIfNeeded();
      await screenshotOf(section, `settings-widget-identity-${width}-${locale.slice(0, 2)}-off`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await context.close();
    }
  });

  it('shows the widget code with the userHash line on a survey’s Channels tab, in English and German', async () => {
    const created = await api('/api/v1/surveys', {
      method: 'POST',
      body: JSON.stringify({ name: 'Widget NPS', template: 'relationship-nps' }),
    });
    const surveyId = ((await created.json()) as { id: string }).id;
    for (const [width, locale] of [
      [1440, 'en-GB'],
      [390, 'de-DE'],
    ] as const) {
      const { context, page } = await signedIn(width, locale);
      await page.goto(`${server.url}/surveys/${surveyId}?tab=channels`);
      const snippet = page.getByTestId('widget-snippet');
      await snippet.waitFor();
      expect(await snippet.innerText()).toContain("userHash: 'HASH-FROM-YOUR-SERVER'");
      await screenshotOf(
        page.getByTestId('channel-widget'),
        `survey-channels-widget-${width}-${locale.slice(0, 2)}`,
      );
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await context.close();
    }
  });
});
