import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.js';

/** The CSP as directive → sources. */
function csp(res: LightMyRequestResponse): Map<string, string[]> {
  const header = res.headers['content-security-policy'];
  expect(typeof header, 'content-security-policy header').toBe('string');
  const directives = new Map<string, string[]>();
  for (const part of String(header).split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name, sources);
  }
  return directives;
}

/** What every answer of the dashboard and the API must carry, whatever its status. */
function expectHardened(res: LightMyRequestResponse, what: string) {
  const policy = csp(res);
  expect(policy.get('frame-ancestors'), `${what}: frame-ancestors`).toEqual(["'none'"]);
  const scripts = policy.get('script-src') ?? policy.get('default-src') ?? [];
  expect(scripts.length, `${what}: a script source is named`).toBeGreaterThan(0);
  expect(scripts, `${what}: no inline scripts`).not.toContain("'unsafe-inline'");
  expect(scripts, `${what}: no eval`).not.toContain("'unsafe-eval'");
  expect(policy.get('object-src') ?? policy.get('default-src'), `${what}: no plugins`).toEqual(["'none'"]);
  expect(res.headers['x-frame-options'], what).toBe('DENY');
  expect(res.headers['x-content-type-options'], what).toBe('nosniff');
  expect(res.headers['referrer-policy'], what).toMatch(
    /^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/,
  );
}

// Independent of the database engine: run once, in the PGlite project.
describe.skipIf(process.env.RESONANCE_TEST_DB === 'postgres')('security headers', () => {
  let t: TestApp;
  let web: FastifyInstance;
  let key = '';
  const dir = mkdtempSync(`${tmpdir()}/resonance-headers-`);
  beforeAll(async () => {
    // A dashboard build as small as can be: index.html naming a hashed script.
    mkdirSync(`${dir}/assets`);
    writeFileSync(
      `${dir}/index.html`,
      '<!doctype html><html><head><script type="module" src="/assets/index-AbC123.js"></script></head><body><div id="root"></div></body></html>',
    );
    writeFileSync(`${dir}/assets/index-AbC123.js`, 'console.log(1);\n');
    t = await buildTestApp();
    web = await buildApp(t.runtime.deps, {
      rateLimitPerMinute: 10_000,
      publicPerMinute: 10_000,
      authFailuresPerWindow: 10_000,
      webRoot: dir,
    });
    const owner = await t.signUp();
    await t.createOrg(owner.cookie);
    key = (await t.createApiKey(owner.cookie)).key;
  });
  afterAll(async () => {
    await web?.close();
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the dashboard: its root, a deep link and its hashed files cannot be framed, sniffed or run inline scripts', async () => {
    for (const url of ['/', '/settings/api-keys', '/contacts?segment=a', '/assets/index-AbC123.js']) {
      const res = await web.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expectHardened(res, url);
    }
    const page = csp(await web.inject({ method: 'GET', url: '/settings/api-keys' }));
    // The dashboard talks only to its own origin.
    expect(page.get('connect-src') ?? page.get('default-src')).toEqual(["'self'"]);
    expect(page.get('base-uri')).toEqual(["'self'"]);
  });

  it('the API: JSON answers, refusals, missing routes and bad input carry the same headers and load nothing', async () => {
    const cases: {
      url: string;
      method?: 'GET' | 'POST';
      headers?: Record<string, string>;
      payload?: unknown;
      status: number;
    }[] = [
      { url: '/api/v1/organization', headers: { authorization: `Bearer ${key}` }, status: 200 },
      { url: '/api/v1/organization', status: 401 },
      { url: '/api/v1/no-such-route', headers: { authorization: `Bearer ${key}` }, status: 404 },
      {
        url: '/api/v1/contacts',
        method: 'POST',
        headers: { authorization: `Bearer ${key}` },
        payload: { externalId: 7 },
        status: 400,
      },
      { url: '/api/openapi.json', status: 200 },
      { url: '/healthz', status: 200 },
    ];
    for (const c of cases) {
      const res = await web.inject({
        method: c.method ?? 'GET',
        url: c.url,
        headers: c.headers ?? {},
        ...(c.payload ? { payload: c.payload as object } : {}),
      });
      expect(res.statusCode, c.url).toBe(c.status);
      expectHardened(res, `${c.method ?? 'GET'} ${c.url} ${c.status}`);
    }
    const json = csp(
      await web.inject({
        method: 'GET',
        url: '/api/v1/organization',
        headers: { authorization: `Bearer ${key}` },
      }),
    );
    expect(json.get('default-src')).toEqual(["'none'"]);
  });

  it('Swagger UI at /api/docs gets a policy of its own that still lets its scripts and styles load', async () => {
    const res = await web.inject({ method: 'GET', url: '/api/docs' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expectHardened(res, '/api/docs');
    const policy = csp(res);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toContain("'self'");
    const scripts = [...res.body.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(scripts.length).toBeGreaterThan(0);
    // No inline script on the page: every <script> names its file.
    expect(res.body.match(/<script/g)?.length).toBe(scripts.length);
    for (const src of scripts) {
      const script = await web.inject({ method: 'GET', url: new URL(src, 'http://x/api/docs').pathname });
      expect(script.statusCode, src).toBe(200);
    }
  });

  it('the survey pages keep their own policy with a nonce', async () => {
    const res = await web.inject({ method: 'GET', url: '/s/not-a-real-token' });
    expect(res.statusCode).toBe(404);
    expectHardened(res, '/s/…');
    expect(csp(res).get('script-src')?.[0]).toMatch(/^'nonce-/);
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  it('sends no HSTS over plain http, and the session cookie is not marked Secure there', async () => {
    expect(
      (await web.inject({ method: 'GET', url: '/' })).headers['strict-transport-security'],
    ).toBeUndefined();
    const res = await t.request({
      method: 'POST',
      url: '/api/auth/sign-up/email',
      payload: { email: `plain-${Date.now()}@example.test`, password: 'correct-horse-battery', name: 'P' },
    });
    expect(res.cookies.find((c) => c.name.endsWith('session_token'))?.secure).toBeFalsy();
  });
});

describe.skipIf(process.env.RESONANCE_TEST_DB === 'postgres')(
  'served over https (PUBLIC_URL https://…)',
  () => {
    const origin = 'https://resonance.test';
    let t: TestApp;
    beforeAll(async () => {
      t = await buildTestApp({ env: { PUBLIC_URL: origin, NODE_ENV: 'production' } });
    });
    afterAll(() => t?.close());

    it('sends HSTS on every answer and marks the session cookie Secure', async () => {
      for (const url of ['/api/v1/instance', '/api/v1/organization', '/healthz']) {
        const res = await t.request({ method: 'GET', url, headers: { origin } });
        expect(res.headers['strict-transport-security'], url).toMatch(/^max-age=\d{7,}/);
      }
      const res = await t.request({
        method: 'POST',
        url: '/api/auth/sign-up/email',
        headers: { origin },
        payload: { email: `secure-${Date.now()}@example.test`, password: 'correct-horse-battery', name: 'S' },
      });
      expect(res.statusCode).toBe(200);
      const session = res.cookies.find((c) => c.name.endsWith('session_token'));
      expect(session?.name).toMatch(/^__Secure-/);
      expect(session?.secure).toBe(true);
      expect(session?.httpOnly).toBe(true);
    });
  },
);
