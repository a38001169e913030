import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './helpers/browser.js';
import {
  createOrganization,
  expectNoAxeViolations,
  newDashboardContext,
  signUpFromFirstVisit,
} from './helpers/dashboard.js';
import { startServer, type RunningServer } from './helpers/server.js';

/**
 * Issue 13's import of feedback history through the dashboard: the wizard asks what the file
 * holds, maps a German export's columns to feedback fields, runs it into the pipeline and shows
 * what was imported, refused and already there; on a desktop and a 390 px phone, in English and
 * German.
 */
describe('feedback history import in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  /** A German export: 12 answers; line 5 has a score of 11 and line 9 a date in the future. */
  const csv = [
    'Datum;Bewertung;Kommentar;Kanal;Kundennummer;ID',
    ...Array.from({ length: 12 }, (_, i) => {
      const line = i + 2;
      const score = line === 5 ? 11 : (i * 7) % 11;
      const date = line === 9 ? '01.01.2099' : `${String(1 + i).padStart(2, '0')}.03.2024`;
      return `${date};${score};${i % 3 === 0 ? `"Lieferung ${i}; schnell"` : ''};E-Mail;${i % 2 === 0 ? 'K-1' : ''};alt-${i}`;
    }),
  ].join('\n');

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    context = await newDashboardContext(browser, server.url, { width: 1440, height: 1000 });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** Clicks "Feedback history" and lets the radio's colour transition finish, so a screenshot shows the final state. */
  async function chooseFeedback(p: Page): Promise<void> {
    await p.getByTestId('import-kind-feedback').click();
    await p
      .getByTestId('import-kind')
      .evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
  }

  async function noSidewaysScroll(p: Page, name: string): Promise<void> {
    const size = await p.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      inner: window.innerWidth,
    }));
    expect(size.scroll, `${name}: ${size.scroll} px wide on a ${size.inner} px screen`).toBeLessThanOrEqual(
      size.inner,
    );
  }

  /** Chooses "Feedback history", uploads the file and lands on the mapping step. */
  async function uploadFeedback(p: Page): Promise<void> {
    await p.goto('/contacts/import');
    await chooseFeedback(p);
    await p.getByTestId('import-file').setInputFiles({
      name: 'delighted-export.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
    await p.getByTestId('import-chosen').waitFor();
    await p.getByTestId('import-upload').click();
    await p.waitForURL(/\/contacts\/import\?id=/);
    await p.getByTestId('import-mapping-Datum').waitFor();
  }

  it('signs up, creates an organization and a contact', async () => {
    await signUpFromFirstVisit(page, {
      name: 'Hanna History',
      email: `history-${Date.now()}@example.test`,
      password: 'a-long-password-1',
    });
    await createOrganization(page, 'Wechselwillig GmbH');
    const contact = await page.request.post('/api/v1/contacts', {
      data: { externalId: 'K-1', name: 'Karla Kundin' },
      headers: { origin: server.url },
    });
    expect(contact.status(), await contact.text()).toBeLessThan(300);
  });

  it('imports a German feedback export through the wizard, and a second import adds nothing', async () => {
    await page.goto('/contacts/import');
    await page.getByTestId('import-kind').waitFor();
    await chooseFeedback(page);
    await screenshot(page, 'feedback-import-file-1440-en');
    await expectNoAxeViolations(page, 'feedback-import-file');

    await uploadFeedback(page);
    await expect(page.getByTestId('import-mapping-Datum').inputValue()).resolves.toBe('occurredAt');
    await expect(page.getByTestId('import-mapping-Bewertung').inputValue()).resolves.toBe('score');
    await expect(page.getByTestId('import-mapping-Kundennummer').inputValue()).resolves.toBe(
      'contactExternalId',
    );
    await expect(page.getByTestId('import-mapping-ID').inputValue()).resolves.toBe('externalRef');
    // Without a date column the wizard says why it cannot start.
    await page.getByTestId('import-mapping-Datum').selectOption('');
    await page.getByTestId('import-mapping-problems').waitFor();
    await expect(page.getByTestId('import-start').isDisabled()).resolves.toBe(true);
    await page.getByTestId('import-mapping-Datum').selectOption('occurredAt');
    await screenshot(page, 'feedback-import-mapping-1440-en');
    await expectNoAxeViolations(page, 'feedback-import-mapping');
    await page.getByTestId('import-start').click();

    await page.getByTestId('import-done').waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('import-imported').textContent()).resolves.toBe('10');
    await expect(page.getByTestId('import-duplicates').textContent()).resolves.toBe('0');
    await expect(page.getByTestId('import-error-count').textContent()).resolves.toBe('2');
    await page.getByTestId('import-error-line-5').waitFor();
    await page.getByTestId('import-error-line-9').waitFor();
    await screenshot(page, 'feedback-import-progress-1440-en');
    await expectNoAxeViolations(page, 'feedback-import-progress');

    await uploadFeedback(page);
    await page.getByTestId('import-start').click();
    await page.getByTestId('import-done').waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('import-imported').textContent()).resolves.toBe('0');
    await expect(page.getByTestId('import-duplicates').textContent()).resolves.toBe('10');

    await page.getByTestId('import-to-feedback').click();
    await page.waitForURL(/\/feedback/);
    await page.getByText('Lieferung 0; schnell').first().waitFor();
  });

  for (const [language, width] of [
    ['de', 1440],
    ['en', 390],
    ['de', 390],
  ] as const) {
    it(`shows every step in ${language} at ${width} px`, async () => {
      const other = await newDashboardContext(browser, server.url, {
        width,
        height: width < 500 ? 844 : 1000,
        locale: language === 'de' ? 'de-DE' : 'en-GB',
        storageState: await context.storageState(),
      });
      const p = await other.newPage();
      await p.addInitScript((lang) => localStorage.setItem('resonance.language', lang), language);
      await p.goto('/contacts/import');
      await chooseFeedback(p);
      if (language === 'de') await p.getByText('Feedback-Verlauf', { exact: true }).waitFor();
      await noSidewaysScroll(p, 'file step');
      await screenshot(p, `feedback-import-file-${width}-${language}`);
      await uploadFeedback(p);
      await noSidewaysScroll(p, 'mapping step');
      await screenshot(p, `feedback-import-mapping-${width}-${language}`);
      await p.getByTestId('import-start').click();
      await p.getByTestId('import-done').waitFor({ timeout: 60_000 });
      await noSidewaysScroll(p, 'progress step');
      await screenshot(p, `feedback-import-progress-${width}-${language}`);
      await other.close();
    });
  }
});
