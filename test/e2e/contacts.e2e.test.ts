import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { launchBrowser, screenshot, screenshotOf } from './helpers/browser.js';
import {
  createOrganization,
  expectNoAxeViolations,
  fillSignUp,
  newDashboardContext,
  signUpFromFirstVisit,
} from './helpers/dashboard.js';
import { startServer, type RunningServer } from './helpers/server.js';

/**
 * Issue 3's browser journey: import contacts from a CSV through the dashboard, watch the
 * progress bar finish, then open a customer page whose timeline shows a review, a ticket and
 * behaviour events sent through the API.
 */
describe('contacts in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let apiKey = '';
  const email = `contacts-owner-${Date.now()}@example.test`;

  /** 30 data rows; line 8 has a broken e-mail address and line 20 an invalid language code. */
  const csv = [
    'customer_id,email,name,segment,region,language,plan',
    ...Array.from({ length: 30 }, (_, i) => {
      const n = String(i + 1).padStart(3, '0');
      const mail = i + 2 === 8 ? 'not-an-address' : `kunde${n}@example.test`;
      const language = i + 2 === 20 ? 'deutsch' : i % 2 === 0 ? 'de' : 'en';
      return `C-${n},${mail},Kundin ${n},${i % 3 === 0 ? 'Enterprise' : 'SMB'},${i % 2 === 0 ? 'DACH' : 'Nordics'},${language},${i % 4 === 0 ? 'Pro' : 'Basic'}`;
    }),
  ].join('\n');

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    context = await newDashboardContext(browser, server.url);
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function api(path: string, body: unknown) {
    const res = await fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(res.status, `${path}: ${await res.clone().text()}`).toBeLessThan(300);
    return res.json() as Promise<unknown>;
  }

  it('signs up, creates an organization and an API key', async () => {
    await signUpFromFirstVisit(page, { name: 'Clara Contacts', email, password: 'a-long-password-1' });
    await createOrganization(page, 'Alpenglühen Outdoor');

    const created = await page.request.post('/api/v1/api-keys', {
      data: { name: 'CRM sync' },
      headers: { origin: server.url },
    });
    expect(created.status()).toBe(201);
    apiKey = ((await created.json()) as { key: string }).key;
    expect(apiKey).toMatch(/^rsn_/);
  });

  it('shows the empty contacts list with a way to import', async () => {
    await page.getByTestId('nav-contacts').click();
    await page.getByTestId('contacts-empty').waitFor();
    await page.getByTestId('contacts-import').waitFor();
    await screenshot(page, 'contacts-empty');
    await expectNoAxeViolations(page, 'contacts-empty');
  });

  it('imports a CSV through the wizard and watches the progress bar finish', async () => {
    await page.getByTestId('contacts-import').click();
    await page.waitForURL(/\/contacts\/import$/);
    await page.getByTestId('import-file').waitFor({ state: 'attached' });
    await expectNoAxeViolations(page, 'import-file');
    await page
      .getByTestId('import-file')
      .setInputFiles({ name: 'crm-export.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.getByTestId('import-chosen').waitFor();
    await screenshot(page, 'import-file');
    await page.getByTestId('import-upload').click();

    // Step 2: the mapping, prefilled from the header names, with a preview of the rows.
    await page.getByTestId('import-mapping-customer_id').waitFor();
    await page.getByTestId('import-preview').waitFor();
    await expect(page.getByTestId('import-mapping-customer_id').inputValue()).resolves.toBe('externalId');
    await page.getByTestId('import-mapping-plan').selectOption('plan');
    await page.getByTestId('import-mapping-email').selectOption('email');
    await screenshot(page, 'import-mapping');
    await expectNoAxeViolations(page, 'import-mapping');
    await page.getByTestId('import-start').click();

    // Step 3: progress until done, with the two refused rows by line.
    await page.getByTestId('import-progress').waitFor();
    await page.getByTestId('import-done').waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('import-progress').getAttribute('data-status')).resolves.toBe('done');
    await expect(page.getByTestId('import-imported').textContent()).resolves.toBe('28');
    await expect(page.getByTestId('import-error-count').textContent()).resolves.toBe('2');
    await page.getByTestId('import-error-line-8').waitFor();
    await page.getByTestId('import-error-line-20').waitFor();
    const errorsCsv = await page.request.get(
      (await page.getByTestId('import-errors-download').getAttribute('href')) ?? '',
    );
    expect(errorsCsv.status()).toBe(200);
    expect(await errorsCsv.text()).toContain('8,');
    await screenshot(page, 'import-progress');
    await expectNoAxeViolations(page, 'import-progress');
  });

  it('lists, searches and filters the imported contacts, and saves a segment', async () => {
    await page.getByTestId('import-to-contacts').click();
    await page.getByTestId('contacts-table').waitFor();
    await page.getByTestId('contact-row-C-030').waitFor();
    expect(await page.getByTestId('contact-row-C-007').count()).toBe(0); // line 8: refused
    await screenshot(page, 'contacts-list');
    await expectNoAxeViolations(page, 'contacts-list');

    await page.getByTestId('contacts-search').fill('kunde012');
    await expect.poll(() => page.locator('[data-testid^="contact-row-"]').count()).toBe(1);
    await page.getByTestId('contact-row-C-012').waitFor();
    await page.getByTestId('contacts-search').fill('');
    await page.getByTestId('contacts-filter-region').fill('Nordics');
    await expect.poll(() => page.locator('[data-testid^="contact-row-"]').count()).toBe(15);

    // The filters saved as a segment; choosing it lists its members.
    await page.getByTestId('contacts-save-segment').click();
    await page.getByTestId('segment-name').fill('Nordics customers');
    await expectNoAxeViolations(page, 'save-segment');
    await page.getByTestId('segment-save').click();
    await page.getByTestId('save-segment-modal').waitFor({ state: 'detached' });
    await expect
      .poll(() => page.getByTestId('contacts-segment').locator('option:checked').textContent())
      .toBe('Nordics customers (15)');
    await expect.poll(() => page.locator('[data-testid^="contact-row-"]').count()).toBe(15);
    await screenshot(page, 'contacts-segment');
    await page.getByTestId('contacts-segment').selectOption('');
    await page.getByTestId('contacts-filter-region').fill('');
    await expect.poll(() => page.locator('[data-testid^="contact-row-"]').count()).toBe(28);
  });

  it('opens a customer page whose timeline shows a review, a ticket and behaviour events', async () => {
    const now = Date.now();
    const at = (daysAgo: number) => new Date(now - daysAgo * 86_400_000).toISOString();
    await api('/api/v1/feedback', [
      {
        channel: 'review',
        source: 'Google Reviews',
        text: 'Great boots, but <b>delivery</b> took two weeks.',
        rating: { value: 4, scaleMin: 1, scaleMax: 5 },
        occurredAt: at(3),
        contactExternalId: 'C-005',
        externalRef: 'g-1',
      },
      {
        channel: 'ticket',
        source: 'Zendesk',
        text: 'Zipper broke after one hike.',
        occurredAt: at(2),
        contactExternalId: 'C-005',
        externalRef: 't-1',
      },
      {
        channel: 'message',
        text: 'Would recommend.',
        rating: { value: 6, scaleMin: 0, scaleMax: 10, metric: 'nps' },
        occurredAt: at(60),
        contactExternalId: 'C-005',
      },
      {
        channel: 'message',
        text: 'Much better now.',
        rating: { value: 9, scaleMin: 0, scaleMax: 10, metric: 'nps' },
        occurredAt: at(1),
        contactExternalId: 'C-005',
      },
    ]);
    await api(
      '/api/v1/events',
      Array.from({ length: 3 }, (_, i) => ({
        contactExternalId: 'C-005',
        type: 'login',
        occurredAt: at(0),
        eventId: `login-${i}`,
      })),
    );

    await page.getByTestId('contact-row-C-005').click();
    await page.waitForURL(/\/contacts\/C-005$/);
    await expect(page.getByTestId('customer-name').textContent()).resolves.toBe('Kundin 005');
    const timeline = page.getByTestId('customer-timeline');
    await timeline.getByTestId('timeline-item-review').waitFor();
    await timeline.getByTestId('timeline-item-ticket').waitFor();
    await timeline.getByTestId('timeline-events').first().waitFor();
    await expect(timeline.getByTestId('timeline-events').first().textContent()).resolves.toContain(
      '3 logins',
    );
    // Text is shown as text, never as markup.
    await expect(timeline.getByTestId('timeline-item-review').textContent()).resolves.toContain(
      '<b>delivery</b>',
    );
    await expect(timeline.getByTestId('timeline-item-review').textContent()).resolves.toContain('4 of 5');
    // The current category comes from the latest NPS answer.
    await expect(page.getByTestId('customer-nps').textContent()).resolves.toContain('Promoter');
    await page.getByTestId('customer-nps-chart').waitFor();
    await screenshot(page, 'customer-page');
    await expectNoAxeViolations(page, 'customer-page');
  });

  it('shows the customer page in German', async () => {
    const de = await newDashboardContext(browser, server.url, {
      locale: 'de-DE',
      storageState: await context.storageState(),
    });
    const p = await de.newPage();
    await p.goto('/contacts/C-005');
    await p.getByTestId('timeline-item-ticket').waitFor();
    await expect(p.getByTestId('customer-nps').textContent()).resolves.toContain('Promotor');
    await expect(p.getByTestId('customer-timeline').textContent()).resolves.toContain('3 Anmeldungen');
    await screenshot(p, 'customer-page-de');
    await de.close();
  });
  it('exports a customer as JSON from the customer page', async () => {
    await page.goto('/contacts/C-005');
    await page.getByTestId('customer-privacy').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('customer-export').click(),
    ]);
    expect(download.suggestedFilename()).toBe('contact-C-005.json');
    const exported = JSON.parse(await readFile((await download.path()) ?? '', 'utf8')) as {
      contact: { externalId: string };
      feedbackItems: unknown[];
    };
    expect(exported.contact.externalId).toBe('C-005');
    expect(exported.feedbackItems.length).toBeGreaterThanOrEqual(4);
  });

  it('merges a duplicate into a contact found by search', async () => {
    await page.goto('/contacts/C-011');
    await page.getByTestId('customer-merge').click();
    await page.getByTestId('merge-modal').waitFor();
    expect(await page.getByTestId('merge-confirm').isDisabled()).toBe(true);
    await page.getByTestId('merge-search').fill('Kundin 005');
    await page.getByRole('option', { name: /Kundin 005/ }).click();
    await expect(page.getByTestId('merge-summary').textContent()).resolves.toBe(
      'C-011 will be merged into C-005.',
    );
    await screenshotOf(page.getByTestId('merge-modal'), 'customer-merge-modal');
    await expectNoAxeViolations(page, 'customer-merge-modal');
    await page.getByTestId('merge-confirm').click();
    await page.waitForURL(/\/contacts\/C-005$/);
    await expect(page.getByTestId('customer-aliases').textContent()).resolves.toContain('C-011');
  });

  it('erases a customer only after the id is typed, saying what is kept and what is removed', async () => {
    await page.goto('/contacts/C-010');
    await page.getByTestId('customer-erase').click();
    await page.getByTestId('erase-modal').waitFor();
    await expect(page.getByTestId('erase-kept').textContent()).resolves.toContain('Scores of answers');
    await expect(page.getByTestId('erase-removed').textContent()).resolves.toContain(
      'Comments, hidden fields',
    );
    const confirm = page.getByTestId('erase-confirm');
    expect(await confirm.isDisabled()).toBe(true);
    await page.getByTestId('erase-confirm-input').fill('C-01');
    expect(await confirm.isDisabled()).toBe(true);
    await page.getByTestId('erase-confirm-input').fill('C-010');
    expect(await confirm.isDisabled()).toBe(false);
    await screenshotOf(page.getByTestId('erase-modal'), 'customer-erase-modal');
    await expectNoAxeViolations(page, 'customer-erase-modal');
    await confirm.click();
    await page.waitForURL(/\/contacts$/);
    expect((await page.request.get('/api/v1/contacts/C-010')).status()).toBe(404);
  });

  it('does not offer export, merge or erasure to an analyst', async () => {
    const analystEmail = `contacts-analyst-${Date.now()}@example.test`;
    await page.goto('/settings/members');
    await page.getByTestId('invite-email').fill(analystEmail);
    await page.getByTestId('invite-role').selectOption('analyst');
    await page.getByTestId('invite-submit').click();
    await page.getByTestId(`invitation-${analystEmail}`).waitFor();
    const outbox = (await (await page.request.get('/api/v1/outbox')).json()) as {
      items: { to: string; text: string }[];
    };
    const link = /https?:\/\/\S+\/accept-invitation\/\S+/.exec(
      outbox.items.find((m) => m.to === analystEmail)?.text ?? '',
    )?.[0];
    expect(link).toBeTruthy();
    const analyst = await newDashboardContext(browser, server.url);
    const ap = await analyst.newPage();
    await ap.goto(new URL(link ?? '').pathname);
    await ap.getByTestId('invitation-signup').click();
    await fillSignUp(ap, { name: 'Anna Analyst', email: analystEmail, password: 'another-password-2' });
    await ap.getByTestId('invitation-accept').click();
    await ap.getByTestId('nav-overview').waitFor();
    await ap.goto('/contacts/C-005');
    await ap.getByTestId('customer-timeline').waitFor();
    expect(await ap.getByTestId('customer-privacy').count()).toBe(0);
    expect(await ap.getByTestId('customer-erase').count()).toBe(0);
    await analyst.close();
  });
});
