import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TResponseList } from '../../src/shared/contracts/responses.js';
import { launchBrowser, screenshot, screenshotOf } from './helpers/browser.js';
import { expectNoAxeViolations } from './helpers/dashboard.js';
import { startServer, type RunningServer } from './helpers/server.js';

const KEY = 'rsn_e2eLinkKey_0123456789abcdefABCDEFGHIJ';
const ENV = {
  RESONANCE_ADMIN_EMAIL: 'link-owner@example.test',
  RESONANCE_ADMIN_PASSWORD: 'link-password-1',
  RESONANCE_ORG: 'Alpenglühen Outdoor',
  RESONANCE_API_KEY: KEY,
};
const ORG = 'Alpenglühen Outdoor';

/**
 * The public link in Chromium, with JavaScript off and on: the score alone first, then the
 * follow-up the e-mail path asks for that score, both in one answer; and the branding preview
 * in Settings showing the same page as respondents get.
 */
describe('public link in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let surveyId = '';
  let linkPath = '';
  const api = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    expect(res.status, `${method} ${path}: ${text}`).toBeLessThan(300);
    return JSON.parse(text) as unknown;
  };
  const answers = async () =>
    ((await api('GET', `/api/v1/responses?surveyId=${surveyId}`)) as TResponseList).items;

  beforeAll(async () => {
    server = await startServer(ENV);
    surveyId = (
      (await api('POST', '/api/v1/surveys', { name: 'Link NPS', template: 'relationship-nps' })) as {
        id: string;
      }
    ).id;
    await api('POST', `/api/v1/surveys/${surveyId}/status`, { status: 'live' });
    const delivery = (await api('PUT', `/api/v1/surveys/${surveyId}/delivery`, { isLinkEnabled: true })) as {
      linkUrl: string;
    };
    linkPath = new URL(delivery.linkUrl).pathname;
    await api('PATCH', '/api/v1/settings/sending', { brandColor: '#0b7285' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function answer(
    page: Page,
    o: { lang: 'en' | 'de'; score: number; expectPrompt: string; comment: string; shots: string },
  ) {
    await page.goto(`${server.url}${linkPath}?lang=${o.lang}&hf_store=berlin`);
    // The organization once, in the header; the question is the heading; nothing else is asked yet.
    expect(await page.locator('header').innerText()).toBe(ORG);
    expect(await page.getByText(ORG, { exact: true }).count()).toBe(1);
    expect(await page.locator('h1').innerText()).toContain('Alpenglühen Outdoor');
    expect(await page.locator('textarea').count()).toBe(0);
    await screenshot(page, `${o.shots}-score`);
    await page.locator(`label[for="q_nps_${o.score}"]`).click();
    await page.locator('button[type="submit"]').click();
    await page.waitForURL(/\/why\?r=/);
    expect(await page.locator('label[for="q_why"]').innerText()).toBe(o.expectPrompt);
    await screenshot(page, `${o.shots}-follow-up`);
    await page.locator('textarea').fill(o.comment);
    await page.locator('button[type="submit"]').click();
    await page.waitForURL(/\/thanks/);
  }

  it('works without JavaScript: a German detractor is asked what to improve', async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 390, height: 844 },
      locale: 'de-DE',
    });
    const page = await context.newPage();
    await answer(page, {
      lang: 'de',
      score: 3,
      expectPrompt: 'Was sollten wir vor allem verbessern?',
      comment: 'Schnellere Lieferung',
      shots: 'link-390-de-nojs',
    });
    await context.close();
    expect(await answers()).toMatchObject([
      {
        channel: 'link',
        score: 3,
        comment: 'Schnellere Lieferung',
        hiddenFields: { store: 'berlin', lang: 'de' },
      },
    ]);
  });

  it('works with JavaScript: an English promoter is asked what went well, at desktop width', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
    const page = await context.newPage();
    await answer(page, {
      lang: 'en',
      score: 10,
      expectPrompt: 'What did we do especially well?',
      comment: 'Friendly staff',
      shots: 'link-1440-en',
    });
    await expectNoAxeViolations(page, 'link-thanks');
    await context.close();
    const all = await answers();
    expect(all).toHaveLength(2);
    expect(all.find((a) => a.score === 10)).toMatchObject({ comment: 'Friendly staff', language: 'en' });
  });

  it('takes screenshots of both steps at the other widths and languages', async () => {
    for (const [width, lang] of [
      [1440, 'de'],
      [390, 'en'],
    ] as const) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await answer(page, {
        lang,
        score: 7,
        expectPrompt:
          lang === 'de'
            ? 'Was sollten wir vor allem verbessern?'
            : 'What is the one thing we should improve?',
        comment: 'ok',
        shots: `link-${width}-${lang}`,
      });
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await context.close();
    }
  });

  it('shows the real page in the Settings branding preview', async () => {
    for (const [width, locale] of [
      [1440, 'en-GB'],
      [390, 'de-DE'],
    ] as const) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, locale });
      const signIn = await context.request.post(`${server.url}/api/auth/sign-in/email`, {
        data: { email: ENV.RESONANCE_ADMIN_EMAIL, password: ENV.RESONANCE_ADMIN_PASSWORD },
        headers: { origin: server.url },
      });
      expect(signIn.status()).toBe(200);
      const page = await context.newPage();
      await page.goto(`${server.url}/settings/sending`);
      const frame = page.frameLocator('[data-testid="brand-preview"]');
      await page.getByTestId('brand-preview').waitFor();
      await screenshot(page, `settings-sending-${width}`);
      await expect.poll(() => frame.locator('header').innerText()).toBe(ORG);
      // The preview is the page's own markup: the chosen point and the button in the brand colour.
      expect(
        await frame.locator('input:checked + label').evaluate((el) => getComputedStyle(el).backgroundColor),
      ).toBe('rgb(11, 114, 133)');
      expect(await frame.locator('.btn').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
        'rgb(11, 114, 133)',
      );
      const lang = locale.startsWith('de') ? 'de' : 'en';
      expect(await frame.locator('h1').innerText()).toBe(
        lang === 'de'
          ? 'Wie wahrscheinlich ist es, dass Sie Alpenglühen Outdoor einem Freund oder Kollegen weiterempfehlen?'
          : 'How likely are you to recommend Alpenglühen Outdoor to a friend or colleague?',
      );
      await screenshotOf(page.getByTestId('sending-branding'), `settings-brand-preview-${width}-${lang}`);
      await page
        .getByTestId('brand-preview-step')
        .getByText(lang === 'de' ? 'Nachfrage' : 'Follow-up question')
        .click();
      await expect
        .poll(() => frame.locator('label[for="q_why"]').innerText())
        .toBe(lang === 'de' ? 'Was haben wir besonders gut gemacht?' : 'What did we do especially well?');
      await screenshotOf(
        page.getByTestId('sending-branding'),
        `settings-brand-preview-${width}-${lang}-follow-up`,
      );
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await context.close();
    }
  });
});
