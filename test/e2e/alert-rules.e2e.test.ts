import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slackMessageProblems, type SlackMessage } from '../../src/domain/alerts/slack-message.js';
import type { TAlertRule } from '../../src/shared/contracts/alerts.js';
import { startWebhookReceiver, type WebhookReceiver } from '../helpers/webhook-receiver.js';
import { screenshot, screenshotOf } from './helpers/browser.js';
import { inEachLayout, sidewaysOverflow, signUpWithApiKey, withApiKey } from './helpers/case-session.js';
import { expectNoAxeViolations, openDashboard, type DashboardSession } from './helpers/dashboard.js';

/** The header block's words: "Detractor · NPS 3/10". */
const headerOf = (m: SlackMessage) => (m.blocks[0]?.type === 'header' ? m.blocks[0].text.text : '');
/** Every section's mrkdwn, where the comment and the customer are. */
const sectionsOf = (m: SlackMessage) =>
  m.blocks.map((b) => (b.type === 'section' && b.text.type === 'mrkdwn' ? b.text.text : '')).join('\n');

/**
 * Settings → Integrations, the alert rules, in Chromium against a real server (issue 15, "Slack
 * and alert rules"): an owner adds a Slack rule for detractors with a comment that points at a
 * real receiver on loopback (the server allows 127.0.0.0/8, as an operator would an intranet),
 * after the private address she typed first was refused at the URL field. A detractor's answer
 * through the API reaches the receiver as valid Block Kit with the comment escaped, and the rule's
 * message log shows it delivered. She narrows the rule to a segment and German (the stored URL
 * kept), turns it off and on, and deletes it after a confirm. The section in English and German
 * at 390 and 1440 px, checked by axe, without sideways scrolling.
 */
describe('Settings → Integrations: alert rules', () => {
  let session: DashboardSession;
  let slack: WebhookReceiver;
  let apiKey: string;
  let surveyId = '';
  /** The incoming-webhook URL the rule gets; its path is the credential the page must never show. */
  let slackUrl = '';
  const SLACK_PATH = '/services/T0E2E/B0E2E/s3cr3tT0k3nXyZ9';

  /** The API as the organization's key; a non-2xx answer fails with its body. */
  async function api<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    const res = await withApiKey(session, apiKey, method, path, body);
    const text = await res.text();
    expect(res.status, `${method} ${path}: ${text}`).toBeLessThan(300);
    return JSON.parse(text) as T;
  }
  const rules = async () => (await api<{ rules: TAlertRule[] }>('GET', '/api/v1/alert-rules')).rules;
  const answer = (contact: string, nps: number, why?: string) =>
    api('POST', '/api/v1/responses', {
      surveyId,
      contactExternalId: contact,
      answers: why === undefined ? { nps } : { nps, why },
    });

  beforeAll(async () => {
    slack = await startWebhookReceiver();
    slackUrl = `http://127.0.0.1:${slack.port}${SLACK_PATH}`;
    session = await openDashboard({ width: 1440, env: { WEBHOOK_ALLOWED_NETWORKS: '127.0.0.0/8' } });
    ({ apiKey } = await signUpWithApiKey(session, {
      name: 'Alert Owner',
      emailPrefix: 'alert-rules',
      organization: 'Kaffeerösterei Müller',
    }));
    const survey = await api<{ id: string }>('POST', '/api/v1/surveys', {
      name: 'Relationship NPS',
      template: 'relationship-nps',
    });
    surveyId = survey.id;
    await api('POST', `/api/v1/surveys/${surveyId}/status`, { status: 'live' });
    await api('POST', '/api/v1/contacts', [
      { externalId: 'smb-1', name: 'Erika <b>Muster</b>', email: 'erika@example.test', segment: 'SMB' },
      { externalId: 'ent-1', name: 'Jonas Berg', email: 'jonas@example.test', segment: 'Enterprise' },
      { externalId: 'ent-2', name: 'Lea Stein', email: 'lea@example.test', segment: 'Enterprise' },
    ]);
  });
  afterAll(async () => {
    await session?.close();
    await slack?.close();
  });

  const open = async (page: Page) => {
    await page.goto('/settings/integrations');
    await page.getByTestId('integrations-alerts').waitFor();
  };
  const card = (page: Page) => page.getByTestId('alert-rule');
  const messages = (page: Page) => page.getByTestId('alert-rule-log').getByTestId('webhook-delivery');

  it('says what a rule does, refuses a private address at the URL field, and adds a Slack rule', async () => {
    const page = session.page;
    await open(page);
    const empty = page.getByTestId('alert-rules-empty');
    await empty.waitFor();
    expect(await empty.innerText()).toContain('No alert rules yet');
    expect(await empty.innerText()).toContain('Slack or Teams channel');
    await expectNoAxeViolations(page, 'alert rules empty');
    await screenshotOf(page.getByTestId('integrations-alerts'), 'alert-rules-empty-1440-en');

    await page.getByTestId('alert-add').click();
    const form = page.getByTestId('alert-rule-form');
    await form.waitFor();
    await page.getByTestId('alert-name').fill('Detractors <b>with</b> a comment');
    await page.getByTestId('alert-event-response.created').check();
    await page.getByTestId('alert-band-detractor').check();
    await page.getByTestId('alert-comment-with').check();
    // Slack is the preselected target. A private address: the server's address policy refuses it.
    expect(await page.getByTestId('alert-target-slack').isChecked()).toBe(true);
    await page.getByTestId('alert-url').fill('http://10.0.0.5/services/T0/B0/x');
    await page.getByTestId('alert-save').click();
    const refusal = form.getByText(/10\.0\.0\.5 leads to 10\.0\.0\.5/);
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain('WEBHOOK_ALLOWED_NETWORKS');
    expect(await page.getByTestId('alert-url').getAttribute('aria-invalid')).toBe('true');
    // Only the field the server named is marked.
    expect(await page.getByTestId('alert-name').getAttribute('aria-invalid')).not.toBe('true');
    await expectNoAxeViolations(page, 'alert rule form with a refused URL');
    await screenshotOf(form, 'alert-rule-form-refused-1440-en');

    // Typing in the field takes its error away.
    await page.getByTestId('alert-url').fill(slackUrl);
    expect(await page.getByTestId('alert-url').getAttribute('aria-invalid')).not.toBe('true');
    await page.getByTestId('alert-save').click();
    await card(page).waitFor();
    await page.getByText('Alert rule added.').waitFor();

    // The name as text, never markup; the URL only as the API's hint (host and last characters).
    const text = await card(page).innerText();
    expect(text).toContain('Detractors <b>with</b> a comment');
    expect(await card(page).locator('b').count()).toBe(0);
    expect(await page.getByTestId('alert-rule-target').innerText()).toBe(
      `Sends to: Slack · 127.0.0.1:${slack.port}/…XyZ9`,
    );
    expect(await page.getByTestId('alert-rule-conditions').innerText()).toBe(
      'Only when: score: Detractors · with a comment',
    );
    expect(text).toContain('Messages in English');
    expect(await page.getByTestId('alert-rule-state').textContent()).toBe('Active');
    await page.reload();
    await card(page).waitFor();
    expect(await page.content()).not.toContain('s3cr3tT0k3n');

    const [stored] = await rules();
    expect(stored).toMatchObject({
      name: 'Detractors <b>with</b> a comment',
      eventTypes: ['response.created'],
      conditions: { bands: ['detractor'], hasComment: true, segments: [], channels: [], surveyIds: [] },
      language: 'en',
      target: { kind: 'slack' },
      isEnabled: true,
    });
  });

  it('posts a detractor’s comment to the Slack receiver as Block Kit and logs it as delivered', async () => {
    const page = session.page;
    // A promoter first: the rule's conditions leave it out.
    await answer('smb-1', 10, 'Alles bestens');
    const sentAt = Date.now();
    await answer('smb-1', 3, 'Lieferung kam zu spät <!channel> & die Bohnen waren @here alt');
    const [got] = await slack.waitFor(1, 30_000);
    const tookMs = Date.now() - sentAt;
    console.info(`answer → Slack receiver: ${tookMs} ms`);
    expect(got?.path).toBe(SLACK_PATH);
    expect(got?.headers['content-type']).toBe('application/json');
    // Slack verifies nothing: the URL is the secret, so no signature headers.
    expect(got?.headers['webhook-signature']).toBeUndefined();
    const message = JSON.parse(got?.body ?? '{}') as SlackMessage;
    expect(slackMessageProblems(message)).toEqual([]);
    expect(headerOf(message)).toBe('Detractor · NPS 3/10');
    const sections = sectionsOf(message);
    expect(sections).toContain('Erika &lt;b&gt;Muster&lt;/b&gt;');
    expect(sections).toContain(
      'Lieferung kam zu spät &lt;!channel&gt; &amp; die Bohnen waren @\u200bhere alt',
    );
    expect(got?.body).not.toContain('<!channel>');

    await open(page);
    await page.getByTestId('alert-rule-log-toggle').click();
    await page.getByTestId('alert-rule-log').waitFor();
    const first = messages(page).first();
    await expect.poll(() => first.getAttribute('data-status')).toBe('delivered');
    expect(await messages(page).count()).toBe(1);
    expect(await first.getByTestId('webhook-delivery-event').innerText()).toBe('response.created');
    await first.getByRole('button').first().click();
    const body = await first.getByTestId('webhook-delivery-body').innerText();
    expect(body).toContain('Detractor · NPS 3/10');
    expect(await first.getByTestId('webhook-attempts').innerText()).toContain('200');
    // A Slack message is unsigned and cannot be sent again: neither is offered.
    expect(await first.getByTestId('webhook-delivery-id').count()).toBe(0);
    expect(await first.getByTestId('webhook-delivery-send-again').count()).toBe(0);
    // Still only the detractor: the promoter's answer matched nothing.
    expect(slack.received).toHaveLength(1);
    await expectNoAxeViolations(page, 'alert rule log');
    await screenshotOf(page.getByTestId('integrations-alerts'), 'alert-rules-log-1440-en');
  });

  it('narrows the rule to a segment and German, keeping the stored URL; a bad URL is refused at its field', async () => {
    const page = session.page;
    await open(page);
    await page.getByTestId('alert-rule-edit').click();
    const form = page.getByTestId('alert-rule-form');
    await form.waitFor();
    expect(await page.getByTestId('alert-name').inputValue()).toBe('Detractors <b>with</b> a comment');
    expect(await page.getByTestId('alert-band-detractor').isChecked()).toBe(true);
    expect(await page.getByTestId('alert-comment-with').isChecked()).toBe(true);
    // The URL is a credential: the field starts empty and says what is stored and how to keep it.
    expect(await page.getByTestId('alert-url').inputValue()).toBe('');
    expect(await form.innerText()).toContain(`Now: 127.0.0.1:${slack.port}/…XyZ9. Leave empty to keep it.`);

    // A URL with a password: the contract refuses it, shown at the URL field.
    await page.getByTestId('alert-url').fill('https://user:secret@hooks.slack.com/services/T0/B0/x');
    await page.getByTestId('alert-save').click();
    await form
      .getByText('Enter a full http or https address, without user name, password or #fragment.')
      .waitFor();
    expect(await page.getByTestId('alert-url').getAttribute('aria-invalid')).toBe('true');

    await page.getByTestId('alert-url').fill('');
    await page.getByTestId('alert-segments').fill('Enterprise');
    await page.getByTestId('alert-segments').press('Enter');
    await page.getByTestId('alert-language').getByText('German').click();
    await page.getByTestId('alert-save').click();
    await page.getByText('Alert rule saved.').waitFor();
    await form.waitFor({ state: 'detached' });
    expect(await page.getByTestId('alert-rule-conditions').innerText()).toBe(
      'Only when: score: Detractors · with a comment · segment: Enterprise',
    );
    expect(await card(page).innerText()).toContain('Messages in German');
    const [stored] = await rules();
    expect(stored?.conditions.segments).toEqual(['Enterprise']);
    expect(stored?.language).toBe('de');
    expect(stored?.target).toEqual({ kind: 'slack', urlHint: `127.0.0.1:${slack.port}/…XyZ9` });

    // The rule now takes Enterprise detractors only, and speaks German to the same channel.
    await answer('smb-1', 2, 'Schon wieder zu spät');
    await answer('ent-1', 1, 'Rechnung doppelt');
    const [, second] = await slack.waitFor(2, 30_000);
    const message = JSON.parse(second?.body ?? '{}') as SlackMessage;
    expect(second?.path).toBe(SLACK_PATH);
    expect(slackMessageProblems(message)).toEqual([]);
    expect(headerOf(message)).toBe('Kritiker · NPS 1/10');
    expect(sectionsOf(message)).toContain('Rechnung doppelt');
    expect(sectionsOf(message)).not.toContain('Schon wieder zu spät');
  });

  it('shows the section in English and German, on a phone and a desktop, with axe and without sideways scrolling', async () => {
    await inEachLayout(session, async (page, width, language) => {
      await open(page);
      const section = page.getByTestId('integrations-alerts');
      expect(await section.innerText()).toContain(
        language === 'de' ? 'Alarmregel hinzufügen' : 'Add alert rule',
      );
      expect(await page.getByTestId('alert-rule-conditions').innerText()).toContain(
        language === 'de' ? 'Segment: Enterprise' : 'segment: Enterprise',
      );
      await page.getByTestId('alert-rule-log-toggle').click();
      await expect.poll(() => messages(page).count()).toBe(2);
      // The newest message opened: its attempts and body, the widest part of the log.
      await messages(page).first().getByRole('button').first().click();
      await messages(page).first().getByTestId('webhook-delivery-body').waitFor();
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page, `alert rules ${width} ${language}`);
      await screenshotOf(section, `settings-alerts-${width}-${language}`);

      await page.getByTestId('alert-rule-edit').click();
      const form = page.getByTestId('alert-rule-form');
      await form.waitFor();
      expect(await form.innerText()).toContain(
        language === 'de' ? 'Nur mit Kommentar' : 'Only with a comment',
      );
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page, `alert rule form ${width} ${language}`);
      await screenshotOf(form, `settings-alerts-form-${width}-${language}`);
      if (width === 390) await screenshot(page, `settings-alerts-form-viewport-390-${language}`);
    });
  });

  it('turns the rule off and on again, and deletes it after a confirm', async () => {
    const page = session.page;
    await open(page);
    await page.getByTestId('alert-rule-toggle').click();
    await page.getByText('Alert rule turned off.').waitFor();
    await expect.poll(() => page.getByTestId('alert-rule-state').textContent()).toBe('Off');
    expect(await page.getByTestId('alert-rule-health').innerText()).toContain('Switched off');
    expect((await rules())[0]).toMatchObject({ isEnabled: false, disabledReason: 'manual' });
    await expectNoAxeViolations(page, 'alert rule off');
    await screenshotOf(card(page), 'alert-rule-off-1440-en');

    await page.getByTestId('alert-rule-toggle').click();
    await expect.poll(() => page.getByTestId('alert-rule-state').textContent()).toBe('Active');
    expect(await page.getByTestId('alert-rule-health').count()).toBe(0);
    expect((await rules())[0]).toMatchObject({ isEnabled: true, disabledReason: null });

    await page.getByTestId('alert-rule-delete').click();
    const dialog = page.getByTestId('alert-delete-modal');
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('Delete the alert rule “Detractors <b>with</b> a comment”?');
    await expectNoAxeViolations(page, 'alert rule delete');
    await screenshot(page, 'alert-rule-delete-1440-en');
    await page.getByTestId('alert-delete-confirm').click();
    await page.getByTestId('alert-rules-empty').waitFor();
    expect(await rules()).toEqual([]);
  });
});
