import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TCaseDetail } from '../../src/shared/contracts/cases.js';
import type { TOutboxMail } from '../../src/shared/contracts/outbox.js';
import { newDashboardContext, openDashboard, type DashboardSession } from './helpers/dashboard.js';
import { caseShot, sidewaysOverflow, signUpWithApiKey, withApiKey } from './helpers/case-session.js';

/**
 * The customer's side of a case in Chromium: the link in the agent's reply opens the case page
 * (in the customer's language, at 390 and 1440 px), the customer writes back and escalates once
 * with the page's own forms, and both land in the case.
 */
describe('the customer’s case page in Chromium', () => {
  let session: DashboardSession | undefined;
  let page: Page;
  let apiKey = '';
  const links: Record<'de' | 'en', string> = { de: '', en: '' };
  const ids: Record<'de' | 'en', string> = { de: '', en: '' };

  beforeAll(async () => {
    session = await openDashboard({ width: 1440, height: 1000 });
    page = session.page;
    ({ apiKey } = await signUpWithApiKey(session, {
      name: 'Paula Portal',
      emailPrefix: 'portal',
      organization: 'Kundenportal GmbH',
    }));
  });
  afterAll(async () => {
    await session?.close();
  });

  it('mails the customer a link to their case with every reply', async () => {
    if (!session) throw new Error('no session');
    const s = session;
    for (const language of ['de', 'en'] as const) {
      const contact = await withApiKey(s, apiKey, 'POST', '/api/v1/contacts', {
        externalId: `P-${language}`,
        email: `kunde-${language}@example.test`,
        name: language === 'de' ? 'Jonas Becker' : 'Emma Clark',
        language,
      });
      expect(contact.status, await contact.text()).toBeLessThan(300);
      const created = await withApiKey(s, apiKey, 'POST', '/api/v1/cases', {
        subject: language === 'de' ? 'Rechnung <b>doppelt</b> abgebucht' : 'Charged <b>twice</b>',
        channel: 'email',
        contactExternalId: `P-${language}`,
        body: language === 'de' ? 'Bitte erstatten.' : 'Please refund.',
      });
      const body = await created.text();
      expect(created.status, body).toBe(201);
      ids[language] = (JSON.parse(body) as TCaseDetail).id;
      const reply = await page.request.post(`/api/v1/cases/${ids[language]}/messages`, {
        data: {
          kind: 'reply',
          body: language === 'de' ? 'Wir erstatten den Betrag.' : 'We are refunding it.',
        },
        headers: { origin: s.server.url },
      });
      expect(reply.status(), await reply.text()).toBe(200);
    }
    const outbox = (await (await page.request.get('/api/v1/outbox')).json()) as { items: TOutboxMail[] };
    for (const language of ['de', 'en'] as const) {
      const mail = outbox.items.find(
        (m) => m.kind === 'case.reply' && m.to === `kunde-${language}@example.test`,
      );
      const link = /https?:\/\/[^\s]+\/c\/[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{32}/.exec(mail?.text ?? '')?.[0];
      expect(link, mail?.text).toBeDefined();
      links[language] = new URL(link ?? '').pathname;
    }
  });

  it('shows the case in the customer’s language on a phone and at 1440 px, subject as text', async () => {
    if (!session) throw new Error('no session');
    for (const language of ['de', 'en'] as const) {
      for (const width of [390, 1440]) {
        const context = await newDashboardContext(session.browser, session.server.url, {
          width,
          height: width === 390 ? 844 : 1000,
          locale: language === 'de' ? 'de-DE' : 'en-GB',
        });
        const customer = await context.newPage();
        await customer.goto(links[language]);
        const text = (await customer.locator('body').textContent()) ?? '';
        expect(text).toContain(
          language === 'de' ? 'Rechnung <b>doppelt</b> abgebucht' : 'Charged <b>twice</b>',
        );
        expect(text).toContain(language === 'de' ? 'Wir erstatten den Betrag.' : 'We are refunding it.');
        expect(await customer.locator('b').count()).toBe(0);
        expect(await sidewaysOverflow(customer)).toBeLessThanOrEqual(0);
        await caseShot(customer, `case-page-${width}-${language}`);
        await context.close();
      }
    }
  });

  it('takes the customer’s answer and one escalation from the page’s forms', async () => {
    if (!session) throw new Error('no session');
    const context = await newDashboardContext(session.browser, session.server.url, {
      width: 390,
      height: 844,
      locale: 'en-GB',
    });
    const customer = await context.newPage();
    await customer.goto(links.en);
    await customer.locator('textarea[name="message"]').fill('Still not refunded.');
    await customer.locator('form:has(textarea[name="message"]) button[type="submit"]').click();
    await customer.waitForURL(/\/received$/);
    await caseShot(customer, 'case-page-received-390-en');
    await customer.goto(links.en);
    await customer.locator('textarea[name="reason"]').fill('Two weeks and no refund.');
    await customer.locator('form:has(textarea[name="reason"]) button[type="submit"]').click();
    await customer.waitForURL(/\/escalated$/);
    await caseShot(customer, 'case-page-escalated-390-en');
    await customer.goto(links.en);
    expect(await customer.locator('textarea[name="reason"]').count()).toBe(0);
    await context.close();

    const stored = (await (await page.request.get(`/api/v1/cases/${ids.en}`)).json()) as TCaseDetail;
    expect(stored.events.map((e) => e.type)).toEqual(
      expect.arrayContaining(['customer-message', 'customer-escalated']),
    );
    expect(stored.customerEscalatedAt).not.toBeNull();
    expect(stored.escalationLevel).toBe(1);
  });
});
