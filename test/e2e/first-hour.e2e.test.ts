import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, screenshot } from './helpers/browser.js';
import {
  createOrganization,
  expectNoAxeViolations,
  fillSignUp,
  newDashboardContext,
} from './helpers/dashboard.js';
import { startServer, type RunningServer } from './helpers/server.js';

/**
 * A newcomer's first hour, as `npm start` runs it: development, no PUBLIC_URL. They open the
 * address the terminal showed (here 127.0.0.1), or a LAN name, sign up, and look at their plan.
 */
describe('a newcomer’s first hour', () => {
  let server: RunningServer;
  let browser: Browser;
  let port: string;
  const WIDTHS = [1440, 390] as const;
  const LANGUAGES = [
    ['en', 'en-US'],
    ['de', 'de-DE'],
  ] as const;

  // Our own data directory, so the server can be stopped for an operator command and started again on it.
  const dataDir = mkdtempSync(`${tmpdir()}/resonance-first-hour-`);
  const SERVER_ENV = { PUBLIC_URL: '', NODE_ENV: 'development' };
  /** `npm run resonance -- …` at the server's terminal (the embedded database: with the server stopped). */
  const operator = (args: string[]) =>
    promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/server/cli/cli.ts', ...args], {
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' },
    });

  beforeAll(async () => {
    server = await startServer(SERVER_ENV, { dataDir });
    port = new URL(server.url).port;
    // A LAN name for this machine, as a colleague's router would hand out.
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP resonance.lan 127.0.0.1'],
      headless: true,
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const fitsWidth = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  const placeholderColours = (page: Page) =>
    page.evaluate(() => {
      const colour = (id: string) => {
        const el = document.querySelector(`[data-testid="${id}"]`);
        return el ? getComputedStyle(el, '::placeholder').color : 'missing';
      };
      return { name: colour('signup-name'), email: colour('signup-email'), signIn: colour('signin-email') };
    });

  it('keeps placeholders grey after an empty sign-up form is sent, so they do not look typed', async () => {
    for (const [lang, locale] of LANGUAGES) {
      for (const width of WIDTHS) {
        const context = await newDashboardContext(browser, server.url, { locale, width, height: 900 });
        const page = await context.newPage();
        await page.goto('/sign-up');
        await page.getByTestId('signup-name').waitFor();
        const untouched = await placeholderColours(page);
        await page.getByTestId('signup-submit').click();
        await page.locator('[data-testid="signup-name"][aria-invalid="true"]').waitFor();
        await screenshot(page, `first-hour-sign-up-errors-${lang}-${width}`);
        // The field says what is wrong (red border and message); its placeholder stays as muted as before.
        expect.soft(await placeholderColours(page), `${lang} ${width}`).toEqual(untouched);
        expect(await fitsWidth(page), `sign-up at ${width} px scrolls sideways`).toBe(true);
        // The sign-in form the same way.
        await page.goto('/sign-in');
        await page.getByTestId('signin-email').waitFor();
        const signInUntouched = await placeholderColours(page);
        await page.getByTestId('signin-submit').click();
        await page.locator('[data-testid="signin-email"][aria-invalid="true"]').waitFor();
        if (width === 390) await screenshot(page, `first-hour-sign-in-errors-${lang}-${width}`);
        expect.soft(await placeholderColours(page), `sign-in ${lang} ${width}`).toEqual(signInUntouched);
        await context.close();
      }
    }
  });

  it('signs up at 127.0.0.1, the address the terminal may show, and starts without a send limit', async () => {
    const context = await newDashboardContext(browser, server.url, { width: 1440, height: 900 });
    const page = await context.newPage();
    await page.goto('/sign-up');
    await fillSignUp(page, {
      name: 'Neu Hier',
      email: 'newcomer@example.test',
      password: 'newcomer-password-1',
    });
    await page.waitForURL(/\/onboarding/);
    await createOrganization(page, 'Müller Räder');
    const org = (await (await page.request.get('/api/v1/organization')).json()) as {
      slug: string;
      planId: string;
    };
    expect(org).toMatchObject({ slug: 'mueller-raeder', planId: 'selfhosted' });

    // The plan page: no limit, so nothing about sends beyond it.
    await page.goto('/settings/plan');
    await page.getByTestId('usage-text').waitFor();
    expect(await page.getByTestId('usage-text').innerText()).toContain('no limit');
    expect(await page.getByTestId('usage-resets').innerText()).not.toMatch(/beyond/i);
    // Read-only: the operator sets plans, and the page says how.
    expect(await page.getByTestId('plan-set-by-operator').innerText()).toContain(
      'Plans are set by whoever runs this Resonance installation',
    );
    // The command names the organization once its details have loaded (a query of their own).
    await expect
      .poll(() => page.getByTestId('plan-command').innerText(), { timeout: 15_000 })
      .toContain('org plan --org mueller-raeder');
    expect(await page.locator('select, [data-testid="plan-save"]').count()).toBe(0);
    await screenshot(page, 'first-hour-plan-selfhosted-en-1440');

    // The operator puts the organization on Starter: server stopped, `org plan` at its terminal, started again.
    const signedIn = await context.storageState();
    await context.close();
    await server.stop();
    await operator(['org', 'plan', '--org', 'mueller-raeder', '--plan', 'starter']);
    server = await startServer(SERVER_ENV, { dataDir });
    port = new URL(server.url).port;
    const starter = await newDashboardContext(browser, server.url, {
      width: 1440,
      height: 900,
      storageState: signedIn,
    });
    const starterPage = await starter.newPage();
    await starterPage.goto('/settings/plan');

    // On Starter the sentence follows the sending setting: refused by default, wait when chosen.
    await expect
      .poll(() => starterPage.getByTestId('usage-resets').innerText())
      .toContain('Sends beyond the limit are refused until then.');
    await expectNoAxeViolations(starterPage, 'plan-starter');
    await screenshot(starterPage, 'first-hour-plan-starter-refuse-en-1440');
    const hold = await starterPage.request.patch('/api/v1/settings/sending', {
      data: { overQuota: 'hold' },
      headers: { origin: server.url },
    });
    expect(hold.status()).toBe(200);
    await starterPage.reload();
    await expect
      .poll(() => starterPage.getByTestId('usage-resets').innerText())
      .toContain('Sends beyond the limit wait until then.');
    for (const [lang, locale] of LANGUAGES) {
      for (const width of WIDTHS) {
        const view = await newDashboardContext(browser, server.url, {
          locale,
          width,
          height: 900,
          storageState: signedIn,
        });
        const shown = await view.newPage();
        await shown.goto('/settings/plan');
        await shown.getByTestId('usage-resets').waitFor();
        if (lang === 'de')
          await expect
            .poll(() => shown.getByTestId('usage-resets').innerText())
            .toContain('Sendungen über dem Limit warten bis dahin.');
        expect(await fitsWidth(shown), `plan page at ${width} px scrolls sideways`).toBe(true);
        await screenshot(shown, `first-hour-plan-starter-hold-${lang}-${width}`);
        await view.close();
      }
    }
    await starter.close();
  });

  it('names the address to open and PUBLIC_URL when the page was opened under a LAN name', async () => {
    const lan = `http://resonance.lan:${port}`;
    for (const [lang, locale] of LANGUAGES) {
      for (const width of WIDTHS) {
        const context = await newDashboardContext(browser, lan, { locale, width, height: 900 });
        const page = await context.newPage();
        await page.goto('/sign-up');
        await fillSignUp(page, {
          name: 'Kollegin',
          email: `lan-${lang}-${width}@example.test`,
          password: 'colleague-password-1',
        });
        const hint = page.getByTestId('wrong-address');
        await hint.waitFor();
        const text = await hint.innerText();
        expect(text).toContain(`http://localhost:${port}`);
        expect(text).toContain(`PUBLIC_URL=${lan}`);
        expect(await page.getByTestId('wrong-address-open').getAttribute('href')).toBe(
          `http://localhost:${port}/sign-up`,
        );
        expect(await fitsWidth(page), `sign-up hint at ${width} px scrolls sideways`).toBe(true);
        // Nothing in the hint runs past its box (the alert would clip it silently).
        expect(
          await hint.evaluate((box) =>
            [...box.querySelectorAll('*')].every(
              (el) => el.getBoundingClientRect().right <= box.getBoundingClientRect().right + 0.5,
            ),
          ),
        ).toBe(true);
        if (width === 1440) await expectNoAxeViolations(page, `wrong-address-${lang}`);
        await screenshot(page, `first-hour-wrong-address-${lang}-${width}`);
        await context.close();
      }
    }
  });
});
