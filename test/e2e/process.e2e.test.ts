import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer } from './helpers/server.js';

/** The product as a newcomer runs it: `src/server/main.ts` as a process, on PGlite in a data directory. */
describe('the Resonance process', () => {
  const dataDir = mkdtempSync(`${tmpdir()}/resonance-process-`);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const KEY = 'rsn_e2eBootstrapKey_0123456789abcdefABCDEF';
  const env = {
    RESONANCE_ADMIN_EMAIL: 'ops@example.test',
    RESONANCE_ADMIN_PASSWORD: 'ops-password-1',
    RESONANCE_ORG: 'Bootstrap AG',
    RESONANCE_API_KEY: KEY,
  };

  it('bootstraps owner, organization and API key from the environment, and keeps them across a restart', async () => {
    const first = await startServer(env, { dataDir });
    try {
      const org = await fetch(`${first.url}/api/v1/organization`, {
        headers: { authorization: `Bearer ${KEY}` },
      });
      expect(org.status).toBe(200);
      expect(await org.json()).toMatchObject({ name: 'Bootstrap AG', slug: 'bootstrap-ag' });
      const html = await fetch(`${first.url}/`);
      expect(html.status).toBe(200);
      expect(await html.text()).toContain('<div id="root">');
      const metrics = await (await fetch(`${first.url}/metrics`)).text();
      expect(metrics).toContain('resonance_http_request_duration_seconds');
    } finally {
      await first.stop();
    }

    // Second start on the same data: nothing bootstrapped twice, the key and the password still work.
    const second = await startServer(env, { dataDir });
    try {
      const org = await fetch(`${second.url}/api/v1/organization`, {
        headers: { authorization: `Bearer ${KEY}` },
      });
      expect(org.status).toBe(200);
      const signIn = await fetch(`${second.url}/api/auth/sign-in/email`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: second.url },
        body: JSON.stringify({ email: 'ops@example.test', password: 'ops-password-1' }),
      });
      expect(signIn.status).toBe(200);
      const orgs = await fetch(`${second.url}/api/auth/organization/list`, {
        headers: {
          cookie: signIn.headers
            .getSetCookie()
            .map((c) => c.split(';')[0])
            .join('; '),
        },
      });
      expect(((await orgs.json()) as unknown[]).length).toBe(1);
    } finally {
      await second.stop();
    }
  });

  it('prints the one address to open, and a newcomer signs up there or at 127.0.0.1, while other sites are refused', async () => {
    // As `npm start` runs for a newcomer: development, no PUBLIC_URL (an empty value counts as unset).
    const server = await startServer({ PUBLIC_URL: '', NODE_ENV: 'development' });
    try {
      const port = new URL(server.url).port;
      const open = `http://localhost:${port}`;
      await expect.poll(() => server.output()).toContain(`Resonance is ready: open ${open}\n`);
      // What a browser sends with the sign-up form's fetch from a page at `origin`.
      let people = 0;
      const signUp = (base: string, origin: string, site = 'same-origin') =>
        fetch(`${base}/api/auth/sign-up/email`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            origin,
            'sec-fetch-site': site,
            'sec-fetch-mode': 'cors',
            'sec-fetch-dest': 'empty',
          },
          body: JSON.stringify({
            email: `newcomer-${++people}@example.test`,
            password: 'newcomer-password-1',
            name: 'Neu Hier',
          }),
        });
      const there = await signUp(open, open);
      expect(there.status, await there.clone().text()).toBe(200);
      const loopback = await signUp(server.url, server.url);
      expect(loopback.status, await loopback.clone().text()).toBe(200);
      // The session works on the address it was made on: an organization and an API key are made there.
      const cookie = loopback.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; ');
      const post = (path: string, body: unknown) =>
        fetch(`${server.url}${path}`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            origin: server.url,
            'sec-fetch-site': 'same-origin',
            cookie,
          },
          body: JSON.stringify(body),
        });
      expect(
        (await post('/api/auth/organization/create', { name: 'Erste Firma', slug: 'erste-firma' })).status,
      ).toBe(200);
      expect((await post('/api/v1/api-keys', { name: 'first key' })).status).toBe(201);

      const foreign = await signUp(server.url, 'http://resonance.lan:' + port, 'cross-site');
      expect(foreign.status).toBe(403);
      const { error } = (await foreign.json()) as { error: { code: string; message: string } };
      expect(error.code).toBe('INVALID_ORIGIN');
      expect(error.message).toContain(open);
      expect(error.message).toContain('PUBLIC_URL');
    } finally {
      await server.stop();
    }
  });

  it('refuses to start with a bad variable and names it', async () => {
    await expect(startServer({ PORT: 'not-a-port' })).rejects.toThrow(/PORT/);
  });
});
