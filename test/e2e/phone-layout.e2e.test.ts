import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TSurveyList } from '../../src/shared/contracts/surveys.js';
import {
  AREAS,
  SETTINGS_TABS,
  SURVEY_TABS,
  areaPath,
  contactPath,
  contactsImportPath,
  settingsPath,
  surveyPath,
} from '../../src/web/router/routes.js';
import { screenshot } from './helpers/browser.js';
import {
  createOrganization,
  newDashboardContext,
  openDashboard,
  revealDeferredSections,
  signUpFromFirstVisit,
  type DashboardSession,
} from './helpers/dashboard.js';

/** An iPhone 12–15's CSS width: the narrowest screen the dashboard is built for. */
const PHONE = { width: 390, height: 844 };
const LANGUAGES = ['en', 'de'] as const;

/** What sticks out to the right: the outermost elements past the viewport's edge whose parent is not. */
interface Overflow {
  scrollWidth: number;
  innerWidth: number;
  offenders: string[];
}

/**
 * Reads the page's width and names the elements that make it wider than the screen: each one
 * whose right edge is past the viewport while its parent's is not (the start of the overflow),
 * skipping what sits inside a box that scrolls or clips on its own.
 */
async function measureOverflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const vw = window.innerWidth;
    const clips = (el: Element) => {
      const { overflowX } = getComputedStyle(el);
      return overflowX === 'auto' || overflowX === 'scroll' || overflowX === 'hidden' || overflowX === 'clip';
    };
    const describe = (el: Element) => {
      const testId = el.getAttribute('data-testid');
      const cls = [...el.classList]
        .filter((c) => c.startsWith('mantine-') || !c.startsWith('m_'))
        .slice(0, 2)
        .join('.');
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      const r = el.getBoundingClientRect();
      return `<${el.tagName.toLowerCase()}${testId ? ` data-testid="${testId}"` : ''}${cls ? ` .${cls}` : ''}> right ${Math.round(r.right)} px, width ${Math.round(r.width)} px${text ? ` "${text}"` : ''}`;
    };
    const offenders: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.right <= vw + 0.5) continue;
      let clipped = false;
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement)
        if (clips(a)) clipped = true;
      if (clipped) continue;
      const parent = el.parentElement;
      if (parent && parent !== document.body && parent.getBoundingClientRect().right > vw + 0.5) continue;
      offenders.push(describe(el));
    }
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: vw,
      offenders: offenders.slice(0, 12),
    };
  });
}

/** Waits until the page has loaded its data: no request in flight and no loader spinning. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await expect.poll(() => page.locator('.mantine-Loader-root').count(), { timeout: 30_000 }).toBe(0);
  await page.waitForLoadState('networkidle');
}

/** Texts of a chart (axis labels, values) whose boxes overlap another's in the same chart, e.g. "Jan 2026Apr 2026". */
async function collidingChartLabels(page: Page): Promise<string[]> {
  return page.locator('svg:has(text)').evaluateAll((charts) =>
    charts.flatMap((chart) => {
      const boxes = [...chart.querySelectorAll('text')].map((t) => ({
        text: t.textContent ?? '',
        r: t.getBoundingClientRect(),
      }));
      const hits: string[] = [];
      for (const [i, a] of boxes.entries())
        for (const b of boxes.slice(i + 1))
          if (a.r.left < b.r.right && b.r.left < a.r.right && a.r.top < b.r.bottom && b.r.top < a.r.bottom)
            hits.push(`"${a.text}" overlaps "${b.text}"`);
      return hits;
    }),
  );
}

async function expectNoSidewaysScroll(page: Page, name: string): Promise<void> {
  const found = await measureOverflow(page);
  expect(
    found.scrollWidth <= found.innerWidth
      ? []
      : [
          `${name}: the page is ${found.scrollWidth} px wide on a ${found.innerWidth} px screen`,
          ...found.offenders,
        ],
  ).toEqual([]);
}

/**
 * Every page of the dashboard on a 390 px phone, in English and German, on the demo workspace:
 * none may scroll sideways. The pages come from the router's own tables (areas, settings tabs,
 * survey tabs), so a page added to the router is checked without touching this test.
 */
describe('every page fits a 390 px phone', () => {
  let session: DashboardSession | undefined;
  let page: Page;
  let paths: string[] = [];

  beforeAll(async () => {
    session = await openDashboard(PHONE);
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  it('fits the sign-in, sign-up and forgotten-password pages before anyone is signed in', async () => {
    if (!session) throw new Error('no session');
    for (const language of LANGUAGES) {
      const context: BrowserContext = await newDashboardContext(session.browser, session.server.url, {
        ...PHONE,
        locale: language === 'de' ? 'de-DE' : 'en-GB',
      });
      const signedOut = await context.newPage();
      await signedOut.addInitScript((lang) => localStorage.setItem('resonance.language', lang), language);
      for (const path of ['/sign-up', '/sign-in', '/forgot-password']) {
        await signedOut.goto(path);
        await settle(signedOut);
        await expectNoSidewaysScroll(signedOut, `${path} (${language})`);
      }
      await context.close();
    }
  });

  it('signs up, creates an organization and fills the demo', async () => {
    if (!session) throw new Error('no session');
    const { server } = session;
    await signUpFromFirstVisit(page, {
      name: 'Pia Phone',
      email: `phone-${Date.now()}@example.test`,
      password: 'a-long-password-1',
    });
    await settle(page);
    await expectNoSidewaysScroll(page, '/onboarding');
    await createOrganization(page, 'Kleinbildschirm Kaffeerösterei GmbH');
    const res = await page.request.post('/api/v1/demo', { data: {}, headers: { origin: server.url } });
    expect(res.status(), await res.text()).toBeLessThan(300);

    const surveys = (await (await page.request.get('/api/v1/surveys')).json()) as TSurveyList;
    const contacts = (await (await page.request.get('/api/v1/contacts?limit=1')).json()) as {
      items: { externalId: string }[];
    };
    const survey = surveys.items.find((s) => s.metric === 'nps') ?? surveys.items[0];
    const contact = contacts.items[0];
    if (!survey || !contact) throw new Error('the demo has no survey or no contact');
    paths = [
      ...AREAS.map(areaPath),
      ...SETTINGS_TABS.map(settingsPath),
      ...SURVEY_TABS.map((tab) => surveyPath(survey.id, tab)),
      surveyPath(survey.id, 'questions', { edit: true }),
      contactPath(contact.externalId),
      contactsImportPath(),
    ];
  });

  for (const language of LANGUAGES) {
    it(`fits every dashboard page in ${language === 'en' ? 'English' : 'German'}`, async () => {
      expect(paths.length).toBeGreaterThan(10);
      await page.evaluate((lang) => localStorage.setItem('resonance.language', lang), language);
      const failures: string[] = [];
      for (const path of paths) {
        await page.goto(path);
        await settle(page);
        // The overview's lower sections render on approach: scroll through, so they are measured too.
        await revealDeferredSections(page);
        await settle(page);
        const found = await measureOverflow(page);
        for (const hit of await collidingChartLabels(page))
          failures.push(`${path} (${language}): chart label ${hit}`);
        if (found.scrollWidth > found.innerWidth) {
          failures.push(
            `${path} (${language}): ${found.scrollWidth} px wide on a ${found.innerWidth} px screen`,
            ...found.offenders.map((o) => `    ${o}`),
          );
          await screenshot(page, `phone-overflow-${language}-${path.replace(/[^a-z0-9]+/gi, '-')}`);
        }
      }
      // All pages at once, so one run lists every page that still scrolls sideways.
      expect(failures).toEqual([]);
    });
  }
});
