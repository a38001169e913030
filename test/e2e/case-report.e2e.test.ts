import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TCaseDetail, TCaseReport } from '../../src/shared/contracts/cases.js';
import type { TMe } from '../../src/shared/contracts/organization.js';
import { formatDuration } from '../../src/web/cases/report/format-duration.js';
import { expectNoAxeViolations, openDashboard, type DashboardSession } from './helpers/dashboard.js';
import {
  caseShot,
  inEachLayout,
  sidewaysOverflow,
  signUpWithApiKey,
  withApiKey,
} from './helpers/case-session.js';

/**
 * The follow-up report in Chromium: an empty period says what fills it; three cases come in
 * through the API, one is answered and closed with root cause and action, and the report shows
 * the API's numbers: counts, durations, SLA shares with their n and "few cases", the backlog
 * linking to its cases, no recovery yet; at 1440 and 390 px in English and German.
 */
describe('the follow-up report in Chromium', () => {
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

  const withKey = (path: string, body: unknown): Promise<Response> => {
    if (!session) throw new Error('no session');
    return withApiKey(session, apiKey, 'POST', path, body);
  };

  const shot = caseShot;

  it('says what fills the report while there is no case, and is linked from the cases list', async () => {
    if (!session) throw new Error('no session');
    ({ me, apiKey } = await signUpWithApiKey(session, {
      name: 'Rita Report',
      emailPrefix: 'report',
      organization: 'Bericht GmbH',
    }));

    await page.getByTestId('nav-cases').click();
    await page.waitForURL(/\/cases$/);
    await page.getByTestId('cases-report-link').click();
    await page.waitForURL(/\/cases\/report$/);
    const empty = page.getByTestId('report-empty');
    await empty.waitFor({ timeout: 30_000 });
    const text = (await empty.textContent()) ?? '';
    expect(text).toContain('NPS 0–6');
    expect(text).toContain('re-survey');
    // No backlog yet, so nothing else is drawn.
    expect(await page.getByTestId('report-backlog').count()).toBe(0);
    await expectNoAxeViolations(page, '/cases/report (empty)');
    await shot(page, 'report-empty-1440-en');
  });

  it('shows the API’s numbers once cases are answered and closed', async () => {
    if (!session) throw new Error('no session');
    const contact = await withKey('/api/v1/contacts', {
      externalId: 'K-2001',
      email: 'jonas.becker@example.test',
      name: 'Jonas Becker',
    });
    expect(contact.status, await contact.text()).toBeLessThan(300);
    for (const body of [
      {
        subject: 'Lieferung beschädigt',
        channel: 'email',
        contactExternalId: 'K-2001',
        topic: 'delivery',
        assigneeId: me.user.id,
      },
      { subject: 'Rückruf gewünscht', channel: 'chat' },
      { subject: 'Rechnung unklar', channel: 'ticket', assigneeId: me.user.id },
    ]) {
      const res = await withKey('/api/v1/cases', body);
      const text = await res.text();
      expect(res.status, text).toBe(201);
      ids.push((JSON.parse(text) as TCaseDetail).id);
    }
    // A person answers the first case and closes it: its first response and resolution clocks stop, met.
    const origin = { origin: session.server.url };
    const reply = await page.request.post(`/api/v1/cases/${ids[0] ?? ''}/messages`, {
      data: { kind: 'reply', body: 'Ein Ersatz ist unterwegs.' },
      headers: origin,
    });
    expect(reply.status(), await reply.text()).toBeLessThan(300);
    const closed = await page.request.patch(`/api/v1/cases/${ids[0] ?? ''}`, {
      data: { status: 'closed', rootCause: 'delivery', action: 'replacement' },
      headers: origin,
    });
    expect(closed.status(), await closed.text()).toBe(200);

    await page.reload();
    await page.getByTestId('report-kpis').waitFor({ timeout: 30_000 });
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const from = new Date(Date.now() - 29 * 86_400_000).toISOString().slice(0, 10);
    const api = (await (
      await page.request.get(`/api/v1/cases/report?from=${from}&to=${tomorrow}`)
    ).json()) as TCaseReport;
    expect(api).toMatchObject({ opened: 3, resolved: 1, firstResponse: { n: 1 }, resolution: { n: 1 } });
    expect(api.slaFirstResponse.all).toMatchObject({ successes: 1, n: 1, percent: 100 });
    expect(api.slaResolution.all).toMatchObject({ successes: 1, n: 1 });
    expect(api.backlog.byStatus.new + api.backlog.byStatus.open).toBe(2);

    expect(await page.getByTestId('kpi-opened-value').textContent()).toBe('3');
    expect(await page.getByTestId('kpi-resolved-value').textContent()).toBe('1');
    expect(await page.getByTestId('kpi-first-response-median').textContent()).toBe(
      formatDuration(api.firstResponse.medianMinutes, 'en-GB'),
    );
    expect(await page.getByTestId('kpi-resolution-n').textContent()).toBe('from 1 case');
    expect(await page.getByTestId('sla-firstResponse-percent').textContent()).toBe('100%');
    expect(await page.getByTestId('sla-firstResponse-count').textContent()).toBe('1 of 1 met');
    // One case is few: the interval is drawn (wide) and the note says so.
    expect(await page.getByTestId('sla-firstResponse-few').count()).toBe(1);
    const channelRow = page.getByTestId('sla-firstResponse-channel-row');
    expect(await channelRow.count()).toBe(1);
    expect(await channelRow.getAttribute('data-key')).toBe('email');
    expect(await channelRow.getByTestId('sla-firstResponse-channel-few').textContent()).toBe('few cases');
    expect(await channelRow.getByTestId('sla-firstResponse-channel-n').textContent()).toContain('1');
    // Nothing recovered yet: the section says what it waits for.
    expect(await page.getByTestId('report-recovery-none').textContent()).toContain('re-survey');
    // The hint names the preset the days come from.
    expect(await page.getByTestId('report-period-hint').textContent()).toContain('Last 30 days');

    // The CSV button asks the .csv endpoint for the same days.
    const href = await page.getByTestId('report-download').getAttribute('href');
    expect(href).toBe(`/api/v1/cases/report.csv?from=${from}&to=${tomorrow}`);
    const csv = await page.request.get(href ?? '');
    expect(csv.headers()['content-type']).toContain('text/csv');
    expect(await csv.text()).toContain('sla_first_response,channel,email,email,1,1,100');

    await expectNoAxeViolations(page, '/cases/report');
    await shot(page, 'report-1440-en');
  });

  it('opens the cases behind a number: the agent’s cases, the open ones in a status', async () => {
    const agentLink = page.getByTestId('sla-firstResponse-agent-link').first();
    await agentLink.click();
    await page.waitForURL(new RegExp(`/cases\\?status=all&assignee=${me.user.id}$`));
    await expect.poll(() => page.getByTestId('case-row').count(), { timeout: 15_000 }).toBe(2);
    expect(await page.getByTestId('cases-filter-linked-person').textContent()).toContain('Rita Report');
    await page.goBack();
    await page.getByTestId('backlog-new').waitFor({ timeout: 15_000 });
    const newCount = Number(await page.getByTestId('backlog-new').textContent());
    await page.getByTestId('backlog-new').click();
    await page.waitForURL(/\/cases\?status=new$/);
    await expect.poll(() => page.getByTestId('case-row').count(), { timeout: 15_000 }).toBe(newCount);
  });

  it('keeps a chosen period in the address', async () => {
    await page.goto('/cases/report?period=7d');
    await page.getByTestId('report-kpis').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('report-period-hint').textContent()).toContain('Last 7 days');
    expect(await page.getByTestId('kpi-opened-value').textContent()).toBe('3');
    // Days before any case: the empty state, the backlog (now) still shown.
    await page.goto('/cases/report?from=2020-01-01&to=2020-01-31');
    await page.getByTestId('report-empty').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('report-backlog').count()).toBe(1);
    expect(await page.getByTestId('report-download').getAttribute('href')).toBe(
      '/api/v1/cases/report.csv?from=2020-01-01&to=2020-02-01',
    );
  });

  it('fits a 390 px phone and reads in German and English', async () => {
    if (!session) throw new Error('no session');
    await inEachLayout(session, async (other, width, language) => {
      await other.goto('/cases/report');
      await other.getByTestId('report-kpis').waitFor({ timeout: 30_000 });
      expect(await other.getByTestId('report-title').textContent()).toBe(
        language === 'de' ? 'Nachfass-Bericht' : 'Follow-up report',
      );
      expect(await other.getByTestId('sla-firstResponse-percent').textContent()).toBe(
        language === 'de' ? '100\u00a0%' : '100%',
      );
      const wide = await sidewaysOverflow(other);
      expect(wide, `/cases/report is ${wide} px too wide at ${width} px (${language})`).toBeLessThanOrEqual(
        0,
      );
      await shot(other, `report-${width}-${language}`);
    });
  });
});
