import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './helpers/browser.js';
import {
  createOrganization,
  openDashboard,
  signUpFromFirstVisit,
  type DashboardSession,
} from './helpers/dashboard.js';

/** Collects what the browser says about the page's CSP: console messages and violation events. */
async function watchPolicy(page: Page): Promise<() => Promise<string[]>> {
  const messages: string[] = [];
  page.on('console', (msg: ConsoleMessage) => {
    if (/Content Security Policy|Refused to (load|execute|apply|frame|connect)/i.test(msg.text()))
      messages.push(`console: ${msg.text()}`);
  });
  // Registered before any page script runs, in every document of the page.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  return async () => [
    ...messages,
    ...(await page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? [])),
  ];
}

describe('the dashboard under its Content Security Policy', () => {
  let s: DashboardSession;
  let attacker: Server;
  let attackerUrl = '';
  beforeAll(async () => {
    s = await openDashboard({ width: 1440, height: 900 });
    await signUpFromFirstVisit(s.page, {
      name: 'Ada Sicher',
      email: 'ada.csp@example.test',
      password: 'csp-password-123',
    });
    await createOrganization(s.page, 'Policy GmbH');
    // Another origin on the same machine (same site, so the session cookie would travel with a frame request).
    attacker = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        `<!doctype html><title>Win a prize</title><h1>Click the button</h1><iframe id="victim" src="${s.server.url}/settings/api-keys" width="1000" height="700"></iframe>`,
      );
    });
    await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
    attackerUrl = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    await new Promise((resolve) => attacker?.close(resolve));
    await s?.close();
  });

  it('works on every screen without a single CSP violation, the branding preview frame and the API docs included', async () => {
    const page = await s.context.newPage();
    const violations = await watchPolicy(page);
    const screens: [string, string][] = [
      ['/', 'main'],
      ['/surveys', 'main'],
      ['/contacts', 'main'],
      ['/feedback', 'main'],
      ['/settings/api-keys', '[data-testid="apikey-name"]'],
      ['/settings/sending', '[data-testid="brand-preview"]'],
      ['/settings/plan', '[data-testid="plan-set-by-operator"]'],
    ];
    for (const [path, ready] of screens) {
      await page.goto(path);
      await page.locator(ready).first().waitFor();
      await page.waitForLoadState('networkidle');
      expect(await violations(), path).toEqual([]);
    }
    // The dashboard's own work goes through: an API key is created under the policy.
    await page.goto('/settings/api-keys');
    await page.getByTestId('apikey-name').fill('csp probe');
    await page.getByTestId('apikey-create').click();
    await page.getByText(/rsn_/).first().waitFor();
    expect(await violations(), 'creating a key').toEqual([]);

    await page.goto('/api/docs');
    await page.locator('.swagger-ui .information-container').waitFor();
    expect(await page.locator('.opblock').count()).toBeGreaterThan(10);
    expect(await violations(), '/api/docs').toEqual([]);
    await page.close();
  });

  it('renders nothing inside a frame on another origin, even for a signed-in person', async () => {
    const page = await s.context.newPage();
    const said: string[] = [];
    page.on('console', (msg) => said.push(msg.text()));
    await page.goto(attackerUrl);
    await page.waitForLoadState('load');
    const frame = await (await page.$('#victim'))?.contentFrame();
    // Chromium replaces a refused frame with its error page: no dashboard, no API keys.
    await expect.poll(() => said.join('\n')).toMatch(/frame-ancestors 'none'/);
    expect(frame?.url() ?? '').not.toContain('/settings/api-keys');
    const inside = frame ? await frame.evaluate(() => document.body?.innerText ?? '').catch(() => '') : '';
    expect(inside).not.toMatch(/API key|Resonance/);
    await screenshot(page, 'security-framed-dashboard-refused-1440');
    await page.close();
  });
});
