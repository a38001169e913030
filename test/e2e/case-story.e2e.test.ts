import type { ParsedMail } from 'mailparser';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TCaseDetail, TCaseList, TCaseReport } from '../../src/shared/contracts/cases.js';
import type { TFollowUpSettings, TTeam } from '../../src/shared/contracts/follow-up.js';
import type { TNotificationList } from '../../src/shared/contracts/notifications.js';
import type { TMe } from '../../src/shared/contracts/organization.js';
import { recipients, startSmtpPeer, type SmtpPeer } from '../helpers/smtp-peer.js';
import { launchBrowser } from './helpers/browser.js';
import { caseShot, signUpWithApiKey } from './helpers/case-session.js';
import { fillSignUp, newDashboardContext } from './helpers/dashboard.js';
import { startServer, type RunningServer } from './helpers/server.js';

const CUSTOMER = 'ada.lovelace@example.test';
const COMPLAINT = 'The grinder arrived broken and nobody answered my mail.';
const FIRST_REPLY = 'Dear Ada,\n\nwe are sorry. A replacement grinder is being packed today.';
const REASON = 'Still no replacement, and no tracking number either.';
const SECOND_REPLY = 'Dear Ada,\n\nthe replacement left today; the tracking number is RS-4711.';

/** Regex-safe text. */
const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Issue 14's whole inner loop in Chromium, on a real server that mails through a real SMTP peer:
 * a detractor answers a survey from the mail, the cases stage opens a case for the team, it
 * breaches its (one-minute) first-response target and the agent sees it overdue, opens it and
 * replies; the customer escalates from the case page linked in that reply and the team lead is
 * told (bell and mail); the agent answers again in the same mail thread and closes the case with
 * root cause and action; the re-survey goes out, the customer answers 9, and Cases → Report
 * counts the recovery. One layout (1440 px, English): the other layouts are covered per screen.
 * The clocks run in real time, so the test waits out one SLA minute and one survey tick.
 */
describe('the follow-up story in Chromium', () => {
  let smtp: SmtpPeer | undefined;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  let owner: Page;
  let agent: Page;
  let lead: Page;
  let apiKey = '';
  let agentMe: TMe;
  let leadMe: TMe;
  let team: TTeam;
  let surveyId = '';
  let firstToken = '';
  let caseId = '';
  let caseLink = '';
  let firstMessageId = '';

  const running = () => {
    if (!server || !browser || !smtp) throw new Error('not started');
    return { server, browser, smtp };
  };
  /** The API with the owner's key, JSON both ways; anything but 2xx fails with its body. */
  const api = async <T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH', path: string, body?: unknown) => {
    const res = await fetch(`${running().server.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    expect(res.ok, `${method} ${path}: ${res.status} ${text}`).toBe(true);
    return JSON.parse(text) as T;
  };
  const getCase = () => api<TCaseDetail>('GET', `/api/v1/cases/${caseId}`);
  /** A fresh browser at 1440 px in English: a person's own, or the customer's (no session). */
  const newPage = async (): Promise<Page> => {
    const { browser: b, server: s } = running();
    const context = await newDashboardContext(b, s.url, { width: 1440, height: 1000, locale: 'en-GB' });
    contexts.push(context);
    return context.newPage();
  };
  /** The eleven score links (0–10) of a survey mail, by score. */
  const scoreLinks = (mail: ParsedMail): string[] =>
    Array.from({ length: 11 }, (_, score) => {
      const link = new RegExp(
        `${literal(running().server.url)}/s/[A-Za-z0-9_-]{43}\\?score=${score}\\b`,
      ).exec(mail.text ?? '')?.[0];
      if (!link) throw new Error(`no score ${score} link in ${mail.text}`);
      return link;
    });
  const tokenOf = (link: string) => /\/s\/([A-Za-z0-9_-]{43})/.exec(link)?.[1] ?? '';
  /** The customer clicks a score in the mail; their first click on the page records it, then they say why. */
  const answerFromMail = async (link: string, comment: string) => {
    const page = await newPage();
    await page.goto(link);
    await page.mouse.click(5, 5);
    await page.waitForURL(/\/why$/);
    await page.locator('textarea').fill(comment);
    await page.locator('button[type=submit]').click();
    await page.waitForURL(/\/thanks$/);
  };
  /** The owner invites a colleague in Settings → Members; they accept from the mail in their own browser. */
  const join = async (name: string, role: 'agent' | 'admin'): Promise<{ page: Page; me: TMe }> => {
    const email = `story-${name.split(' ')[0]?.toLowerCase()}-${Date.now()}@example.test`;
    await owner.goto('/settings/members');
    await owner.getByTestId('invite-email').fill(email);
    await owner.getByTestId('invite-role').selectOption(role);
    await owner.getByTestId('invite-submit').click();
    await owner.getByTestId(`invitation-${email}`).waitFor();
    const mail = await running().smtp.waitFor((m) => recipients(m).includes(email), 30_000);
    const link = /https?:\/\/\S+\/accept-invitation\/\S+/.exec(mail.text ?? '')?.[0];
    expect(link, mail.text).toBeDefined();
    const page = await newPage();
    await page.goto(new URL(link ?? '').pathname);
    await page.getByTestId('invitation-signup').click();
    await fillSignUp(page, { name, email, password: 'a-long-password-2' });
    await page.getByTestId('invitation-accept').click();
    await page.getByTestId('nav-overview').waitFor({ timeout: 30_000 });
    const me = (await (await page.request.get('/api/v1/me')).json()) as TMe;
    expect(me.role).toBe(role);
    return { page, me };
  };

  beforeAll(async () => {
    smtp = await startSmtpPeer();
    server = await startServer({ SMTP_URL: smtp.url });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await server?.stop();
    await smtp?.close();
  });

  it('sets up an organization with an agent, a team lead and follow-up settings that breach in a minute and re-survey at once', async () => {
    const { server: s, browser: b } = running();
    owner = await newPage();
    const context = contexts[contexts.length - 1];
    if (!context) throw new Error('no context');
    ({ apiKey } = await signUpWithApiKey(
      { server: s, browser: b, context, page: owner, close: () => Promise.resolve() },
      { name: 'Olga Owner', emailPrefix: 'story-owner', organization: 'Kaffeerösterei Story' },
    ));
    ({ page: agent, me: agentMe } = await join('Alex Agent', 'agent'));
    ({ page: lead, me: leadMe } = await join('Lena Lead', 'agent'));

    team = await api<TTeam>('POST', '/api/v1/teams', {
      name: 'Customer care',
      leadUserId: leadMe.user.id,
      memberIds: [agentMe.user.id],
      isRoundRobin: true,
    });
    const settings = await api<TFollowUpSettings>('GET', '/api/v1/settings/follow-up');
    const saved = await api<TFollowUpSettings>('PUT', '/api/v1/settings/follow-up', {
      ...settings,
      defaultTeamId: team.id,
      sla: {
        ...settings.sla,
        // Survey detractors: a first answer within a minute around the clock (the rest stays in
        // business hours), so the case breaches while the test waits; level 1 of the escalation
        // (the lead) only hours after a breach, so what tells the lead here is the customer.
        targets: settings.sla.targets.map((row) =>
          row.channel === 'survey'
            ? { ...row, firstResponseMinutes: 1, businessHoursFor: { firstResponse: false } }
            : row,
        ),
        escalateAfterMinutes: [120],
      },
      // Re-survey as soon as throttling allows after the resolution.
      recovery: { surveyId: null, delayDays: 0 },
    });
    expect(saved.recovery).toEqual({ surveyId: null, delayDays: 0 });
    expect(saved.sla.targets.find((r) => r.channel === 'survey')).toMatchObject({
      firstResponseMinutes: 1,
      businessHoursFor: { firstResponse: false },
    });
    // No quiet period: the re-survey may follow the first survey within minutes.
    await api('PATCH', '/api/v1/settings/sending', { quietPeriodDays: 0 });

    const survey = await api<{ id: string }>('POST', '/api/v1/surveys', {
      name: 'Relationship NPS',
      template: 'relationship-nps',
    });
    surveyId = survey.id;
    await api('POST', `/api/v1/surveys/${surveyId}/status`, { status: 'live' });
  });

  it('opens a case for the team when a detractor answers from the survey mail', async () => {
    const { smtp: peer } = running();
    await api('POST', '/api/v1/contacts', {
      externalId: 'ADA-1',
      email: CUSTOMER,
      name: 'Ada Lovelace',
      language: 'en',
    });
    await api('POST', `/api/v1/surveys/${surveyId}/send`, { contacts: ['ADA-1'] });
    const invitation = await peer.waitFor((m) => recipients(m).includes(CUSTOMER), 60_000);
    const three = scoreLinks(invitation)[3] ?? '';
    firstToken = tokenOf(three);
    await answerFromMail(three, COMPLAINT);

    await expect
      .poll(async () => (await api<TCaseList>('GET', '/api/v1/cases')).cases.length, { timeout: 60_000 })
      .toBe(1);
    const [opened] = (await api<TCaseList>('GET', '/api/v1/cases')).cases;
    caseId = opened?.id ?? '';
    expect(opened).toMatchObject({
      number: 1,
      status: 'new',
      channel: 'survey',
      contact: { email: CUSTOMER },
      assignee: { id: agentMe.user.id },
      team: { id: team.id },
    });
    const detail = await getCase();
    expect(detail.items).toEqual([expect.objectContaining({ metric: 'nps', score: 3 })]);
    expect(detail.clocks.find((k) => k.metric === 'firstResponse')).toMatchObject({
      state: 'running',
      targetMinutes: 1,
      businessHours: false,
    });
  });

  it('shows the agent the case overdue in the list once its first-response minute has passed', async () => {
    // The SLA tick (every 15 s) records the breach a little after the minute is over.
    await expect
      .poll(async () => (await getCase()).events.map((e) => e.type), { timeout: 150_000, interval: 2_000 })
      .toContain('breached');
    expect((await getCase()).sla.isBreached).toBe(true);

    await agent.getByTestId('nav-cases').click();
    await agent.waitForURL(/\/cases$/);
    const row = agent.locator(`[data-testid="case-row"][data-id="${caseId}"]`);
    await row.waitFor({ timeout: 30_000 });
    expect(await row.getByTestId('case-sla').getAttribute('data-state')).toBe('overdue');
    expect(await row.getByTestId('case-sla').textContent()).toMatch(/^Overdue by /i);
    expect(await row.getByTestId('case-status').getAttribute('data-status')).toBe('new');
    await caseShot(agent, 'story-cases-overdue-1440-en');
  }, 200_000);

  it('opens the case and replies; the reply reaches the customer by SMTP with its thread id and the case page link', async () => {
    const { smtp: peer, server: s } = running();
    const row = agent.locator(`[data-testid="case-row"][data-id="${caseId}"]`);
    await row.getByTestId('case-subject').click();
    await agent.waitForURL(new RegExp(`/cases/${caseId}$`));
    await agent.getByTestId('case-title').waitFor({ timeout: 30_000 });
    expect(await agent.getByTestId('case-clock-firstResponse').getAttribute('data-state')).toBe('overdue');
    expect(await agent.getByTestId('case-customer-name').textContent()).toBe('Ada Lovelace');

    await agent.getByTestId('case-composer-kind').getByText('Reply to customer (e-mail)').click();
    await agent.getByTestId('case-composer-body').fill(FIRST_REPLY);
    await agent.getByTestId('case-composer-send').click();
    await agent.locator('[data-testid="case-event"][data-type="reply"]').waitFor({ timeout: 15_000 });

    const mail = await peer.waitFor(
      (m) => recipients(m).includes(CUSTOMER) && (m.text ?? '').includes('A replacement grinder'),
      60_000,
    );
    expect(mail.subject).toMatch(/\[#1\]/);
    firstMessageId = mail.messageId ?? '';
    // Threaded: the case's own Message-ID, which the next mail of the case answers.
    expect(firstMessageId).toMatch(new RegExp(`^<case\\.${caseId}\\.[0-9a-f-]+@127\\.0\\.0\\.1>$`));
    const link = new RegExp(`${literal(s.url)}/c/[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{32}`).exec(
      mail.text ?? '',
    );
    expect(link, mail.text).not.toBeNull();
    caseLink = new URL(link?.[0] ?? '').pathname;
    const after = await getCase();
    expect(after.status).toBe('open');
    expect(after.firstResponseAt).not.toBeNull();
  });

  it('lets the customer escalate from the case page, and the team lead hears of it in the bell and by mail', async () => {
    const { smtp: peer } = running();
    const customer = await newPage();
    await customer.goto(caseLink);
    const text = (await customer.locator('body').textContent()) ?? '';
    expect(text).toContain('A replacement grinder is being packed today.');
    await caseShot(customer, 'story-case-page-1440-en');
    await customer.locator('textarea[name="reason"]').fill(REASON);
    await customer.locator('form:has(textarea[name="reason"]) button[type="submit"]').click();
    await customer.waitForURL(/\/escalated$/);
    await caseShot(customer, 'story-case-page-escalated-1440-en');

    const escalated = await getCase();
    expect(escalated.customerEscalatedAt).not.toBeNull();
    expect(escalated.escalationLevel).toBe(1);
    expect(escalated.events.find((e) => e.type === 'customer-escalated')?.body).toBe(REASON);

    // The lead's mail: the customer's escalation of case #1, with the reason.
    const notice = await peer.waitFor(
      (m) => recipients(m).includes(leadMe.user.email.toLowerCase()) && (m.text ?? '').includes(REASON),
      60_000,
    );
    expect(notice.subject).toMatch(/#1/);
    expect(notice.text).toContain('The customer escalated case #1');
    expect(notice.text).toContain(`/cases/${caseId}`);

    // The lead's bell: the escalation is unread, the newest entry, and leads to the case.
    const list = (await (await lead.request.get('/api/v1/notifications')).json()) as TNotificationList;
    const news = list.items.find((n) => n.kind === 'case.escalated' && n.case?.id === caseId);
    expect(news).toMatchObject({ readAt: null, data: { byCustomer: true, level: 1 } });
    await lead.goto('/cases');
    await expect
      .poll(async () => Number(await lead.getByTestId('bell-count').getAttribute('data-count')), {
        timeout: 40_000,
      })
      .toBe(list.unread);
    expect(list.unread).toBeGreaterThan(0);
    await lead.getByTestId('bell').click();
    const first = lead.getByTestId('bell-item').first();
    await first.waitFor();
    expect(await first.textContent()).toContain('Escalated');
    expect(await first.textContent()).toContain('#1');
    expect(await first.getAttribute('data-read')).toBe('false');
    await caseShot(lead, 'story-lead-bell-1440-en', false);
    await first.click();
    await lead.waitForURL(new RegExp(`/cases/${caseId}$`));
    await lead.getByTestId('case-customer-escalated').waitFor({ timeout: 30_000 });
  });

  it('has the agent answer in the same mail thread and close the case with root cause and action', async () => {
    const { smtp: peer } = running();
    await agent.reload();
    await agent.getByTestId('case-customer-escalated').waitFor({ timeout: 30_000 });
    expect(await agent.getByTestId('case-escalation').textContent()).toContain('1');

    await agent.getByTestId('case-composer-kind').getByText('Reply to customer (e-mail)').click();
    await agent.getByTestId('case-composer-body').fill(SECOND_REPLY);
    await agent.getByTestId('case-composer-send').click();
    await expect
      .poll(() => agent.locator('[data-testid="case-event"][data-type="reply"]').count(), { timeout: 15_000 })
      .toBe(2);
    const second = await peer.waitFor(
      (m) => recipients(m).includes(CUSTOMER) && (m.text ?? '').includes('RS-4711'),
      60_000,
    );
    expect(second.inReplyTo).toBe(firstMessageId);
    expect([second.references ?? []].flat()).toContain(firstMessageId);

    await agent.getByTestId('case-action-close').click();
    const modal = agent.getByTestId('close-case-modal');
    await modal.waitFor();
    await agent.getByTestId('close-root-cause').click();
    await agent.getByRole('option', { name: 'Product defect', exact: true }).click();
    await agent.getByTestId('close-action').click();
    await agent.getByRole('option', { name: 'Replacement', exact: true }).click();
    await agent.getByTestId('close-submit').click();
    await modal.waitFor({ state: 'detached', timeout: 15_000 });
    await expect
      .poll(() => agent.getByTestId('case-header').getByTestId('case-status').getAttribute('data-status'))
      .toBe('closed');
    expect(await agent.getByTestId('case-outcome').textContent()).toContain('Product defect');

    const closed = await getCase();
    expect({ status: closed.status, rootCause: closed.rootCause, action: closed.action }).toEqual({
      status: 'closed',
      rootCause: 'product-defect',
      action: 'replacement',
    });
    // The first resolution planned the re-survey: no delay set, no quiet period, so it is due now.
    expect(closed.events.find((e) => e.type === 'recovery-survey')?.data).toMatchObject({
      status: 'scheduled',
      surveyId,
    });
  });

  it('sends the re-survey, which the customer answers with a 9 from the mail', async () => {
    const { smtp: peer } = running();
    // The survey tick (once a minute) mails invitations that have fallen due.
    const again = await peer.waitFor(
      (m) =>
        recipients(m).includes(CUSTOMER) &&
        /\/s\/[A-Za-z0-9_-]{43}\?score=9\b/.test(m.text ?? '') &&
        !(m.text ?? '').includes(firstToken),
      150_000,
    );
    const nine = scoreLinks(again)[9] ?? '';
    expect(tokenOf(nine)).not.toBe(firstToken);
    await answerFromMail(nine, 'The replacement works and you kept me posted. Thank you!');
    const answers = await api<{ items: Array<{ score: number; contact: { externalId: string } | null }> }>(
      'GET',
      `/api/v1/responses?surveyId=${surveyId}&contactExternalId=ADA-1`,
    );
    expect(answers.items.map((a) => a.score).sort()).toEqual([3, 9]);
  }, 200_000);

  it('counts the recovered detractor in Cases → Report: 1 of 1', async () => {
    await agent.getByTestId('nav-cases').click();
    await agent.waitForURL(/\/cases$/);
    await agent.getByTestId('cases-report-link').click();
    await agent.waitForURL(/\/cases\/report$/);
    const count = agent.getByTestId('recovery-all-count');
    // The answer reaches the report once the pipeline has taken it in: reload until it shows.
    await expect
      .poll(
        async () => {
          await agent.reload();
          await agent.getByTestId('report-recovery').waitFor({ timeout: 30_000 });
          return (await count.count()) > 0 ? count.textContent() : null;
        },
        { timeout: 60_000, interval: 2_000 },
      )
      .toBe('1 of 1');
    expect(await agent.getByTestId('recovery-all-percent').textContent()).toBe('100%');
    expect(await agent.getByTestId('recovery-promoters-count').textContent()).toBe('1 of 1');
    const byRootCause = agent.locator('[data-testid="recovery-rootCause-row"][data-key="product-defect"]');
    expect(await byRootCause.getByTestId('recovery-rootCause-percent').textContent()).toBe('100%');
    expect(await agent.getByTestId('kpi-opened-value').textContent()).toBe('1');
    expect(await agent.getByTestId('kpi-resolved-value').textContent()).toBe('1');

    const from = new Date(Date.now() - 29 * 86_400_000).toISOString().slice(0, 10);
    const to = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const report = await api<TCaseReport>('GET', `/api/v1/cases/report?from=${from}&to=${to}`);
    expect(report.recovery.all).toMatchObject({ successes: 1, n: 1, percent: 100 });
    expect(report.recovery.byAgent).toEqual([
      expect.objectContaining({ key: agentMe.user.id, successes: 1, n: 1 }),
    ]);
    // The first response came after its minute: the report counts it as missed.
    expect(report.slaFirstResponse.all).toMatchObject({ successes: 0, n: 1 });
    await caseShot(agent, 'story-report-1440-en');
  });
});
