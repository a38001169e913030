import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TWebhookEndpoint } from '../../src/shared/contracts/webhooks.js';
import { startWebhookReceiver, type WebhookReceiver } from '../helpers/webhook-receiver.js';
import { screenshot, screenshotOf } from './helpers/browser.js';
import { inEachLayout, sidewaysOverflow, signUpWithApiKey, withApiKey } from './helpers/case-session.js';
import { expectNoAxeViolations, openDashboard, type DashboardSession } from './helpers/dashboard.js';

const DOCS = new URL('../../docs/screenshots/', import.meta.url).pathname;

/** A received request's headers as the verifier takes them. */
const headersOf = (got: { headers: Record<string, unknown> }) => got.headers as Record<string, string>;

/**
 * Settings → Integrations in Chromium (issue 15 "Done when"): an owner adds an endpoint pointing at
 * a real receiver on loopback (the server allows 127.0.0.0/8 as an operator would an intranet),
 * sees its secret once, sends a test event that arrives signed, finds it in the delivery log and
 * sends it again; a real event (feedback through the API) is replayed with the same webhook-id.
 * Then the tab in English and German at 390 and 1440 px, checked by axe, without sideways scrolling.
 */
describe('Settings → Integrations', () => {
  let session: DashboardSession;
  let receiver: WebhookReceiver;
  let apiKey: string;
  let secret = '';

  beforeAll(async () => {
    receiver = await startWebhookReceiver();
    session = await openDashboard({ width: 1440, env: { WEBHOOK_ALLOWED_NETWORKS: '127.0.0.0/8' } });
    ({ apiKey } = await signUpWithApiKey(session, {
      name: 'Hook Owner',
      emailPrefix: 'integrations',
      organization: 'Kaffeerösterei Müller',
    }));
  });
  afterAll(async () => {
    await session?.close();
    await receiver?.close();
  });

  const open = async (page: Page) => {
    await page.goto('/settings/integrations');
    await page.getByTestId('integrations-tab').waitFor();
  };
  const deliveries = (page: Page) => page.getByTestId('webhook-delivery');

  it('adds an endpoint, shows its secret once, and refuses a private address at the URL field', async () => {
    const page = session.page;
    await open(page);
    await page.getByTestId('webhooks-empty').waitFor();
    expect(await page.getByTestId('webhooks-empty').innerText()).toContain('No webhook endpoints yet');
    await expectNoAxeViolations(page, 'integrations empty');

    await page.getByTestId('webhook-add').click();
    // Nothing ticked: refused in the browser, at the events.
    await page.getByTestId('webhook-url').fill('http://10.0.0.5/hook');
    await page.getByTestId('webhook-save').click();
    await page.getByText('Tick at least one event.').waitFor();

    // A private address: the server's address policy refuses it, shown at the URL field.
    await page.getByTestId('webhook-event-feedback.created').check();
    await page.getByTestId('webhook-event-response.created').check();
    await page.getByTestId('webhook-save').click();
    const refusal = page.getByText(/10\.0\.0\.5 leads to 10\.0\.0\.5/);
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain('WEBHOOK_ALLOWED_NETWORKS');
    expect(await page.getByTestId('webhook-url').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'integrations form with errors');

    await page.getByTestId('webhook-url').fill(receiver.url);
    await page.getByTestId('webhook-description').fill('CRM <b>sync</b>');
    await page.getByTestId('webhook-save').click();
    const modal = page.getByTestId('webhook-secret-modal');
    await modal.waitFor();
    secret = (await page.getByTestId('webhook-secret').innerText()).trim();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(await modal.innerText()).toMatch(/won’t see it again/);
    await expectNoAxeViolations(page, 'integrations secret');
    await screenshot(page, 'integrations-secret-1440-en');
    await page.getByTestId('webhook-secret-close').click();
    await modal.waitFor({ state: 'detached' });

    // The card: the description as text (never markup), the events, no secret anywhere.
    const card = page.getByTestId('webhook-endpoint');
    await card.waitFor();
    expect(await card.innerText()).toContain('CRM <b>sync</b>');
    expect(await card.locator('b').count()).toBe(0);
    expect(await card.innerText()).toContain('Nothing delivered yet');
    await page.reload();
    await card.waitFor();
    expect(await page.content()).not.toContain(secret);
    expect(await page.content()).not.toContain('whsec_');
  });

  it('sends a signed test event, logs it, and sends it again with the same webhook-id', async () => {
    const page = session.page;
    await open(page);
    const before = receiver.received.length;
    await page.getByTestId('webhook-test').click();
    const [got] = (await receiver.waitFor(before + 1)).slice(before);
    expect(got).toBeDefined();
    const event = new Webhook(secret).verify(got?.body ?? '', headersOf(got ?? { headers: {} })) as {
      type: string;
    };
    expect(event.type).toBe('webhook.test');
    const messageId = got?.headers['webhook-id'];
    expect(messageId).toMatch(/^msg_/);

    // The log opened by itself and follows the delivery until the receiver's 200 is in.
    const first = deliveries(page).first();
    await expect.poll(() => first.getAttribute('data-status'), { timeout: 15_000 }).toBe('delivered');
    expect(await first.getByTestId('webhook-delivery-event').innerText()).toBe('webhook.test');
    await first.getByRole('button').first().click();
    expect(await first.getByTestId('webhook-delivery-id').innerText()).toBe(messageId);
    const attempts = await first.getByTestId('webhook-attempts').innerText();
    expect(attempts).toContain('200');
    expect(attempts).toContain('ok');
    // The health line now names the last delivery.
    await expect
      .poll(() => page.getByTestId('webhook-health').innerText(), { timeout: 10_000 })
      .toContain('Last delivered');

    const n = receiver.received.length;
    await first.getByTestId('webhook-delivery-send-again').click();
    const [again] = (await receiver.waitFor(n + 1)).slice(n);
    expect(again?.headers['webhook-id']).toBe(messageId);
    expect(new Webhook(secret).verify(again?.body ?? '', headersOf(again ?? { headers: {} }))).toMatchObject({
      type: 'webhook.test',
    });
    await expect.poll(() => deliveries(page).count(), { timeout: 10_000 }).toBe(2);
    await expect
      .poll(() => deliveries(page).first().getByTestId('webhook-delivery-origin').textContent())
      .toBe('Sent again');
    await expectNoAxeViolations(page, 'integrations log');
  });

  it('replays everything since an hour ago: the receiver gets the event again with its webhook-id', async () => {
    const page = session.page;
    const n = receiver.received.length;
    const res = await withApiKey(session, apiKey, 'POST', '/api/v1/feedback', {
      channel: 'review',
      source: 'Google Reviews',
      text: 'Great beans, slow delivery.',
      rating: { value: 4, scaleMin: 1, scaleMax: 5 },
      occurredAt: new Date().toISOString(),
      externalRef: 'review-1',
    });
    expect(res.status, await res.text()).toBeLessThan(300);
    const [got] = (await receiver.waitFor(n + 1, 20_000)).slice(n);
    const event = new Webhook(secret).verify(got?.body ?? '', headersOf(got ?? { headers: {} })) as {
      type: string;
    };
    expect(event.type).toBe('feedback.created');
    const messageId = got?.headers['webhook-id'];

    await open(page);
    await page.getByTestId('webhook-log-toggle').click();
    await expect
      .poll(() => deliveries(page).first().getByTestId('webhook-delivery-event').innerText(), {
        timeout: 10_000,
      })
      .toBe('feedback.created');

    const hourAgo = new Date(Date.now() - 3_600_000);
    const local = new Date(hourAgo.getTime() - hourAgo.getTimezoneOffset() * 60_000)
      .toISOString()
      .slice(0, 16);
    await page.getByTestId('webhook-replay-start').click();
    const dialog = page.getByTestId('webhook-replay-modal');
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain(receiver.url);
    await page.getByTestId('webhook-replay-since').fill(local);
    // The button names the moment chosen, so starting the replay is its confirmation.
    expect(await page.getByTestId('webhook-replay-confirm').innerText()).toMatch(/^Replay since \d/);
    await expectNoAxeViolations(page, 'integrations replay');
    await screenshot(page, 'integrations-replay-1440-en');
    const m = receiver.received.length;
    await page.getByTestId('webhook-replay-confirm').click();
    await page.getByText('1 event queued again.').waitFor();
    const [replayed] = (await receiver.waitFor(m + 1)).slice(m);
    expect(replayed?.headers['webhook-id']).toBe(messageId);
    expect(replayed?.body).toBe(got?.body);
    expect(
      new Webhook(secret).verify(replayed?.body ?? '', headersOf(replayed ?? { headers: {} })),
    ).toMatchObject({
      type: 'feedback.created',
    });
    await expect
      .poll(() => deliveries(page).first().getByTestId('webhook-delivery-origin').textContent(), {
        timeout: 10_000,
      })
      .toBe('Replay');

    // The API agrees with what the page showed.
    const list = (await (await withApiKey(session, apiKey, 'GET', '/api/v1/webhooks')).json()) as {
      endpoints: TWebhookEndpoint[];
    };
    expect(list.endpoints).toHaveLength(1);
    expect(list.endpoints[0]?.lastDeliveredAt).not.toBeNull();
  });

  it('shows the tab in English and German, on a phone and a desktop, with axe and without sideways scrolling', async () => {
    mkdirSync(DOCS, { recursive: true });
    await inEachLayout(session, async (page, width, language) => {
      await open(page);
      const tab = page.getByTestId('integrations-tab');
      expect(await tab.innerText()).toContain(language === 'de' ? 'Endpunkt hinzufügen' : 'Add endpoint');
      await page.getByTestId('webhook-log-toggle').click();
      await deliveries(page).first().waitFor();
      // The README's picture: an endpoint with its log, every delivery on one line.
      if (width === 1440 && language === 'en') {
        // No hover or focus ring on the button just pressed.
        await page.mouse.move(0, 0);
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        await page.screenshot({ path: `${DOCS}settings-integrations.png` });
      }
      // The newest delivery opened: its attempts and body, the widest part of the log.
      await deliveries(page).first().getByRole('button').first().click();
      await deliveries(page).first().getByTestId('webhook-delivery-body').waitFor();
      expect(await tab.innerText()).toContain(language === 'de' ? 'Zustellprotokoll' : 'Delivery log');
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page, `integrations ${width} ${language}`);
      await screenshotOf(
        page.getByTestId('integrations-webhooks'),
        `settings-integrations-${width}-${language}`,
      );
      // The form with its event catalog, in this language.
      await page.getByTestId('webhook-edit').click();
      await page.getByTestId('webhook-form').waitFor();
      expect(await page.getByTestId('webhook-events').innerText()).toContain(
        language === 'de' ? 'Ein Fall wurde gelöst.' : 'A case was resolved.',
      );
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page, `integrations form ${width} ${language}`);
      await screenshotOf(page.getByTestId('webhook-form'), `settings-integrations-form-${width}-${language}`);
    });
  });

  it('rotates the secret with an overlap (both sign meanwhile), and deletes the endpoint after a confirm', async () => {
    const page = session.page;
    await open(page);
    await page.getByTestId('webhook-rotate').click();
    await page.getByTestId('webhook-rotate-modal').waitFor();
    await expectNoAxeViolations(page, 'integrations rotate');
    await page.getByTestId('webhook-rotate-confirm').click();
    await page.getByTestId('webhook-secret-modal').waitFor();
    const fresh = (await page.getByTestId('webhook-secret').innerText()).trim();
    expect(fresh).toMatch(/^whsec_/);
    expect(fresh).not.toBe(secret);
    expect(await page.getByTestId('webhook-secret-overlap').innerText()).toContain('old and the new secret');
    await page.getByTestId('webhook-secret-close').click();
    await expect
      .poll(() => page.getByTestId('webhook-health').innerText())
      .toContain('The previous secret still signs until');

    const n = receiver.received.length;
    await page.getByTestId('webhook-test').click();
    const [got] = (await receiver.waitFor(n + 1)).slice(n);
    for (const key of [secret, fresh])
      expect(new Webhook(key).verify(got?.body ?? '', headersOf(got ?? { headers: {} }))).toMatchObject({
        type: 'webhook.test',
      });

    await page.getByTestId('webhook-delete').click();
    await page.getByTestId('webhook-delete-modal').waitFor();
    await page.getByTestId('webhook-delete-confirm').click();
    await page.getByTestId('webhooks-empty').waitFor();
    const list = (await (await withApiKey(session, apiKey, 'GET', '/api/v1/webhooks')).json()) as {
      endpoints: TWebhookEndpoint[];
    };
    expect(list.endpoints).toEqual([]);
  });
});
