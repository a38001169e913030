import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TCaseList, TCaseReport } from '../../src/shared/contracts/cases.js';
import { openDashboard, newDashboardContext, type DashboardSession } from './helpers/dashboard.js';
import { signUpWithApiKey } from './helpers/case-session.js';

const DOCS = new URL('../../docs/screenshots/', import.meta.url).pathname;

/**
 * The demo workspace's follow-up cases in Chromium, as a newcomer sees them: the list with open,
 * breaching, escalated and closed cases, a case in German with its clocks and replies, and the
 * report over the last 90 days with SLA shares and recovery. Retakes the README's screenshots.
 */
describe('the demo workspace’s cases in Chromium', () => {
  let session: DashboardSession | undefined;
  let page: Page;

  beforeAll(async () => {
    session = await openDashboard({ width: 1440, height: 1000 });
    page = session.page;
    await signUpWithApiKey(session, {
      name: 'Dana Demo',
      emailPrefix: 'demo-cases',
      organization: 'Demo Cases GmbH',
    });
    const res = await page.request.post('/api/v1/demo', {
      data: {},
      headers: { origin: session.server.url },
    });
    expect(res.status(), await res.text()).toBeLessThan(300);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('lists the demo’s cases in every state, a breaching one marked', async () => {
    const api = (await (await page.request.get('/api/v1/cases?limit=200')).json()) as TCaseList;
    const states = new Set(api.cases.map((c) => c.status));
    for (const s of ['new', 'open', 'waiting', 'closed']) expect(states).toContain(s);
    await page.goto('/cases?status=all');
    await page.getByTestId('cases-shown').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('case-row').count()).toBeGreaterThanOrEqual(20);
    await page.screenshot({ path: `${DOCS}cases-list-en.png` });
  });

  it('shows a case in German with its feedback, clocks and replies', async () => {
    if (!session) throw new Error('no session');
    const api = (await (
      await page.request.get('/api/v1/cases?limit=200&status=waiting')
    ).json()) as TCaseList;
    const one = api.cases[0];
    expect(one).toBeDefined();
    const state = await session.context.storageState();
    const context = await newDashboardContext(session.browser, session.server.url, {
      width: 1440,
      height: 1100,
      storageState: state,
      locale: 'de-DE',
    });
    const de = await context.newPage();
    await de.addInitScript(() => localStorage.setItem('resonance.language', 'de'));
    await de.goto(`/cases/${one?.id ?? ''}`);
    await de.getByTestId('case-title').waitFor({ timeout: 30_000 });
    expect(await de.locator('body').textContent()).toContain('Wartet auf Kunden');
    await de.screenshot({ path: `${DOCS}case-de.png`, fullPage: true });
    await context.close();
  });

  it('reports SLA targets met and the backlog over the last 90 days', async () => {
    const today = new Date();
    const from = new Date(today.getTime() - 89 * 86_400_000).toISOString().slice(0, 10);
    const to = new Date(today.getTime() + 86_400_000).toISOString().slice(0, 10);
    const report = (await (
      await page.request.get(`/api/v1/cases/report?from=${from}&to=${to}`)
    ).json()) as TCaseReport;
    expect(report.opened).toBeGreaterThan(0);
    expect(report.slaFirstResponse.all.n).toBeGreaterThan(0);
    await page.goto('/cases/report?period=90d');
    await page.getByTestId('report-kpis').waitFor({ timeout: 30_000 });
    await page.getByTestId('report-backlog').waitFor({ timeout: 30_000 });
    await page.screenshot({ path: `${DOCS}case-report-en.png`, fullPage: true });
  });
});
