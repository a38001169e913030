import AxeBuilder from '@axe-core/playwright';
import { createHmac } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/server/db/client.js';
import { loadSendingSettings } from '../../src/server/features/sending/sending-settings.service.js';
import { updateSendingSettings } from '../../src/server/features/sending/throttle.repo.js';
import { setWidgetTargeting } from '../../src/server/features/widget/widget.repo.js';
import type { TFeedbackList } from '../../src/shared/contracts/feedback.js';
import { launchBrowser, screenshot } from './helpers/browser.js';
import { startServer, type RunningServer } from './helpers/server.js';

const KEY = 'rsn_e2eWidgetKey_0123456789abcdefABCDEFGH';
const ENV = {
  RESONANCE_ADMIN_EMAIL: 'widget-owner@example.test',
  RESONANCE_ADMIN_PASSWORD: 'widget-password-1',
  RESONANCE_ORG: 'Bergsport Shop',
  RESONANCE_API_KEY: KEY,
};
const FIXTURE = readFileSync(new URL('../fixtures/widget-host.html', import.meta.url), 'utf8');

/** What the customer's server computes for a signed-in user and writes into its page (identity verification). */
const userHashOf = (secret: string, externalId: string) =>
  createHmac('sha256', secret).update(externalId).digest('hex');

/** A customer's site on its own origin (another loopback port), serving the hostile fixture page. */
async function startHostSite(origin: string, widgetKey: string): Promise<{ url: string; server: Server }> {
  const html = FIXTURE.replaceAll('{{ORIGIN}}', origin).replaceAll('{{KEY}}', widgetKey);
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/`, server };
}

/** axe over the widget only (the fixture page is hostile on purpose); axe reads open shadow roots. */
async function expectWidgetAccessible(page: Page, name: string): Promise<void> {
  const result = await new AxeBuilder({ page }).include('resonance-widget').analyze();
  const found = result.violations.map(
    (v) =>
      `${name}: ${v.id} at ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`.slice(0, 300)).join(' | ')}`,
  );
  expect(found).toEqual([]);
  expect(result.passes.length).toBeGreaterThan(5);
}

/** The focused element inside the widget's shadow root, as text and role. */
const focusedInWidget = (page: Page) =>
  page.evaluate(() => {
    const active = document.querySelector('resonance-widget')?.shadowRoot?.activeElement;
    return active
      ? {
          tag: active.tagName,
          role: active.getAttribute('role'),
          text: active.textContent,
          checked: active.getAttribute('aria-checked'),
          outline: getComputedStyle(active).outlineStyle,
        }
      : null;
  });

/**
 * The in-app widget on a customer's page in Chromium: loaded cross-origin by one script tag
 * whose queue holds the identify call made before it arrived, styled and working despite the
 * page's hostile CSS, answered entirely by keyboard (score, then comment), found in the API,
 * and without axe violations.
 */
describe('in-app widget in Chromium', () => {
  const dataDir = mkdtempSync(`${tmpdir()}/resonance-widget-e2e-`);
  let server: RunningServer;
  let host: { url: string; server: Server };
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let widgetSecret: string;
  const api = (path: string, init: RequestInit = {}) =>
    fetch(`${server.url}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json', ...init.headers },
    });

  beforeAll(async () => {
    server = await startServer(ENV, { dataDir });
    const org = (await (await api('/api/v1/organization')).json()) as { id: string };
    const contacts = await api('/api/v1/contacts', {
      method: 'POST',
      body: JSON.stringify([
        { externalId: 'kunde-42', name: 'Kim Kunde', language: 'de' },
        { externalId: 'kunde-43', name: 'Mo Mobil', language: 'en' },
      ]),
    });
    expect(contacts.status, await contacts.text()).toBeLessThan(300);
    const created = await api('/api/v1/surveys', {
      method: 'POST',
      body: JSON.stringify({ name: 'Widget NPS', template: 'relationship-nps' }),
    });
    expect(created.status).toBe(201);
    const surveyId = ((await created.json()) as { id: string }).id;
    expect(
      (
        await api(`/api/v1/surveys/${surveyId}/status`, {
          method: 'POST',
          body: JSON.stringify({ status: 'live' }),
        })
      ).status,
    ).toBe(200);
    // The host site keeps this secret on its server; the browser only ever sees a user's hash.
    const secret = await api('/api/v1/settings/widget-identity/secret', { method: 'POST', body: '{}' });
    expect(secret.status, await secret.clone().text()).toBe(200);
    widgetSecret = ((await secret.json()) as { secret: string }).secret;

    // Placing the survey in the widget has no public API yet (PUT /api/v1/surveys/{id}/delivery is
    // coming with the dashboard), so the test writes it while the server is stopped: the embedded
    // database belongs to one process at a time.
    await server.stop();
    const database = await openDatabase({ dataDir });
    let widgetKey: string;
    try {
      expect(
        await setWidgetTargeting(database.db, org.id, surveyId, {
          segmentId: null,
          event: null,
          delaySeconds: 1,
          samplePercent: 100,
        }),
      ).toBe(true);
      widgetKey = (await loadSendingSettings(database.db, org.id)).widgetKey;
      await updateSendingSettings(database.db, org.id, { brandColor: '#0b7a4b' });
    } finally {
      await database.close();
    }
    server = await startServer(ENV, { dataDir });
    host = await startHostSite(server.url, widgetKey);
    expect(new URL(host.url).origin).not.toBe(server.url);
    browser = await launchBrowser();
    context = await browser.newContext({
      locale: 'de-DE',
      viewport: { width: 1280, height: 720 },
      reducedMotion: 'reduce',
    });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => host?.server.close(resolve));
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('queues identify until the script arrives, then shows the survey after its delay, focused on the scale', async () => {
    // Hold widget.js back so the call below certainly lands in the snippet's queue.
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(`${server.url}/widget.js`, async (route) => {
      await released;
      await route.continue();
    });
    // DOMContentLoaded: the load event would wait for the held-back async script.
    await page.goto(host.url, { waitUntil: 'domcontentloaded' });
    await page.locator('#account').focus();
    expect(
      await page.evaluate(() => (window as unknown as { Resonance: { q?: unknown[] } }).Resonance.q?.length),
    ).toBe(0);
    await page.evaluate(
      (userHash) =>
        (window as unknown as { Resonance: { identify(o: object): void } }).Resonance.identify({
          externalId: 'kunde-42',
          userHash,
        }),
      userHashOf(widgetSecret, 'kunde-42'),
    );
    expect(
      await page.evaluate(() => (window as unknown as { Resonance: { q?: unknown[] } }).Resonance.q?.length),
    ).toBe(1);
    const identified = page.waitForResponse((res) => res.url().endsWith('/api/public/widget/identify'));
    release();
    const identifyResponse = await identified;
    expect(identifyResponse.headers()['access-control-allow-origin']).toBe('*');
    expect(identifyResponse.request().headers()['content-type']).toMatch(/^text\/plain/);

    const dialog = page.getByRole('dialog', { name: /Wie wahrscheinlich ist es, dass Sie Bergsport Shop/ });
    await dialog.waitFor({ timeout: 10_000 });
    expect(await page.getByRole('radio').count()).toBe(11);
    expect(await focusedInWidget(page)).toMatchObject({ role: 'radio', text: '0' });
    expect(await dialog.getAttribute('lang')).toBe('de');

    // The page hides every button, div and dialog and blurs what is appended to body; none of it reached the widget.
    const box = await dialog.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x + box!.width).toBeGreaterThan(1200);
    expect(box!.y + box!.height).toBeGreaterThan(650);
    const looks = await page.evaluate(() => {
      const widget = document.querySelector('resonance-widget') as HTMLElement;
      const card = widget.shadowRoot?.querySelector('[role=dialog]') as HTMLElement;
      const radio = widget.shadowRoot?.querySelector('[role=radio]') as HTMLElement;
      const hostStyle = getComputedStyle(widget);
      return {
        opacity: hostStyle.opacity,
        transform: hostStyle.transform,
        filter: hostStyle.filter,
        font: getComputedStyle(card).fontFamily,
        radioDisplay: getComputedStyle(radio).display,
      };
    });
    expect(looks).toMatchObject({ opacity: '1', transform: 'none', filter: 'none', radioDisplay: 'block' });
    expect(looks.font).not.toContain('Comic Sans');
    await expectWidgetAccessible(page, 'widget-score');
  });

  it('answers the score with the keyboard, then the comment, and the API has one response', async () => {
    for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowRight');
    const focused = await focusedInWidget(page);
    expect(focused).toMatchObject({ role: 'radio', text: '9', checked: 'true' });
    // Keyboard focus stays visible although the page removes every outline.
    expect(focused?.outline).toBe('solid');
    await screenshot(page, 'widget');

    const scoreSaved = page.waitForResponse((res) => res.url().endsWith('/api/public/widget/answer'));
    await page.keyboard.press('Enter');
    expect((await scoreSaved).status()).toBe(200);
    const comment = page.getByRole('textbox', { name: 'Was haben wir besonders gut gemacht?' });
    await comment.waitFor();
    expect(await focusedInWidget(page)).toMatchObject({ tag: 'TEXTAREA' });
    await page.keyboard.type('Schnelle Lieferung <b>und</b> freundlicher Support');
    await expectWidgetAccessible(page, 'widget-comment');
    await screenshot(page, 'widget-comment');

    const commentSaved = page.waitForResponse((res) => res.url().endsWith('/api/public/widget/answer'));
    await page.keyboard.press('Tab');
    expect(await focusedInWidget(page)).toMatchObject({ tag: 'BUTTON', text: 'Senden' });
    await page.keyboard.press('Enter');
    expect((await commentSaved).status()).toBe(200);
    await page.getByRole('status').filter({ hasText: 'Vielen Dank für Ihr Feedback!' }).waitFor();
    await expectWidgetAccessible(page, 'widget-thanks');

    const feedback = (await (await api('/api/v1/feedback?channel=survey')).json()) as TFeedbackList;
    expect(feedback.items).toHaveLength(1);
    expect(feedback.items[0]).toMatchObject({
      score: 9,
      text: 'Schnelle Lieferung <b>und</b> freundlicher Support',
      touchpoint: 'widget',
      language: 'de',
      contact: { externalId: 'kunde-42' },
    });
  });

  it('closes with Escape and gives focus back to where it was', async () => {
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('resonance-widget').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('account');
    // Same visitor, same page, straight away: the quiet period holds, nothing is shown again.
    const again = page.waitForResponse((res) => res.url().endsWith('/api/public/widget/identify'));
    await page.reload();
    await page.evaluate(
      (userHash) =>
        (window as unknown as { Resonance: { identify(o: object): void } }).Resonance.identify({
          externalId: 'kunde-42',
          userHash,
        }),
      userHashOf(widgetSecret, 'kunde-42'),
    );
    expect(await (await again).json()).toEqual({ survey: null, reason: 'throttled' });
  });

  it('shows a full-width bottom sheet in English on a phone, with the close button named', async () => {
    const phone = await browser.newContext({
      locale: 'en-GB',
      viewport: { width: 360, height: 720 },
      reducedMotion: 'reduce',
      hasTouch: true,
      isMobile: true,
    });
    try {
      const mobile = await phone.newPage();
      await mobile.goto(host.url);
      // A page that names a customer without the hash its server signs gets nothing.
      const unsigned = mobile.waitForResponse((res) => res.url().endsWith('/api/public/widget/identify'));
      await mobile.evaluate(() =>
        (window as unknown as { Resonance: { identify(o: object): void } }).Resonance.identify({
          externalId: 'kunde-43',
          language: 'en',
        }),
      );
      expect((await unsigned).status()).toBe(401);
      expect(await mobile.locator('resonance-widget').count()).toBe(0);
      await mobile.reload();
      await mobile.evaluate(
        (userHash) =>
          (window as unknown as { Resonance: { identify(o: object): void } }).Resonance.identify({
            externalId: 'kunde-43',
            userHash,
            language: 'en',
          }),
        userHashOf(widgetSecret, 'kunde-43'),
      );
      const dialog = mobile.getByRole('dialog', { name: /How likely are you to recommend Bergsport Shop/ });
      await dialog.waitFor({ timeout: 10_000 });
      const box = await dialog.boundingBox();
      expect(box).toMatchObject({ x: 0, width: 360 });
      expect(box!.y + box!.height).toBeCloseTo(720, 0);
      for (const radio of await mobile.getByRole('radio').all())
        expect((await radio.boundingBox())!.width).toBeGreaterThanOrEqual(24);
      await expectWidgetAccessible(mobile, 'widget-mobile');
      await screenshot(mobile, 'widget-mobile');
      await mobile.getByRole('button', { name: 'Close' }).click();
      await expect.poll(() => mobile.locator('resonance-widget').count()).toBe(0);
    } finally {
      await phone.close();
    }
  });

  it('asks an anonymous visitor, records the answer without a contact marked anonymous, and does not ask this browser again', async () => {
    const visitor = await browser.newContext({
      locale: 'en-GB',
      viewport: { width: 1280, height: 720 },
      reducedMotion: 'reduce',
    });
    try {
      const anon = await visitor.newPage();
      await anon.goto(host.url);
      await anon.evaluate(() =>
        (window as unknown as { Resonance: { identify(o: object): void } }).Resonance.identify({
          anonymous: true,
          language: 'en',
        }),
      );
      const dialog = anon.getByRole('dialog', { name: /How likely are you to recommend Bergsport Shop/ });
      await dialog.waitFor({ timeout: 10_000 });
      const saved = anon.waitForResponse((res) => res.url().endsWith('/api/public/widget/answer'));
      await anon.getByRole('radio', { name: '3' }).click();
      expect((await saved).status()).toBe(200);
      const responses = (await (await api('/api/v1/responses')).json()) as {
        items: { score: number | null; contact: unknown; hiddenFields: Record<string, string> }[];
      };
      expect(responses.items.filter((r) => r.hiddenFields.identity === 'anonymous')).toEqual([
        expect.objectContaining({ score: 3, contact: null }),
      ]);

      // The browser remembers it asked; the server applies the quiet period to that.
      const again = anon.waitForResponse((res) => res.url().endsWith('/api/public/widget/identify'));
      await anon.reload();
      await anon.evaluate(() =>
        (window as unknown as { Resonance: { identify(o: object): void } }).Resonance.identify({
          anonymous: true,
        }),
      );
      expect(await (await again).json()).toEqual({ survey: null, reason: 'throttled' });
    } finally {
      await visitor.close();
    }
  });
});
