import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { TMe } from '../../../src/shared/contracts/organization.js';
import { screenshot } from './browser.js';
import {
  createOrganization,
  newDashboardContext,
  signUpFromFirstVisit,
  type DashboardSession,
} from './dashboard.js';

/** Where the case screens' screenshots are written to be looked at; copies stay in test-results too. */
export const SHOTS = '/tmp/shots';

/** A screenshot into test-results and into SHOTS (the whole page, or the viewport where a dropdown hangs from the header). */
export async function caseShot(on: Page, name: string, fullPage = true): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await screenshot(on, name);
  await on.screenshot({ path: `${SHOTS}/${name}.png`, fullPage });
}

/** A new person with a new organization, signed in in the page, and an API key to feed it cases. */
export async function signUpWithApiKey(
  session: DashboardSession,
  who: { name: string; emailPrefix: string; organization: string },
): Promise<{ me: TMe; apiKey: string }> {
  const page = session.page;
  await signUpFromFirstVisit(page, {
    name: who.name,
    email: `${who.emailPrefix}-${Date.now()}@example.test`,
    password: 'a-long-password-1',
  });
  await createOrganization(page, who.organization);
  const me = (await (await page.request.get('/api/v1/me')).json()) as TMe;
  const created = await page.request.post('/api/v1/api-keys', {
    data: { name: 'Helpdesk' },
    headers: { origin: session.server.url },
  });
  expect(created.status()).toBe(201);
  return { me, apiKey: ((await created.json()) as { key: string }).key };
}

/** A request with the API key, as another system would make it. */
export function withApiKey(
  session: DashboardSession,
  apiKey: string,
  method: 'POST' | 'GET',
  path: string,
  body?: unknown,
): Promise<Response> {
  return fetch(`${session.server.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

/**
 * Runs `fn` on a fresh page of the signed-in session in every layout the screens are checked in:
 * a 390 px phone and 1440 px, in English and German.
 */
export async function inEachLayout(
  session: DashboardSession,
  fn: (page: Page, width: number, language: 'en' | 'de') => Promise<void>,
): Promise<void> {
  const state = await session.context.storageState();
  for (const language of ['en', 'de'] as const) {
    for (const width of [390, 1440]) {
      const context = await newDashboardContext(session.browser, session.server.url, {
        width,
        height: width === 390 ? 844 : 1000,
        storageState: state,
        locale: language === 'de' ? 'de-DE' : 'en-GB',
      });
      try {
        const page = await context.newPage();
        await page.addInitScript((lang) => localStorage.setItem('resonance.language', lang), language);
        await fn(page, width, language);
      } finally {
        await context.close();
      }
    }
  }
}

/** How many pixels the page scrolls sideways (0 when it fits). */
export const sidewaysOverflow = (page: Page): Promise<number> =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
