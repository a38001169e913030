import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/server/logger.js';
import { buildTestApp, DEFAULT_PASSWORD, uniqueEmail, type TestApp } from '../helpers/build-test-app.js';

describe('logs', () => {
  let t: TestApp;
  let output = '';
  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        output += chunk.toString();
        done();
      },
    });
    t = await buildTestApp({ env: { LOG_LEVEL: 'info' }, logger: createLogger('info', sink) });
  });
  afterAll(() => t.close());

  it('carry request ids but no e-mail address, password, key, cookie or query string', async () => {
    const email = uniqueEmail('private.person');
    const owner = await t.signUp({ email });
    await t.createOrg(owner.cookie);
    const { key } = await t.createApiKey(owner.cookie);
    await t.request({
      method: 'GET',
      url: `/api/v1/organization?email=${encodeURIComponent(email)}`,
      as: { key },
      headers: { 'x-request-id': 'trace-me-123' },
    });
    t.runtime.deps.logger.info(
      { email, password: DEFAULT_PASSWORD, contact: { email } },
      'a service logged carelessly',
    );

    expect(output).toContain('"reqId":"trace-me-123"');
    expect(output).toContain('"path":"/api/v1/organization"');
    for (const secret of [
      email,
      email.split('@')[0] ?? email,
      DEFAULT_PASSWORD,
      key,
      owner.cookie.split('=')[1] ?? 'cookie',
    ]) {
      expect(output.includes(secret), `log contains ${secret}`).toBe(false);
    }
  });

  it('carry no survey or unsubscribe token, the only credential of those links, but keep the public link key', async () => {
    const token = 'Tk9wZW5TZXNhbWVUb2tlbkZvckxvZ3M';
    const linkKey = 'pUbLiCkEy42';
    for (const url of [
      `/s/${token}`,
      `/s/${token}?score=9`,
      `/s/${token}/why`,
      `/s/${token}/thanks`,
      `/s/${token}/o.gif`,
      `/u/${token}`,
      `/s/${token}/no-such-page`,
      `/l/${linkKey}`,
    ]) {
      await t.request({ method: 'GET', url, headers: { 'x-request-id': 'survey-trace' } });
    }
    await t.request({
      method: 'POST',
      url: `/u/${token}`,
      payload: 'confirm=1',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });

    expect(output).toContain('"path":"/s/[token]/why"');
    expect(output).toContain('"path":"/u/[token]"');
    expect(output).toContain(`"path":"/l/${linkKey}"`);
    expect(output.includes(token), 'log contains the survey token').toBe(false);
  });
});
