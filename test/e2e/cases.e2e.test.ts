import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TCaseDetail, TCaseList } from '../../src/shared/contracts/cases.js';
import type { TNotificationList } from '../../src/shared/contracts/notifications.js';
import type { TMe } from '../../src/shared/contracts/organization.js';
import { expectNoAxeViolations, openDashboard, type DashboardSession } from './helpers/dashboard.js';
import {
  caseShot,
  inEachLayout,
  sidewaysOverflow,
  signUpWithApiKey,
  withApiKey,
} from './helpers/case-session.js';

/** A subject with markup in it: shown as text on every screen, never as a bold word. */
const SUBJECT = 'Paket beschädigt <b>nicht fett</b> & zerkratzt';

/**
 * An agent's day with cases in Chromium: cases come in through the API, the list shows the open
 * work (filters in the address), a case opens with its clocks and the customer's first message,
 * a note and a reply are posted, closing asks for root cause and action, the bell counts what is
 * unread; at 1440 px and on a 390 px phone, in English and German.
 */
describe('cases in Chromium', () => {
  let session: DashboardSession | undefined;
  let page: Page;
  let apiKey = '';
  let me: TMe;
  const ids: string[] = [];

  beforeAll(async () => {
    session = await openDashboard({ width: 1440, height: 1000 });
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  const withKey = (method: 'POST' | 'GET', path: string, body?: unknown): Promise<Response> => {
    if (!session) throw new Error('no session');
    return withApiKey(session, apiKey, method, path, body);
  };

  const shot = caseShot;

  it('shows what opens a case while there is none, then lists the cases the API opened', async () => {
    if (!session) throw new Error('no session');
    ({ me, apiKey } = await signUpWithApiKey(session, {
      name: 'Agnes Agent',
      emailPrefix: 'cases',
      organization: 'Fallbearbeitung GmbH',
    }));

    await page.getByTestId('nav-cases').click();
    await page.waitForURL(/\/cases$/);
    const empty = page.getByTestId('cases-empty');
    await empty.waitFor({ timeout: 30_000 });
    expect(await empty.textContent()).toContain('NPS 0–6');
    await shot(page, 'cases-empty-1440-en');

    const contact = await withKey('POST', '/api/v1/contacts', {
      externalId: 'K-1001',
      email: 'maria.mueller@example.test',
      name: 'Maria Müller',
    });
    expect(contact.status, await contact.text()).toBeLessThan(300);
    for (const body of [
      {
        subject: 'Rechnung doppelt abgebucht',
        channel: 'email',
        priority: 'normal',
        // One open case per contact and topic: the customer's two cases are about different things.
        topic: 'billing',
        contactExternalId: 'K-1001',
      },
      { subject: 'Lieferung seit zwei Wochen überfällig', channel: 'chat', priority: 'high' },
      {
        subject: SUBJECT,
        channel: 'ticket',
        priority: 'urgent',
        topic: 'delivery',
        contactExternalId: 'K-1001',
        body: 'Das Paket kam kaputt an.\n<script>alert(1)</script>',
        assigneeId: me.user.id,
      },
    ]) {
      const res = await withKey('POST', '/api/v1/cases', body);
      const text = await res.text();
      expect(res.status, text).toBe(201);
      ids.push((JSON.parse(text) as TCaseDetail).id);
    }

    await page.reload();
    const rows = page.getByTestId('case-row');
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(3);
    // Newest first, the subject as text: the markup is visible characters, not a bold element.
    const first = rows.first();
    expect(await first.getByTestId('case-subject').textContent()).toBe(SUBJECT);
    expect(await first.locator('b').count()).toBe(0);
    expect(await first.getByTestId('case-priority').getAttribute('data-priority')).toBe('urgent');
    await expectNoAxeViolations(page, '/cases');
    await shot(page, 'cases-1440-en');
  });

  it('narrows the list through the filter bar and keeps the filters in the address', async () => {
    // A chip's checkbox is hidden behind its label, which people click.
    await page.getByTestId('cases-filters').getByText('Urgent', { exact: true }).click();
    await page.waitForURL(/priority=urgent/);
    const api = (await (
      await page.request.get('/api/v1/cases?status=new,open,waiting&priority=urgent')
    ).json()) as TCaseList;
    await expect.poll(() => page.getByTestId('case-row').count(), { timeout: 15_000 }).toBe(api.cases.length);
    await page.getByTestId('cases-filter-assignee').getByText('Unassigned').click();
    await page.waitForURL(/assignee=none/);
    await page.getByTestId('cases-no-match').waitFor({ timeout: 15_000 });
    await page.getByTestId('cases-clear-filters').click();
    await page.waitForURL(/\/cases$/);
    await expect.poll(() => page.getByTestId('case-row').count(), { timeout: 15_000 }).toBe(3);
  });

  it('opens a case: subject as text, the customer, the first message and the SLA clocks', async () => {
    const caseId = ids[2] ?? '';
    await page.locator(`[data-testid="case-row"][data-id="${caseId}"]`).getByTestId('case-subject').click();
    await page.waitForURL(new RegExp(`/cases/${caseId}$`));
    const title = page.getByTestId('case-title');
    await title.waitFor({ timeout: 30_000 });
    expect(await title.textContent()).toBe(SUBJECT);
    expect(await page.getByTestId('case-customer-name').textContent()).toBe('Maria Müller');
    const detail = (await (await page.request.get(`/api/v1/cases/${caseId}`)).json()) as TCaseDetail;
    const clocks = page.locator('[data-testid^="case-clock-"]:not([data-testid="case-clock-text"])');
    expect(await clocks.count()).toBe(detail.clocks.length);
    // The customer's first message is text: its script tag is shown, never run or parsed.
    const bodies = await page.getByTestId('case-event-body').allTextContents();
    expect(bodies.some((b) => b.includes('<script>alert(1)</script>'))).toBe(true);
    expect(await page.locator('[data-testid="case-timeline"] script').count()).toBe(0);
    // The other case of the same customer is listed as an earlier case.
    expect(await page.getByTestId('case-earlier').textContent()).toContain('Rechnung doppelt abgebucht');
    await expectNoAxeViolations(page, '/cases/:id');
    await shot(page, 'case-1440-en');
  });

  it('posts an internal note and a reply to the customer', async () => {
    await page.getByTestId('case-composer-kind').getByText('Internal note').click();
    await page.getByTestId('case-composer-body').fill('Ersatz ist bestellt, Lager bestätigt morgen.');
    await page.getByTestId('case-composer-send').click();
    const note = page.locator('[data-testid="case-event"][data-type="note"]');
    await note.waitFor({ timeout: 15_000 });
    expect(await note.getByTestId('case-event-body').textContent()).toBe(
      'Ersatz ist bestellt, Lager bestätigt morgen.',
    );

    await page.getByTestId('case-composer-kind').getByText('Reply to customer (e-mail)').click();
    await page.getByTestId('case-composer-body').fill('Liebe Frau Müller,\n\nein Ersatz ist unterwegs.');
    await page.getByTestId('case-composer-send').click();
    const reply = page.locator('[data-testid="case-event"][data-type="reply"]');
    await reply.waitFor({ timeout: 15_000 });
    expect(await reply.getByTestId('case-event-body').textContent()).toBe(
      'Liebe Frau Müller,\n\nein Ersatz ist unterwegs.',
    );
    expect(await page.getByTestId('case-composer-body').inputValue()).toBe('');
  });

  it('asks for root cause and action before closing, then closes the case', async () => {
    await page.getByTestId('case-action-close').click();
    const modal = page.getByTestId('close-case-modal');
    await modal.waitFor();
    await page.getByTestId('close-submit').click();
    expect(await modal.textContent()).toContain('Choose one.');
    await shot(page, 'case-close-1440-en');

    await page.getByTestId('close-root-cause').click();
    await page.getByRole('option', { name: 'Delivery', exact: true }).click();
    await page.getByTestId('close-action').click();
    await page.getByRole('option', { name: 'Replacement', exact: true }).click();
    await page.getByTestId('close-submit').click();
    await modal.waitFor({ state: 'detached', timeout: 15_000 });
    await expect
      .poll(() => page.getByTestId('case-header').getByTestId('case-status').getAttribute('data-status'))
      .toBe('closed');
    expect(await page.getByTestId('case-outcome').textContent()).toContain('Delivery');
    const stored = (await (await page.request.get(`/api/v1/cases/${ids[2] ?? ''}`)).json()) as TCaseDetail;
    expect({ status: stored.status, rootCause: stored.rootCause, action: stored.action }).toEqual({
      status: 'closed',
      rootCause: 'delivery',
      action: 'replacement',
    });
  });

  it('counts unread notifications in the bell and marks them read', async () => {
    const list = (await (await page.request.get('/api/v1/notifications')).json()) as TNotificationList;
    // The API key assigned the urgent case to Agnes: that is news for her (her own changes are not).
    expect(
      list.items.some((n) => n.kind === 'case.assigned' && n.case?.id === ids[2] && n.readAt === null),
    ).toBe(true);
    const bell = page.getByTestId('bell-count');
    await expect
      .poll(async () => Number(await bell.getAttribute('data-count')), { timeout: 40_000 })
      .toBe(list.unread);
    await page.getByTestId('bell').click();
    await page.getByTestId('bell-dropdown').waitFor();
    expect(await page.getByTestId('bell-item').count()).toBe(list.items.length);
    await shot(page, 'bell-1440-en', false);
    if (list.unread > 0) {
      await page.getByTestId('bell-mark-all').click();
      await expect
        .poll(async () => Number(await bell.getAttribute('data-count')), { timeout: 15_000 })
        .toBe(0);
    }
    await page.keyboard.press('Escape');
  });

  it('fits a 390 px phone and reads in German and English, list and case', async () => {
    if (!session) throw new Error('no session');
    await inEachLayout(session, async (phone, width, language) => {
      await phone.goto('/cases?status=all');
      await phone.getByTestId('cases-shown').waitFor({ timeout: 30_000 });
      const wide = await sidewaysOverflow(phone);
      expect(wide, `/cases is ${wide} px too wide at ${width} px (${language})`).toBeLessThanOrEqual(0);
      await shot(phone, `cases-${width}-${language}`);
      await phone.goto(`/cases/${ids[2] ?? ''}`);
      await phone.getByTestId('case-title').waitFor({ timeout: 30_000 });
      const wideCase = await sidewaysOverflow(phone);
      expect(wideCase, `a case is ${wideCase} px too wide at ${width} px (${language})`).toBeLessThanOrEqual(
        0,
      );
      await shot(phone, `case-${width}-${language}`);
    });
  });
});
