import AxeBuilder from '@axe-core/playwright';
import { expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './browser.js';
import { startServer, type RunningServer } from './server.js';

/** A browser context as every dashboard test uses it: reduced motion, so axe sees final colours. */
export function newDashboardContext(
  browser: Browser,
  baseURL: string,
  opts: {
    locale?: string;
    width?: number;
    height?: number;
    storageState?: Awaited<ReturnType<BrowserContext['storageState']>>;
  } = {},
): Promise<BrowserContext> {
  return browser.newContext({
    baseURL,
    locale: opts.locale ?? 'en-US',
    viewport: { width: opts.width ?? 1360, height: opts.height ?? 1000 },
    reducedMotion: 'reduce',
    ...(opts.storageState ? { storageState: opts.storageState } : {}),
  });
}

/** A running product, Chromium and one dashboard page: what a dashboard test starts from. */
export interface DashboardSession {
  server: RunningServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export async function openDashboard(
  opts: { width?: number; height?: number; env?: Record<string, string> } = {},
): Promise<DashboardSession> {
  const server = await startServer(opts.env);
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    const context = await newDashboardContext(browser, server.url, opts);
    const page = await context.newPage();
    return session(server, browser, context, page);
  } catch (err) {
    await browser?.close();
    await server.stop();
    throw err;
  }
}

function session(
  server: RunningServer,
  browser: Browser,
  context: BrowserContext,
  page: Page,
): DashboardSession {
  return {
    server,
    browser,
    context,
    page,
    async close() {
      await browser.close();
      await server.stop();
    },
  };
}

/** Fails with where each axe violation sits, so a red run says what to fix. */
export async function expectNoAxeViolations(page: Page, name: string): Promise<void> {
  // axe runs inside every frame it finds and waits for each to answer; a frame sandboxed without
  // scripts (Settings' branding preview) never does, so it is left out here. The page that frame
  // previews is checked by axe at its own address (public-link.e2e).
  const result = await new AxeBuilder({ page }).exclude(SCRIPTLESS_FRAMES).analyze();
  const found = result.violations.map(
    (v) =>
      `${name}: ${v.id} at ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`.slice(0, 300)).join(' | ')}`,
  );
  expect(found).toEqual([]);
}

const SCRIPTLESS_FRAMES = 'iframe[sandbox]:not([sandbox~="allow-scripts"])';

/** From the first visit to a filled-in sign-up form, submitted. */
export async function signUpFromFirstVisit(
  page: Page,
  person: { name: string; email: string; password: string },
  beforeFilling?: () => Promise<void>,
): Promise<void> {
  await page.goto('/');
  await page.waitForURL(/sign-(in|up)/);
  if (page.url().includes('sign-in')) await page.getByTestId('signin-to-signup').click();
  if (beforeFilling) await beforeFilling();
  await fillSignUp(page, person);
}

export async function fillSignUp(
  page: Page,
  person: { name: string; email: string; password: string },
): Promise<void> {
  await page.getByTestId('signup-name').fill(person.name);
  await page.getByTestId('signup-email').fill(person.email);
  await page.getByTestId('signup-password').fill(person.password);
  await page.getByTestId('signup-submit').click();
}

/** On the onboarding screen: names the organization, creates it and waits for the shell. */
export async function createOrganization(page: Page, name: string): Promise<void> {
  await page.getByTestId('org-name').fill(name);
  await page.getByTestId('org-create').click();
  await page.getByTestId('nav-overview').waitFor();
}

/**
 * Scrolls through the page until every section that renders on approach (the overview's lower
 * sections, DeferredSection) is there, then back to the top. Nothing to do on other pages.
 */
export async function revealDeferredSections(page: Page): Promise<void> {
  // Each step brings the first section still missing into view; it (and maybe the next) render, the page grows.
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          document.querySelector('[data-deferred-section]')?.scrollIntoView({ block: 'center' });
          return document.querySelectorAll('[data-deferred-section]').length;
        }),
      { timeout: 30_000 },
    )
    .toBe(0);
  await page.evaluate(() => window.scrollTo(0, 0));
}
