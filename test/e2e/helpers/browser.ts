import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

/** Debian's Chromium, no browser download; flags keep it off the (closed) network. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

export const SHOTS_DIR = new URL('../../../test-results/screenshots/', import.meta.url).pathname;

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SHOTS_DIR, { recursive: true });
  const path = `${SHOTS_DIR}${name}.png`;
  // Viewport shots: the dashboard's navigation is fixed, so full-page captures cut it off mid-page.
  await page.screenshot({ path, fullPage: false });
  return path;
}

/**
 * One element (a section of a page), whole even where it runs past the viewport. The dashboard's
 * fixed header and toasts are hidden for the shot: a tall element is captured in scrolled parts,
 * and the header would be stamped over its middle.
 */
export async function screenshotOf(locator: Locator, name: string): Promise<string> {
  mkdirSync(SHOTS_DIR, { recursive: true });
  const path = `${SHOTS_DIR}${name}.png`;
  await locator.screenshot({
    path,
    style: '.mantine-AppShell-header, .mantine-Notifications-root { visibility: hidden !important; }',
  });
  return path;
}
