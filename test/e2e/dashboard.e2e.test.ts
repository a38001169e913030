import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOidcProvider, type FakeOidcProvider } from '../helpers/fake-oidc-provider.js';
import { launchBrowser, screenshot } from './helpers/browser.js';
import {
  createOrganization,
  expectNoAxeViolations,
  fillSignUp,
  newDashboardContext,
  revealDeferredSections,
  signUpFromFirstVisit,
} from './helpers/dashboard.js';
import { startServer, type RunningServer } from './helpers/server.js';

/**
 * The browser journeys in Debian's Chromium against a real server process:
 * sign up, invite a member, switch organization, create and revoke an API key.
 */
describe('dashboard in Chromium', () => {
  let server: RunningServer;
  let idp: FakeOidcProvider;
  let browser: Browser;
  let owner: BrowserContext;
  let page: Page;
  const ownerEmail = `owner-${Date.now()}@example.test`;
  const inviteeEmail = `analyst-${Date.now()}@example.test`;

  beforeAll(async () => {
    // A real OpenID provider on loopback, which the server may contact (it is not a public host).
    idp = await startFakeOidcProvider();
    server = await startServer({ SSO_INTERNAL_IDP_ORIGINS: idp.origin });
    browser = await launchBrowser();
    owner = await newDashboardContext(browser, server.url, { height: 1100 });
    page = await owner.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await idp?.close();
  });

  it('signs up; the first account creates its organization and owns it', async () => {
    await signUpFromFirstVisit(
      page,
      { name: 'Olivia Owner', email: ownerEmail, password: 'a-long-password-1' },
      () => expectNoAxeViolations(page, 'sign-up'),
    );
    await createOrganization(page, 'Nordlicht Reisen');
    await expect(page.getByTestId('org-switcher').textContent()).resolves.toContain('Nordlicht Reisen');
    const me = await page.request.get('/api/v1/me');
    expect(await me.json()).toMatchObject({ role: 'owner' });
  });

  it('fills the demo workspace from the empty overview', async () => {
    await page.getByTestId('demo-fill').click();
    await page.getByTestId('demo-filled').waitFor({ timeout: 60_000 });
    await screenshot(page, 'overview-en');
    await expectNoAxeViolations(page, 'overview');
  });

  it('shows the workspace at a glance after a reload, with feedback by channel and no demo button', async () => {
    await page.reload();
    // The glance sits at the bottom of the overview, among the sections that render on approach
    // once the analytics are there.
    await page.getByTestId('score-nps').waitFor({ timeout: 30_000 });
    await revealDeferredSections(page);
    await page.getByTestId('workspace-glance').scrollIntoViewIfNeeded();
    await page.getByTestId('channel-bars').waitFor();
    for (const channel of ['survey', 'review', 'ticket', 'chat'])
      await page.getByTestId(`channel-bar-${channel}`).waitFor();
    expect(await page.getByTestId('demo-fill').count()).toBe(0);
    await expect(page.getByTestId('glance-contacts').textContent()).resolves.toContain('600');
    await screenshot(page, 'overview-glance-en');
    await expectNoAxeViolations(page, 'overview-glance');
  });

  it('invites a member by e-mail, who accepts and joins as analyst', async () => {
    await page.goto('/settings/members');
    await page.getByTestId('invite-email').fill(inviteeEmail);
    await page.getByTestId('invite-role').selectOption('analyst');
    await page.getByTestId('invite-submit').click();
    await page.getByTestId(`invitation-${inviteeEmail}`).waitFor();
    await screenshot(page, 'settings-members');

    // No SMTP configured: the mail sits in the outbox, where the owner can read it.
    const outbox = (await (await page.request.get('/api/v1/outbox')).json()) as {
      items: { to: string; text: string }[];
    };
    const mail = outbox.items.find((m) => m.to === inviteeEmail);
    const link = /https?:\/\/\S+\/accept-invitation\/\S+/.exec(mail?.text ?? '')?.[0];
    expect(link).toBeTruthy();

    const invitee = await newDashboardContext(browser, server.url, { locale: 'de-DE' });
    const ip = await invitee.newPage();
    await ip.goto(new URL(link ?? '').pathname);
    await ip.getByTestId('invitation-signup').click();
    await fillSignUp(ip, { name: 'Anton Analyst', email: inviteeEmail, password: 'another-password-2' });
    await ip.getByTestId('invitation-accept').click();
    await ip.getByTestId('nav-overview').waitFor();
    await expect(ip.getByTestId('org-switcher').textContent()).resolves.toContain('Nordlicht Reisen');
    expect(await (await ip.request.get('/api/v1/me')).json()).toMatchObject({ role: 'analyst' });
    // Analysts do not configure: the API key area tells them so.
    await ip.goto('/settings/api-keys');
    await ip.getByTestId('no-permission').waitFor();
    await invitee.close();

    await page.reload();
    await page.getByTestId(`member-${inviteeEmail}`).waitFor();
  });

  it('creates a second organization and switches between the two', async () => {
    await page.getByTestId('org-switcher').click();
    await page.getByTestId('org-create-another').click();
    await createOrganization(page, 'Second Client GmbH');
    await expect(page.getByTestId('org-switcher').textContent()).resolves.toContain('Second Client GmbH');

    await page.getByTestId('org-switcher').click();
    await page.getByTestId('org-option-nordlicht-reisen').click();
    await expect
      .poll(async () => page.getByTestId('org-switcher').textContent())
      .toContain('Nordlicht Reisen');
    expect(await (await page.request.get('/api/v1/organization')).json()).toMatchObject({
      name: 'Nordlicht Reisen',
    });
  });

  it('creates an API key shown once, which works until it is revoked', async () => {
    await page.goto('/settings/api-keys');
    await page.getByTestId('apikey-name').fill('Shop backend');
    await page.getByTestId('apikey-create').click();
    const secret = (await page.getByTestId('apikey-secret').textContent())?.trim() ?? '';
    expect(secret).toMatch(/^rsn_[A-Za-z0-9_-]{43}$/);
    await screenshot(page, 'settings-api-key-created');
    await page.getByTestId('apikey-secret-close').click();

    const withKey = () =>
      fetch(`${server.url}/api/v1/organization`, { headers: { authorization: `Bearer ${secret}` } });
    expect((await withKey()).status).toBe(200);
    await expect(page.locator('body').textContent()).resolves.not.toContain(secret);

    const keys = (await (await page.request.get('/api/v1/api-keys')).json()) as {
      items: { id: string; name: string }[];
    };
    const id = keys.items.find((k) => k.name === 'Shop backend')?.id ?? '';
    await page.getByTestId(`apikey-revoke-${id}`).click();
    await page.getByTestId('apikey-revoke-confirm').click();
    await expect.poll(async () => (await withKey()).status).toBe(401);
    await page
      .getByTestId(`apikey-row-${id}`)
      .getByText(/revoked/i)
      .waitFor();
    await expectNoAxeViolations(page, 'api-keys');
  });

  it('sets up single sign-on in settings; a colleague signs in through the IdP and joins as analyst', async () => {
    await page.goto('/settings/members');
    await page.getByTestId('settings-tab-sso').click();
    await page.getByTestId('sso-provider-id').fill('nordlicht-idp');
    // The redirect URI to register at the IdP follows the provider ID as it is typed.
    await expect(page.getByTestId('sso-redirect-uri').textContent()).resolves.toBe(
      `${server.url}/api/auth/sso/callback/nordlicht-idp`,
    );
    await page.getByTestId('sso-issuer').fill(idp.issuer);
    await page.getByTestId('sso-domain').fill('nordlicht-reisen.test');
    await page.getByTestId('sso-client-id').fill(idp.clientId);
    await page.getByTestId('sso-client-secret').fill(idp.clientSecret);
    await page.getByTestId('sso-save').click();
    await page.getByTestId('sso-row-nordlicht-idp').waitFor({ timeout: 30_000 });
    await screenshot(page, 'settings-sso');
    await expectNoAxeViolations(page, 'settings-sso');

    const colleague = idp.addUser({ email: 'sven@nordlicht-reisen.test', name: 'Sven SSO' });
    const ctx = await newDashboardContext(browser, server.url);
    const sp = await ctx.newPage();
    await sp.goto('/sign-in');
    await sp.getByTestId('signin-sso').click();
    await sp.getByTestId('signin-sso-email').fill('nobody@elsewhere.test');
    await sp.getByTestId('signin-sso-submit').click();
    await sp.getByText('No single sign-on is set up for this e-mail domain').waitFor();
    await expectNoAxeViolations(sp, 'sign-in-sso');
    await sp.getByTestId('signin-sso-email').fill(colleague.email);
    await sp.getByTestId('signin-sso-submit').click();
    await sp.getByTestId('nav-overview').waitFor({ timeout: 30_000 });
    expect(await (await sp.request.get('/api/v1/me')).json()).toMatchObject({
      user: { email: colleague.email },
      role: 'analyst',
    });
    await ctx.close();

    await page.getByTestId('sso-delete-nordlicht-idp').click();
    await page.getByTestId('sso-delete-confirm').click();
    await page.getByTestId('sso-empty').waitFor();
  });

  it('speaks German throughout when switched', async () => {
    await page.goto('/');
    await page.getByTestId('user-menu').click();
    await page.getByTestId('language-de').click();
    await expect.poll(async () => page.getByTestId('nav-overview').textContent()).toContain('Übersicht');
    await screenshot(page, 'overview-de');
    await page.goto('/settings/plan');
    await page.getByTestId('usage-text').waitFor();
    await expect(page.locator('body').textContent()).resolves.toMatch(/Umfrage|Tarif/);
  });
});
