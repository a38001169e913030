import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, screenshotOf } from './helpers/browser.js';
import {
  createOrganization,
  expectNoAxeViolations,
  newDashboardContext,
  signUpFromFirstVisit,
} from './helpers/dashboard.js';
import { startServer, type RunningServer } from './helpers/server.js';

/**
 * The surveys area in the browser: an empty list offering the five templates, a survey created
 * from the relationship NPS template, its questions in German and English, and setting it live;
 * then building it further in the dashboard (a new version and whether answers stay comparable),
 * a blank survey, the public link with its QR code and the widget, sending to a segment and to
 * pasted ids with the funnel and each outcome in plain words, a refusal over quota, and the
 * sending settings — each screen checked with axe, in German too, and on a phone's width.
 */
describe('surveys in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const email = `surveys-owner-${Date.now()}@example.test`;

  beforeAll(async () => {
    // Starter's 50 sends a month: the quota refusal below needs a limit to run into.
    server = await startServer({ DEFAULT_PLAN: 'starter' });
    browser = await launchBrowser();
    context = await newDashboardContext(browser, server.url);
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('signs up and creates an organization', async () => {
    await signUpFromFirstVisit(page, { name: 'Sven Surveys', email, password: 'a-long-password-1' });
    await createOrganization(page, 'Alpenglühen Outdoor');
  });

  it('offers the five templates while there are no surveys', async () => {
    await page.getByTestId('nav-surveys').click();
    await page.getByTestId('surveys-empty').waitFor();
    for (const id of [
      'relationship-nps',
      'csat-after-support',
      'ces-after-resolution',
      'brand-bond',
      'pre-change-pulse',
    ]) {
      await expect.poll(() => page.getByTestId(`template-${id}`).isVisible()).toBe(true);
    }
    await expect
      .poll(() => page.getByTestId('template-csat-after-support').innerText())
      .toContain('After each support interaction');
    await expectNoAxeViolations(page, 'surveys-empty');
  });

  it('creates a survey from the relationship NPS template and lands in its builder', async () => {
    await page.getByTestId('template-create-relationship-nps').click();
    const name = page.getByTestId('survey-name');
    await name.waitFor();
    expect(await name.inputValue()).toBe('Relationship NPS');
    await expectNoAxeViolations(page, 'survey-create');
    await name.fill('Quarterly NPS');
    await page.getByTestId('survey-create-submit').click();
    // The next step after creating is wording the survey: the builder opens on the new survey.
    await page.waitForURL(/\/surveys\/[0-9a-f-]{36}\?edit=1$/);
    await page.getByTestId('survey-builder').waitFor();
    expect(await page.getByTestId('builder-q0-prompt-en').inputValue()).toContain(
      'How likely are you to recommend Alpenglühen Outdoor',
    );
    await page.getByTestId('builder-cancel').click();
    await page.getByTestId('survey-questions').waitFor();
    await page.getByTestId('survey-back').click();
    await page.getByTestId('surveys-list').waitFor();
    const row = page.locator('[data-testid^="survey-row-"]');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.innerText()).toContain('Quarterly NPS');
    expect(await row.innerText()).toContain('Draft');
    await page.getByTestId('survey-create-modal').waitFor({ state: 'detached' });
    await expectNoAxeViolations(page, 'surveys-list');
  });

  it('opens the survey with its questions in German and English and sets it live', async () => {
    await page.getByRole('link', { name: 'Quarterly NPS' }).click();
    await page.waitForURL(/\/surveys\/[0-9a-f-]{36}$/);
    const detail = page.getByTestId('survey-detail');
    await detail.waitFor();
    const text = await page.getByTestId('survey-questions').innerText();
    expect(text).toContain('How likely are you to recommend');
    expect(text).toContain('Wie wahrscheinlich');
    expect(text).toContain('Alpenglühen Outdoor');
    expect(await page.getByTestId('survey-version').innerText()).toBe('Version 1');
    expect(await page.getByTestId('survey-status').innerText()).toBe('Draft');
    await expectNoAxeViolations(page, 'survey-detail');

    await page.getByTestId('survey-status-live').click();
    await expect.poll(() => page.getByTestId('survey-status').innerText()).toBe('Live');
    await page.getByTestId('survey-status-archived').waitFor();
    await expectNoAxeViolations(page, 'survey-live');
    await screenshot(page, 'surveys');

    const res = await page.request.get('/api/v1/surveys');
    const list = (await res.json()) as { items: { name: string; status: string }[] };
    expect(list.items).toEqual([expect.objectContaining({ name: 'Quarterly NPS', status: 'live' })]);
  });

  it('shows the survey page in German', async () => {
    await page.evaluate(() => localStorage.setItem('resonance.language', 'de'));
    await page.reload();
    await page.getByTestId('survey-detail').waitFor();
    expect(await page.getByTestId('survey-status').innerText()).toBe('Live');
    expect(await page.getByRole('columnheader', { name: 'Deutsch' }).count()).toBe(1);
    await page.getByTestId('survey-back').click();
    await page.getByTestId('surveys-list').waitFor();
    expect(await page.getByTestId('surveys-list').innerText()).toContain('Kennzahl');
    await expectNoAxeViolations(page, 'surveys-de');
    await page.evaluate(() => localStorage.setItem('resonance.language', 'en'));
  });

  /** The survey made above; the rest of the journey works on it. */
  let surveyId = '';
  const origin = () => ({ origin: server.url });

  async function post(path: string, data: unknown): Promise<unknown> {
    const res = await page.request.post(path, { data, headers: origin() });
    expect(res.status(), `${path}: ${await res.text()}`).toBeLessThan(300);
    return res.json() as Promise<unknown>;
  }

  async function settings(): Promise<Record<string, unknown>> {
    return (await (await page.request.get('/api/v1/settings/sending')).json()) as Record<string, unknown>;
  }

  it('builds a survey in the dashboard: rewords a question in both languages, adds a single choice, saves a new version', async () => {
    const list = (await (await page.request.get('/api/v1/surveys')).json()) as { items: { id: string }[] };
    surveyId = list.items[0]?.id ?? '';
    await page.goto(`/surveys/${surveyId}`);
    await page.getByTestId('survey-edit').click();
    await page.waitForURL(/\?edit=1$/);
    await page.getByTestId('survey-builder').waitFor();
    expect(await page.getByTestId('builder-q0-prompt-de').inputValue()).toContain('Wie wahrscheinlich');
    await expectNoAxeViolations(page, 'survey-builder');

    await page
      .getByTestId('builder-q0-prompt-de')
      .fill('Wie wahrscheinlich ist es, dass Sie Alpenglühen Outdoor Ihren Freunden empfehlen?');
    await page
      .getByTestId('builder-q0-prompt-en')
      .fill('How likely are you to recommend Alpenglühen Outdoor to your friends?');
    await page.getByTestId('builder-add-single_choice').click();
    const q = 'builder-q2';
    await page.getByTestId(`${q}-prompt-de`).waitFor();
    expect(await page.getByTestId(q).getAttribute('data-type')).toBe('single_choice');

    // Saved with empty texts, the contract (loaded in the browser) names each empty field.
    await page.getByTestId('builder-save').click();
    await page.getByTestId('builder-errors').waitFor();
    expect(await page.getByTestId(`${q}-prompt-de`).getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId(q).innerText()).toContain('Required in every language of the survey.');
    await expectNoAxeViolations(page, 'survey-builder-errors');

    await page.getByTestId(`${q}-prompt-de`).fill('Wofür nutzen Sie unsere Ausrüstung vor allem?');
    await page.getByTestId(`${q}-prompt-en`).fill('What do you mostly use our gear for?');
    await page.getByTestId(`${q}-add-choice`).click();
    const choices = [
      ['Wandern', 'Hiking'],
      ['Klettern', 'Climbing'],
      ['Skitouren', 'Ski touring'],
    ];
    for (const [j, [de, en]] of choices.entries()) {
      await page.getByTestId(`${q}-choice${j}-de`).fill(de ?? '');
      await page.getByTestId(`${q}-choice${j}-en`).fill(en ?? '');
    }
    await screenshotOf(page.getByTestId('survey-builder'), 'survey-builder');
    await page.getByTestId('builder-save').click();

    const note = page.getByTestId('save-result');
    await note.waitFor();
    expect(await note.getAttribute('data-result')).toBe('comparable');
    expect(await note.innerText()).toContain('Earlier answers stay comparable');
    expect(await page.getByTestId('survey-version').innerText()).toBe('Version 2');
    expect(page.url()).not.toContain('edit=1');
    const table = await page.getByTestId('survey-questions').innerText();
    expect(table).toContain('Ihren Freunden empfehlen');
    expect(table).toContain('What do you mostly use our gear for?');
    expect(table).toContain('Skitouren');
    await expectNoAxeViolations(page, 'survey-saved');

    const saved = (await (await page.request.get(`/api/v1/surveys/${surveyId}`)).json()) as {
      version: number;
      questions: { type: string; choices?: unknown[] }[];
    };
    expect(saved.version).toBe(2);
    expect(saved.questions[2]).toMatchObject({
      type: 'single_choice',
      choices: [expect.anything(), expect.anything(), expect.anything()],
    });
  });

  it('says when an edit starts a new comparison line', async () => {
    await page.getByTestId('survey-edit').click();
    await page.getByTestId('builder-q2-remove').click();
    expect(await page.getByTestId('builder-q2').count()).toBe(0);
    await page.getByTestId('builder-save').click();
    const note = page.getByTestId('save-result');
    await note.waitFor();
    expect(await note.getAttribute('data-result')).toBe('not-comparable');
    expect(await note.innerText()).toContain('a question was removed');
    expect(await page.getByTestId('survey-version').innerText()).toBe('Version 3');
    expect(await page.getByTestId('survey-comparable-since').innerText()).toContain('version 3');
  });

  it('starts a survey from scratch and opens it in the builder', async () => {
    await page.getByTestId('survey-back').click();
    await page.getByTestId('template-create-blank').click();
    await page.getByTestId('survey-name').fill('Checkout satisfaction');
    await page.getByTestId('survey-metric').getByText('CSAT').click();
    await expectNoAxeViolations(page, 'survey-create-blank');
    await page.getByTestId('survey-create-submit').click();
    await page.waitForURL(/\/surveys\/[0-9a-f-]{36}\?edit=1$/);
    await page.getByTestId('survey-builder').waitFor();
    expect(await page.getByTestId('builder-q0-prompt-en').inputValue()).toBe(
      'How satisfied are you with us?',
    );
    expect(await page.getByTestId('builder-q0-prompt-de').inputValue()).toBe(
      'Wie zufrieden sind Sie mit uns?',
    );
    await page.getByTestId('builder-cancel').click();
    await page.getByTestId('survey-questions').waitFor();
    expect(await page.getByTestId('survey-version').innerText()).toBe('Version 1');
  });

  it('turns the public link on, shows its QR code, and sets up the in-app widget', async () => {
    await page.goto(`/surveys/${surveyId}?tab=channels`);
    await page.getByTestId('link-off').waitFor();
    await expectNoAxeViolations(page, 'channels-off');

    // A switch that saves at once: it turns on when the server says so, not on the click itself.
    await page.getByTestId('link-toggle').click();
    const url = page.getByTestId('link-url');
    await url.waitFor();
    const link = await url.inputValue();
    expect(link).toMatch(new RegExp(`^${server.url}/l/[A-Za-z0-9_-]{16,}$`));
    const qr = page.getByTestId('link-qr');
    await expect.poll(() => qr.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml;charset=utf-8,%3Csvg/);
    expect(await page.getByTestId('link-qr-download').getAttribute('download')).toBe('quarterly-nps-qr.svg');
    const publicPage = await page.request.get(link);
    expect(publicPage.status()).toBe(200);
    expect(await publicPage.text()).toContain('Alpenglühen Outdoor');

    await page.getByTestId('widget-toggle').check();
    await page.getByTestId('widget-sample').fill('50');
    await page.getByTestId('widget-save').click();
    await expect
      .poll(
        async () =>
          (
            (await (await page.request.get(`/api/v1/surveys/${surveyId}/delivery`)).json()) as {
              widget: unknown;
            }
          ).widget,
      )
      .toEqual({ segmentId: null, event: null, delaySeconds: 0, samplePercent: 50 });
    const snippet = await page.getByTestId('widget-snippet').innerText();
    expect(snippet).toContain(
      `<script async src="${server.url}/widget.js" data-key="${String((await settings()).widgetKey)}"></script>`,
    );
    expect(snippet).toContain("Resonance.identify({ externalId: '");

    await page.getByTestId('recontact-days').fill('90');
    await page.getByTestId('recontact-save').click();
    await expect
      .poll(
        async () =>
          (
            (await (await page.request.get(`/api/v1/surveys/${surveyId}/delivery`)).json()) as {
              recontactPeriodDays: unknown;
            }
          ).recontactPeriodDays,
      )
      .toBe(90);

    await expectNoAxeViolations(page, 'channels-on');
    await screenshotOf(page.getByTestId('channel-link'), 'survey-channels-link-en');
    await screenshotOf(page.getByTestId('survey-channels'), 'survey-channels-en');
  });

  it('sends the survey to a segment and shows the funnel', async () => {
    // Customers and a segment as a CRM sync would send them; K-5 has no e-mail address.
    await post('/api/v1/contacts', [
      ...[1, 2, 3, 4].map((n) => ({
        externalId: `K-${n}`,
        email: `kunde${n}@example.test`,
        name: `Kundin ${n}`,
        segment: 'Bergsport',
        language: n % 2 ? 'de' : 'en',
      })),
      { externalId: 'K-5', name: 'Ohne Adresse', segment: 'Bergsport' },
    ]);
    const segment = (await post('/api/v1/segments', {
      name: 'Bergsport',
      filter: { segment: 'Bergsport' },
    })) as { id: string };

    // A fresh load, so the segment list is not the one the widget form read before the segment existed.
    await page.goto(`/surveys/${surveyId}`);
    await page.getByTestId('survey-tab-send').click();
    await page.getByTestId('sends-empty').waitFor();
    expect(await page.getByTestId('sends-empty').innerText()).toContain('outbox');
    await expectNoAxeViolations(page, 'send-empty');
    await screenshotOf(page.getByTestId('survey-send'), 'survey-send-empty-en');

    await page.getByTestId('send-segment').selectOption(segment.id);
    await page.getByTestId('send-submit').click();
    const outcome = page.getByTestId('send-outcome');
    await outcome.waitFor();
    await expect.poll(() => page.getByTestId('send-outcome-invited').innerText()).toMatch(/^4\s/);
    expect(await page.getByTestId('send-outcome-skipped').innerText()).toMatch(/^1\s/);
    expect(await page.getByTestId('send-outcome-reasons').innerText()).toContain(
      'There is no e-mail address for this customer.',
    );
    await page.getByTestId('send-outcome-toggle').click();
    expect(await page.getByTestId('send-outcome-table').innerText()).toContain('Ohne Adresse');

    // Without SMTP the invitations wait in the outbox: the funnel shows them invited and sent.
    const funnel = page.getByTestId('funnel-survey');
    await funnel.waitFor();
    await expect
      .poll(() => page.getByTestId('funnel-survey-invited').innerText())
      .toMatch(/Invited\s+5 · 100\s?%/);
    await expect
      .poll(() => page.getByTestId('funnel-survey-sent').innerText(), { timeout: 45_000 })
      .toMatch(/Sent\s+4 · 80\s?%/);
    expect(await page.getByTestId('funnel-survey-skipped').innerText()).toContain('1');
    await page.getByTestId('funnel-survey-opened-off').waitFor();
    expect(await page.getByTestId('funnel-survey-opened').count()).toBe(0);
    const sends = page.locator('[data-testid^="send-"][data-kind]');
    expect(await sends.count()).toBe(1);
    expect(await sends.first().getAttribute('data-kind')).toBe('one_off');
    await expectNoAxeViolations(page, 'send-funnel');
    await screenshotOf(page.getByTestId('send-now'), 'survey-send-outcome-en');
    await screenshotOf(page.getByTestId('funnel-section'), 'survey-funnel-en');
    const outbox = (await (await page.request.get('/api/v1/outbox')).json()) as { items: { to: string }[] };
    expect(outbox.items.filter((m) => m.to.startsWith('kunde')).length).toBe(4);
  });

  it('sends to pasted customer ids and says in plain words who was not asked, and why', async () => {
    await page.getByTestId('send-outcome').getByRole('button', { name: 'Dismiss' }).click();
    await page.getByTestId('send-audience').getByText('Customer IDs').click();
    await page.getByTestId('send-ids').fill('K-1\nK-404, K-1');
    expect(await page.getByTestId('send-ids-count').innerText()).toBe('2 customer IDs');
    await page.getByTestId('send-submit').click();
    const reasons = page.getByTestId('send-outcome-reasons');
    await reasons.waitFor();
    const text = await reasons.innerText();
    // Both periods apply; the survey's own 90-day recontact period (set above) is the longer one.
    expect(text).toContain('Got this survey recently (this survey’s recontact period).');
    expect(text).toContain('next possible on');
    expect(text).toContain('There is no contact with this customer ID.');
    expect(await page.getByTestId('send-outcome-invited').innerText()).toMatch(/^0\s/);
    await expectNoAxeViolations(page, 'send-ids');
  });

  it('refuses a send over the plan’s quota and says how many sends are left', async () => {
    await post(
      '/api/v1/contacts',
      Array.from({ length: 60 }, (_, i) => ({ externalId: `Q-${i + 1}`, email: `q${i + 1}@example.test` })),
    );
    await page.getByTestId('send-ids').fill(Array.from({ length: 60 }, (_, i) => `Q-${i + 1}`).join('\n'));
    await page.getByTestId('send-submit').click();
    const alert = page.getByTestId('send-quota-error');
    await alert.waitFor();
    await expect
      .poll(() => page.getByTestId('send-quota-remaining').innerText())
      .toContain('46 of 50 sends are left on the Starter plan');
    await expectNoAxeViolations(page, 'send-quota');
    await screenshotOf(page.getByTestId('send-now'), 'survey-send-quota-en');
    const usage = (await (await page.request.get('/api/v1/organization/usage')).json()) as {
      surveySends: { used: number };
    };
    expect(usage.surveySends.used).toBe(4);
  });

  it('starts a recurring send and an event trigger, and pauses one', async () => {
    await page.getByTestId('recurring-segment').selectOption({ label: 'Bergsport · 5 contacts' });
    expect(await page.getByTestId('recurring-every-days').inputValue()).toBe('90');
    await page.getByTestId('recurring-submit').click();
    await expect.poll(() => page.locator('[data-kind="recurring"]').count()).toBe(1);

    await page.getByTestId('event-name').fill('ticket_solved');
    await page.getByTestId('event-delay').fill('1');
    await page.getByTestId('event-delay-unit').selectOption('hours');
    await page.getByTestId('event-submit').click();
    const trigger = page.locator('[data-kind="event"]');
    await expect.poll(() => trigger.count()).toBe(1);
    expect(await trigger.innerText()).toContain('on “ticket_solved”, 1 hour later');
    await trigger.getByTestId('send-toggle').click();
    await expect.poll(() => trigger.getByTestId('send-status').innerText()).toBe('Paused');
    await trigger.getByTestId('send-funnel-toggle').click();
    await trigger.locator('[data-testid^="funnel-send-"]').first().waitFor();
    await expectNoAxeViolations(page, 'sends-list');
    await screenshot(page, 'survey-send-en');
  });

  it('sets the sending settings', async () => {
    await page.goto('/settings/sending');
    await page.getByTestId('sending-settings').waitFor();
    expect(await page.getByTestId('sending-open-tracking').isChecked()).toBe(false);
    expect(await page.getByTestId('smtp-status').innerText()).toBe('Not configured');
    await expectNoAxeViolations(page, 'settings-sending');

    await page.getByTestId('sending-quiet').fill('14');
    await page.getByTestId('sending-open-tracking').check();
    await page.getByTestId('sending-over-quota-hold').check();
    await page.getByTestId('sending-rules-save').click();
    await expect.poll(async () => (await settings()).quietPeriodDays).toBe(14);
    expect(await settings()).toMatchObject({ isOpenTracking: true, overQuota: 'hold' });

    await page.getByTestId('sending-sender-name').fill('Alpenglühen Outdoor');
    await page.getByTestId('sending-brand-color').fill('dunkelgrün');
    await page.getByTestId('sending-branding-save').click();
    await expect
      .poll(() => page.getByTestId('sending-branding').innerText())
      .toContain('Enter a colour like #1f6feb.');
    await page.getByTestId('sending-brand-color').fill('#0b7285');
    await page.getByTestId('sending-logo-url').fill('http://insecure.example/logo.png');
    await page.getByTestId('sending-branding-save').click();
    await expect
      .poll(() => page.getByTestId('sending-branding').innerText())
      .toContain('Enter a full address starting with https://.');
    await page.getByTestId('sending-logo-url').fill('');
    await page.getByTestId('sending-branding-save').click();
    await expect.poll(async () => (await settings()).brandColor).toBe('#0b7285');
    expect(await settings()).toMatchObject({ senderName: 'Alpenglühen Outdoor', logoUrl: null });
    await expect
      .poll(() => page.frameLocator('[data-testid="brand-preview"]').locator('header').innerText())
      .toBe('Alpenglühen Outdoor');

    await page.getByTestId('smtp-url').fill('smtp://feedback:geheim@127.0.0.1:2525');
    await page.getByTestId('smtp-from').fill('Alpenglühen Outdoor <feedback@alpengluehen.example>');
    await page.getByTestId('smtp-save').click();
    await expect.poll(() => page.getByTestId('smtp-status').innerText()).toBe('Configured');
    expect(await page.getByTestId('smtp-url').inputValue()).toBe('');
    const stored = await settings();
    expect(stored).toMatchObject({
      hasOwnSmtp: true,
      smtpFrom: 'Alpenglühen Outdoor <feedback@alpengluehen.example>',
    });
    expect(JSON.stringify(stored)).not.toContain('geheim');
    await expectNoAxeViolations(page, 'settings-sending-saved');
    await screenshotOf(page.getByTestId('sending-settings'), 'settings-sending-en');
    await screenshot(page, 'settings-sending-viewport-en');

    await page.getByTestId('smtp-remove').click();
    await expect.poll(() => page.getByTestId('smtp-status').innerText()).toBe('Not configured');
    expect((await settings()).hasOwnSmtp).toBe(false);

    // With open tracking on, the funnel counts opens instead of explaining why it does not.
    await page.goto(`/surveys/${surveyId}?tab=send`);
    await page.getByTestId('funnel-survey-opened').waitFor();
    expect(await page.getByTestId('funnel-survey-opened-off').count()).toBe(0);
  });

  it('shows the latest answers with their comments as plain text, a page at a time', async () => {
    await page.goto(`/surveys/${surveyId}?tab=answers`);
    await page.getByTestId('answers-empty').waitFor();
    await expectNoAxeViolations(page, 'answers-empty');
    // Answers collected elsewhere (a call centre), through the API the dashboard session may use too.
    for (let n = 0; n < 21; n += 1) {
      await post('/api/v1/responses', {
        surveyId,
        contactExternalId: 'K-3',
        answers: { nps: n % 11 },
        externalRef: `call-${n}`,
      });
    }
    await post('/api/v1/responses', {
      surveyId,
      contactExternalId: 'K-2',
      answers: { nps: 9, why: '<b>Great</b> gear <img src=x onerror=alert(1)>\nand fast delivery' },
    });
    await page.reload();
    const list = page.getByTestId('answers-list');
    await list.waitFor();
    const items = list.locator('[data-testid^="answer-"]:not([data-testid="answer-comment"])');
    await expect.poll(() => items.count()).toBe(20);
    const newest = items.first();
    const comment = newest.getByTestId('answer-comment');
    expect(await comment.innerText()).toBe(
      '<b>Great</b> gear <img src=x onerror=alert(1)>\nand fast delivery',
    );
    expect(await comment.locator('b, img').count()).toBe(0);
    expect(await newest.innerText()).toContain('Promoter · 9');
    expect(await newest.getByRole('link', { name: 'K-2' }).getAttribute('href')).toBe('/contacts/K-2');
    await page.getByTestId('answers-more').click();
    await expect.poll(() => items.count()).toBe(22);
    expect(await page.getByTestId('answers-more').count()).toBe(0);
    await expectNoAxeViolations(page, 'answers');
    await screenshotOf(page.getByTestId('survey-answers'), 'survey-answers-en');
  });

  it('sums a send to a segment larger than a page of invitations as the server counts it', async () => {
    // 260 customers: more than the 200 invitations one page of the API holds. Over the Starter
    // quota the rest is held rather than the send refused; 30 have no e-mail address.
    const hold = await page.request.patch('/api/v1/settings/sending', {
      data: { overQuota: 'hold' },
      headers: origin(),
    });
    expect(hold.status()).toBe(200);
    await post('/api/v1/contacts', [
      ...Array.from({ length: 230 }, (_, i) => ({
        externalId: `G-${i + 1}`,
        email: `gross${i + 1}@example.test`,
        segment: 'Großkunden',
      })),
      ...Array.from({ length: 30 }, (_, i) => ({
        externalId: `G-X${i + 1}`,
        name: `Ohne Adresse ${i + 1}`,
        segment: 'Großkunden',
      })),
    ]);
    const segment = (await post('/api/v1/segments', {
      name: 'Großkunden',
      filter: { segment: 'Großkunden' },
    })) as { id: string };
    await page.goto(`/surveys/${surveyId}?tab=send`);
    await page.getByTestId('send-segment').selectOption(segment.id);
    await page.getByTestId('send-submit').click();
    await page.getByTestId('send-outcome-reasons').waitFor();

    const sends = (await (await page.request.get(`/api/v1/surveys/${surveyId}/sends`)).json()) as {
      items: {
        kind: string;
        segmentId: string | null;
        funnel: { invited: number; held: number; skipped: number };
      }[];
    };
    const funnel = sends.items.find((s) => s.kind === 'one_off' && s.segmentId === segment.id)?.funnel;
    expect(funnel).toMatchObject({ invited: 260, skipped: 30 });
    const held = funnel?.held ?? 0;
    expect(held).toBeGreaterThan(100);
    const shown = async (key: string) =>
      Number(/^\d+/.exec(await page.getByTestId(`send-outcome-${key}`).innerText())?.[0]);
    expect(await shown('invited')).toBe(260 - held - 30);
    expect(await shown('held')).toBe(held);
    expect(await shown('skipped')).toBe(30);
    expect(await page.getByTestId('send-outcome-reasons').innerText()).toMatch(
      /^30 × There is no e-mail address for this customer\./,
    );
    await page.getByTestId('send-outcome-toggle').click();
    expect(await page.getByTestId('send-outcome-more').innerText()).toBe('… and 160 more.');
    await expectNoAxeViolations(page, 'send-outcome-large');
    await screenshotOf(page.getByTestId('send-now'), 'survey-send-outcome-large-en');
  });

  it('lists each survey with its answers, score and interval, and response rate', async () => {
    const list = (await (await page.request.get('/api/v1/surveys')).json()) as {
      items: { id: string; name: string }[];
    };
    const blankId = list.items.find((s) => s.name === 'Checkout satisfaction')?.id ?? '';
    // 22 answers: 4 promoters and 14 detractors, NPS -45; the rollups catch up within seconds.
    const answersOf = async () =>
      (
        (await (await page.request.get('/api/v1/surveys/stats')).json()) as {
          items: { surveyId: string; n: number | null }[];
        }
      ).items.find((s) => s.surveyId === surveyId)?.n;
    await expect.poll(answersOf, { timeout: 30_000 }).toBe(22);
    await page.goto('/surveys');
    await page.getByTestId('surveys-list').waitFor();
    await expect.poll(() => page.getByTestId(`survey-answers-${surveyId}`).innerText()).toBe('22');
    const score = await page.getByTestId(`survey-score-${surveyId}`).innerText();
    expect(score).toMatch(/^-45\b/);
    expect(score).toMatch(/95% CI -\d+\s–\u2060?\s-\d+/);
    expect(await page.getByTestId(`survey-rate-${surveyId}`).innerText()).toMatch(/%/);
    // A survey nobody answered shows no score, not 0.
    expect(await page.getByTestId(`survey-answers-${blankId}`).innerText()).toBe('0');
    expect(await page.getByTestId(`survey-score-${blankId}`).innerText()).toBe('—');
    expect(await page.getByTestId(`survey-rate-${blankId}`).innerText()).toBe('—');
    await expectNoAxeViolations(page, 'surveys-list-stats');
    await screenshot(page, 'surveys-list-en');
  });

  it('shows sending, channels and the settings tab in German', async () => {
    await page.evaluate(() => localStorage.setItem('resonance.language', 'de'));
    await page.goto(`/surveys/${surveyId}?tab=send`);
    await page.getByTestId('funnel-survey').waitFor();
    expect(await page.getByTestId('funnel-survey-invited').innerText()).toContain('Eingeladen');
    expect(await page.getByTestId('survey-tab-channels').innerText()).toBe('Kanäle');
    await expectNoAxeViolations(page, 'send-de');
    await screenshotOf(page.getByTestId('survey-send'), 'survey-send-de');

    await page.getByTestId('survey-tab-channels').click();
    await page.getByTestId('link-url').waitFor();
    expect(await page.getByTestId('channel-link').innerText()).toContain('Öffentlicher Link');
    await expectNoAxeViolations(page, 'channels-de');
    await screenshotOf(page.getByTestId('survey-channels'), 'survey-channels-de');

    await page.goto('/settings/sending');
    await page.getByTestId('sending-settings').waitFor();
    expect(await page.getByTestId('sending-rules').innerText()).toContain('Ruhezeit');
    await expectNoAxeViolations(page, 'settings-sending-de');
    await screenshotOf(page.getByTestId('sending-settings'), 'settings-sending-de');
    await page.evaluate(() => localStorage.setItem('resonance.language', 'en'));
  });

  it('fits a phone’s width: nothing runs off the screen sideways', async () => {
    const phone = await newDashboardContext(browser, server.url, {
      width: 375,
      height: 812,
      storageState: await context.storageState(),
    });
    const small = await phone.newPage();
    try {
      const fits = () => small.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);
      for (const [path, testId, name] of [
        [`/surveys/${surveyId}?tab=send`, 'funnel-survey', 'phone-survey-send'],
        [`/surveys/${surveyId}?tab=channels`, 'link-qr', 'phone-survey-channels'],
        [`/surveys/${surveyId}?edit=1`, 'survey-builder', 'phone-survey-builder'],
        [`/surveys/${surveyId}?tab=answers`, 'answers-list', 'phone-survey-answers'],
        ['/surveys', 'surveys-list', 'phone-surveys-list'],
        ['/settings/sending', 'sending-settings', 'phone-settings-sending'],
      ] as const) {
        await small.goto(path);
        await small.getByTestId(testId).waitFor();
        await screenshot(small, name);
        expect(await fits(), `${name} overflows sideways`).toBe(true);
      }
      await small.evaluate(() => localStorage.setItem('resonance.language', 'de'));
      await small.goto(`/surveys/${surveyId}?tab=send`);
      await small.getByTestId('funnel-survey').waitFor();
      await screenshot(small, 'phone-survey-send-de');
      expect(await fits(), 'German send section overflows sideways').toBe(true);
      await small.goto('/surveys');
      await small.getByTestId(`survey-score-${surveyId}`).waitFor();
      await screenshot(small, 'phone-surveys-list-de');
      expect(await fits(), 'German survey list overflows sideways').toBe(true);
      await small.goto('/settings/sending');
      await small.getByTestId('sending-settings').waitFor();
      await screenshot(small, 'phone-settings-sending-de');
      expect(await fits(), 'German sending settings overflow sideways').toBe(true);
      await small.evaluate(() => localStorage.setItem('resonance.language', 'en'));
    } finally {
      await phone.close();
    }
  });
});
