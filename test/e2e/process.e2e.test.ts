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
      const org = await fetch(`${first.url}/api/v1/organization`, { headers: { authorization: `Bearer ${KEY}` } });
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
      const org = await fetch(`${second.url}/api/v1/organization`, { headers: { authorization: `Bearer ${KEY}` } });
      expect(org.status).toBe(200);
      const signIn = await fetch(`${second.url}/api/auth/sign-in/email`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: second.url },
        body: JSON.stringify({ email: 'ops@example.test', password: 'ops-password-1' }),
      });
      expect(signIn.status).toBe(200);
      const orgs = await fetch(`${second.url}/api/auth/organization/list`, { headers: { cookie: signIn.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ') } });
      expect(((await orgs.json()) as unknown[]).length).toBe(1);
    } finally {
      await second.stop();
    }
  });

  it('refuses to start with a bad variable and names it', async () => {
    await expect(startServer({ PORT: 'not-a-port' })).rejects.toThrow(/PORT/);
  });
});
