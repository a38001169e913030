import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildTestApp,
  DEFAULT_PASSWORD,
  uniqueEmail,
  type TestApp,
} from '../../../test/helpers/build-test-app.js';

/**
 * Which browser origins may sign up, sign in and change things with a session cookie (CSRF).
 * In development without PUBLIC_URL, a newcomer opens whichever loopback address the terminal
 * showed; every other origin is refused with a message that names the address to open.
 */
const PORT = 3917;
const LOCALHOST = `http://localhost:${PORT}`;

const cookieOf = (res: LightMyRequestResponse) => res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
const errorOf = (res: LightMyRequestResponse) =>
  (res.json() as { error: { code: string; message: string } }).error;

/** What a browser sends with a fetch from a page at `origin` (better-auth checks the origin of such requests). */
function fromPage(origin: string, site: 'same-origin' | 'cross-site' = 'same-origin') {
  return { origin, 'sec-fetch-site': site, 'sec-fetch-mode': 'cors', 'sec-fetch-dest': 'empty' };
}

async function signUp(t: TestApp, origin: string, site: 'same-origin' | 'cross-site' = 'same-origin') {
  return t.request({
    method: 'POST',
    url: '/api/auth/sign-up/email',
    headers: fromPage(origin, site),
    payload: { email: uniqueEmail('origin'), password: DEFAULT_PASSWORD, name: 'Neu Hier' },
  });
}

describe('browser origins', () => {
  describe('in development without PUBLIC_URL', () => {
    let t: TestApp;
    beforeAll(async () => {
      // An empty PUBLIC_URL counts as unset: the default http://localhost:$PORT applies.
      t = await buildTestApp({ env: { PUBLIC_URL: '', NODE_ENV: 'development', PORT: String(PORT) } });
    });
    afterAll(() => t.close());

    it.each([`http://127.0.0.1:${PORT}`, `http://[::1]:${PORT}`, LOCALHOST])(
      'signs up, creates an organization and changes it from %s',
      async (origin) => {
        const res = await signUp(t, origin);
        expect(res.statusCode, res.body).toBe(200);
        const cookie = cookieOf(res);
        const org = await t.request({
          method: 'POST',
          url: '/api/auth/organization/create',
          headers: { ...fromPage(origin), cookie },
          payload: { name: 'Loopback GmbH', slug: `loopback-${Math.random().toString(36).slice(2, 8)}` },
        });
        expect(org.statusCode, org.body).toBe(200);
        const key = await t.request({
          method: 'POST',
          url: '/api/v1/api-keys',
          headers: { ...fromPage(origin), cookie },
          payload: { name: 'from loopback' },
        });
        expect(key.statusCode, key.body).toBe(201);
      },
    );

    it('refuses sign-up from a foreign origin, another port and a LAN name, naming the address to open and PUBLIC_URL', async () => {
      for (const origin of [
        'https://evil.example',
        `http://127.0.0.1:${PORT + 1}`,
        `http://resonance.lan:${PORT}`,
        `https://127.0.0.1:${PORT}`,
      ]) {
        const res = await signUp(t, origin, 'cross-site');
        expect(res.statusCode, origin).toBe(403);
        expect(errorOf(res).code).toBe('INVALID_ORIGIN');
        expect(errorOf(res).message).toContain(LOCALHOST);
        expect(errorOf(res).message).toContain('PUBLIC_URL');
      }
    });

    it('refuses changes under /api/v1 from a foreign origin even with a valid session cookie', async () => {
      const res = await signUp(t, LOCALHOST);
      const cookie = cookieOf(res);
      const org = await t.request({
        method: 'POST',
        url: '/api/auth/organization/create',
        headers: { ...fromPage(LOCALHOST), cookie },
        payload: { name: 'Csrf AG', slug: `csrf-${Math.random().toString(36).slice(2, 8)}` },
      });
      expect(org.statusCode, org.body).toBe(200);
      for (const origin of ['https://evil.example', `http://192.168.1.20:${PORT}`]) {
        const forged = await t.request({
          method: 'POST',
          url: '/api/v1/api-keys',
          headers: { ...fromPage(origin), cookie },
          payload: { name: 'forged' },
        });
        expect(forged.statusCode, origin).toBe(403);
        expect(errorOf(forged).message).toContain(LOCALHOST);
      }
      // Without any Origin header either (a browser always sends one on a cross-site POST).
      const bare = await t.app.inject({
        method: 'POST',
        url: '/api/v1/api-keys',
        headers: { cookie },
        payload: { name: 'no origin' },
      });
      expect(bare.statusCode).toBe(403);
    });

    it('tells the signed-out dashboard the address to open', async () => {
      const res = await t.request({ method: 'GET', url: '/api/v1/instance' });
      expect(res.json()).toMatchObject({ publicUrl: LOCALHOST });
    });
  });

  it.each([
    [
      'in production without PUBLIC_URL',
      { PUBLIC_URL: '', NODE_ENV: 'production', PORT: String(PORT) },
      LOCALHOST,
    ],
    [
      'in development with PUBLIC_URL set',
      { PUBLIC_URL: 'https://feedback.example.com', NODE_ENV: 'development', PORT: String(PORT) },
      'https://feedback.example.com',
    ],
  ])('trusts only PUBLIC_URL %s', async (_name, env, publicUrl) => {
    const t = await buildTestApp({ env });
    try {
      const loopback = await signUp(t, `http://127.0.0.1:${PORT}`, 'cross-site');
      expect(loopback.statusCode).toBe(403);
      expect(errorOf(loopback).message).toContain(publicUrl);
      expect((await signUp(t, publicUrl)).statusCode).toBe(200);
    } finally {
      await t.close();
    }
  });
});
