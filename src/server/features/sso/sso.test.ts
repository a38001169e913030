import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, TEST_PUBLIC_URL, type TestApp } from '../../../../test/helpers/build-test-app.js';
import { startFakeOidcProvider, type FakeOidcProvider } from '../../../../test/helpers/fake-oidc-provider.js';

const DOMAIN = 'acme.test';

function cookiesOf(res: LightMyRequestResponse): string {
  return res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
}

describe('single sign-on (OpenID Connect)', () => {
  let idp: FakeOidcProvider;
  let t: TestApp;
  let owner: { cookie: string; userId: string; email: string };
  let orgA: { id: string };

  beforeAll(async () => {
    idp = await startFakeOidcProvider();
    // The IdP runs on loopback over http: the operator has to allow that origin explicitly.
    t = await buildTestApp({ env: { SSO_INTERNAL_IDP_ORIGINS: idp.origin } });
    owner = await t.signUp({ name: 'Acme Owner' });
    orgA = await t.createOrg(owner.cookie, 'Acme');
    const res = await register(owner.cookie, { providerId: 'acme' });
    expect(res.statusCode, res.body).toBe(201);
  });
  afterAll(async () => {
    await t?.close();
    await idp?.close();
  });

  function register(cookie: string, overrides: Record<string, unknown> = {}) {
    return t.request({
      method: 'POST',
      url: '/api/v1/sso/providers',
      payload: {
        providerId: 'acme',
        issuer: idp.issuer,
        domain: DOMAIN,
        clientId: idp.clientId,
        clientSecret: idp.clientSecret,
        ...overrides,
      },
      as: { cookie },
    });
  }

  /** The browser's part: start at the app, let the IdP approve, come back to the callback. */
  async function signInThroughIdp(body: Record<string, unknown>) {
    const start = await t.request({
      method: 'POST',
      url: '/api/auth/sign-in/sso',
      payload: { callbackURL: '/', ...body },
    });
    expect(start.statusCode, start.body).toBe(200);
    const { url, redirect } = start.json() as { url: string; redirect: boolean };
    expect(redirect).toBe(true);
    expect(url.startsWith(`${idp.issuer}/authorize?`)).toBe(true);

    const atIdp = await fetch(url, { redirect: 'manual' });
    expect(atIdp.status).toBe(302);
    const back = new URL(atIdp.headers.get('location') ?? '');
    expect(`${back.origin}${back.pathname}`).toBe(`${TEST_PUBLIC_URL}/api/auth/sso/callback/acme`);

    const callback = await t.request({
      method: 'GET',
      url: `${back.pathname}${back.search}`,
      headers: { cookie: cookiesOf(start) },
    });
    return { callback, authorizeUrl: new URL(url), back };
  }

  it('signs a new person from the domain in through the IdP and makes them an analyst of the organization, active', async () => {
    const person = idp.addUser({ email: `new.person@${DOMAIN}`, name: 'New Person' });
    const { callback, authorizeUrl, back } = await signInThroughIdp({ email: person.email });

    // The authorization request was a proper code flow with PKCE and the registered redirect URI.
    expect(authorizeUrl.searchParams.get('response_type')).toBe('code');
    expect(authorizeUrl.searchParams.get('client_id')).toBe(idp.clientId);
    expect(authorizeUrl.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorizeUrl.searchParams.get('redirect_uri')).toBe(
      `${TEST_PUBLIC_URL}/api/auth/sso/callback/acme`,
    );
    expect(back.searchParams.get('code')).toBeTruthy();

    expect(callback.statusCode, callback.body).toBe(302);
    expect(callback.headers.location).toBe('/');
    const session = cookiesOf(callback);
    expect(session).toMatch(/session_token=/);
    // The app exchanged the code with its client secret (HTTP Basic) and the PKCE verifier.
    expect(idp.tokenRequests.at(-1)).toEqual({ clientAuth: 'basic', pkceVerified: true, ok: true });

    const me = await t.request({ method: 'GET', url: '/api/v1/me', as: { cookie: session } });
    expect(me.statusCode, me.body).toBe(200);
    expect(me.json()).toMatchObject({
      user: { email: person.email, name: 'New Person' },
      activeOrganizationId: orgA.id,
      role: 'analyst',
      memberships: [{ id: orgA.id, role: 'analyst' }],
    });
    // Analysts read analytics but cannot manage the organization's providers.
    const list = await t.request({ method: 'GET', url: '/api/v1/sso/providers', as: { cookie: session } });
    expect(list.statusCode).toBe(403);

    // Signing in again neither duplicates the membership nor changes the role.
    const again = await signInThroughIdp({ email: person.email });
    expect(again.callback.statusCode).toBe(302);
    const me2 = await t.request({
      method: 'GET',
      url: '/api/v1/me',
      as: { cookie: cookiesOf(again.callback) },
    });
    expect(me2.json()).toMatchObject({
      activeOrganizationId: orgA.id,
      role: 'analyst',
      memberships: [{ id: orgA.id, role: 'analyst' }],
    });
  });

  it('lists the provider for the owner with its redirect URI and never its secret', async () => {
    const res = await t.request({
      method: 'GET',
      url: '/api/v1/sso/providers',
      as: { cookie: owner.cookie },
    });
    expect(res.statusCode).toBe(200);
    const items = (res.json() as { items: Array<Record<string, unknown>> }).items;
    expect(items).toEqual([
      {
        providerId: 'acme',
        issuer: idp.issuer,
        domain: DOMAIN,
        createdAt: expect.any(String),
        redirectUri: `${TEST_PUBLIC_URL}/api/auth/sso/callback/acme`,
      },
    ]);
    expect(res.body).not.toContain(idp.clientSecret);
    expect(res.body).not.toContain(idp.clientId);
  });

  it('refuses provider management to admins and API keys with 403', async () => {
    const admin = await t.addMember(orgA.id, 'admin');
    const post = await register(admin.cookie, { providerId: 'acme-admin', domain: 'admin.acme.test' });
    expect(post.statusCode).toBe(403);
    expect(post.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
    expect(
      (await t.request({ method: 'GET', url: '/api/v1/sso/providers', as: { cookie: admin.cookie } }))
        .statusCode,
    ).toBe(403);
    expect(
      (await t.request({ method: 'DELETE', url: '/api/v1/sso/providers/acme', as: { cookie: admin.cookie } }))
        .statusCode,
    ).toBe(403);
    const { key } = await t.createApiKey(owner.cookie);
    const payload = {
      providerId: 'acme-key',
      issuer: idp.issuer,
      domain: 'key.acme.test',
      clientId: 'x',
      clientSecret: 'y',
    };
    expect(
      (await t.request({ method: 'POST', url: '/api/v1/sso/providers', payload, as: { key } })).statusCode,
    ).toBe(403);
    expect((await t.request({ method: 'GET', url: '/api/v1/sso/providers', as: { key } })).statusCode).toBe(
      403,
    );

    // Nor can an admin go around us to the sso plugin's own routes: they are closed over HTTP.
    const direct = await t.request({
      method: 'POST',
      url: '/api/auth/sso/register',
      payload: {
        providerId: 'sneaky',
        issuer: idp.issuer,
        domain: 'sneaky.test',
        organizationId: orgA.id,
        oidcConfig: { clientId: 'x', clientSecret: 'y' },
      },
      as: { cookie: admin.cookie },
    });
    expect(direct.statusCode).toBe(404);
    expect(
      (await t.request({ method: 'GET', url: '/api/auth/sso/providers', as: { cookie: owner.cookie } }))
        .statusCode,
    ).toBe(404);
  });

  it('keeps another organization out: empty list, 404 on delete, 409 on taking the id or domain', async () => {
    const ownerB = await t.signUp({ name: 'Beta Owner' });
    await t.createOrg(ownerB.cookie, 'Beta');
    const list = await t.request({
      method: 'GET',
      url: '/api/v1/sso/providers',
      as: { cookie: ownerB.cookie },
    });
    expect(list.json()).toEqual({ items: [] });
    const del = await t.request({
      method: 'DELETE',
      url: '/api/v1/sso/providers/acme',
      as: { cookie: ownerB.cookie },
    });
    expect(del.statusCode).toBe(404);
    const sameId = await register(ownerB.cookie, { domain: 'beta.test' });
    expect(sameId.statusCode).toBe(409);
    expect(sameId.json()).toMatchObject({
      error: { code: 'CONFLICT', details: [{ field: 'body.providerId' }] },
    });
    const sameDomain = await register(ownerB.cookie, { providerId: 'beta' });
    expect(sameDomain.statusCode).toBe(409);
    expect(sameDomain.json()).toMatchObject({
      error: { code: 'CONFLICT', details: [{ field: 'body.domain' }] },
    });
    for (const res of [list, del, sameId, sameDomain]) expect(res.body).not.toContain(orgA.id);
    // A's provider is untouched.
    const mine = await t.request({
      method: 'GET',
      url: '/api/v1/sso/providers',
      as: { cookie: owner.cookie },
    });
    expect((mine.json() as { items: unknown[] }).items).toHaveLength(1);
  });

  it('answers bad input with 400 naming the field', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ issuer: undefined }, 'body.issuer'],
      [{ issuer: 'not a url' }, 'body.issuer'],
      [{ issuer: 'ftp://idp.example.com' }, 'body.issuer'],
      [{ domain: 'not a domain' }, 'body.domain'],
      [{ providerId: 'Has Spaces' }, 'body.providerId'],
      [{ clientSecret: '' }, 'body.clientSecret'],
      [{ discoveryEndpoint: 'nope' }, 'body.discoveryEndpoint'],
    ];
    for (const [override, field] of cases) {
      const res = await register(owner.cookie, { providerId: 'bad-input', domain: 'bad.test', ...override });
      expect(res.statusCode, `${JSON.stringify(override)} → ${res.body}`).toBe(400);
      expect(res.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED', details: [{ field }] } });
    }
  });

  it('refuses an issuer on a private or loopback host that the operator did not allow (SSRF)', async () => {
    for (const issuer of [
      'http://127.0.0.1:9/',
      'https://10.0.0.5',
      'https://169.254.169.254',
      'https://localhost:8443',
      'http://idp.example.com',
    ]) {
      const res = await register(owner.cookie, { providerId: 'ssrf', domain: 'ssrf.test', issuer });
      expect(res.statusCode, `${issuer} → ${res.body}`).toBe(400);
      expect(res.json()).toMatchObject({
        error: { details: [{ field: 'body.issuer', message: expect.stringContaining('public host') }] },
      });
    }
  });

  it('reports a discovery document that names another issuer, on the issuer field', async () => {
    const res = await register(owner.cookie, {
      providerId: 'mismatch',
      domain: 'mismatch.test',
      issuer: `${idp.issuer}/tenant`,
      discoveryEndpoint: `${idp.issuer}/.well-known/openid-configuration`,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      error: {
        code: 'BAD_REQUEST',
        details: [{ field: 'body.discoveryEndpoint', message: expect.stringContaining('different issuer') }],
      },
    });
  });

  it('does not let an IdP take over an existing account with the same e-mail', async () => {
    const existing = await t.signUp({ email: `taken@${DOMAIN}`, name: 'Password Person' });
    idp.addUser({ email: existing.email, name: 'Impostor' });
    // The dashboard passes errorCallbackURL so that failures land on its own page.
    const { callback } = await signInThroughIdp({
      email: existing.email,
      errorCallbackURL: '/sign-in?sso=failed',
    });
    expect(callback.statusCode).toBe(302);
    expect(callback.headers.location).toBe('/sign-in?sso=failed&error=account+not+linked');
    expect(cookiesOf(callback)).not.toMatch(/session_token=[^;]+/);
  });

  it('refuses an ID token that is not signed with the IdP’s key or is meant for another client', async () => {
    const person = idp.addUser({ email: `forged@${DOMAIN}`, name: 'Forged' });
    for (const bad of [{ signWithUnknownKey: true }, { audience: 'another-client' }]) {
      Object.assign(idp.misbehave, bad);
      try {
        const { callback } = await signInThroughIdp({ email: person.email });
        expect(callback.statusCode).toBe(302);
        expect(callback.headers.location).toMatch(
          /error=invalid_provider&error_description=token_not_verified/,
        );
        expect(cookiesOf(callback)).not.toMatch(/session_token=[^;]+/);
      } finally {
        for (const k of Object.keys(bad)) delete idp.misbehave[k as keyof typeof idp.misbehave];
      }
    }
  });

  it('grants no membership to an e-mail outside the provider’s domain', async () => {
    const outsider = idp.addUser({ email: 'someone@elsewhere.test', name: 'Outsider' });
    const { callback } = await signInThroughIdp({ providerId: 'acme', loginHint: outsider.email });
    expect(callback.statusCode).toBe(302);
    const me = await t.request({ method: 'GET', url: '/api/v1/me', as: { cookie: cookiesOf(callback) } });
    expect(me.json()).toMatchObject({
      user: { email: outsider.email },
      activeOrganizationId: null,
      memberships: [],
    });
  });

  it('deletes a provider: its domain no longer leads to an IdP', async () => {
    const res = await register(owner.cookie, { providerId: 'short-lived', domain: 'short.test' });
    expect(res.statusCode, res.body).toBe(201);
    const del = await t.request({
      method: 'DELETE',
      url: '/api/v1/sso/providers/short-lived',
      as: { cookie: owner.cookie },
    });
    expect(del.statusCode, del.body).toBe(200);
    const again = await t.request({
      method: 'DELETE',
      url: '/api/v1/sso/providers/short-lived',
      as: { cookie: owner.cookie },
    });
    expect(again.statusCode).toBe(404);
    const start = await t.request({
      method: 'POST',
      url: '/api/auth/sign-in/sso',
      payload: { email: 'x@short.test', callbackURL: '/' },
    });
    expect(start.statusCode).toBe(404);
  });
});
