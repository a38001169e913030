import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/config.js';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.js';

const TOKEN = 'metrics-token-0123456789abcdef0123456789';

const scrape = (t: TestApp, opts: { from?: string; headers?: Record<string, string> } = {}) =>
  t.app.inject({
    method: 'GET',
    url: '/metrics',
    remoteAddress: opts.from ?? '127.0.0.1',
    headers: opts.headers ?? {},
  });

describe.skipIf(process.env.RESONANCE_TEST_DB === 'postgres')('/metrics without METRICS_TOKEN', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ env: { TRUST_PROXY: 'true' } });
  });
  afterAll(() => t?.close());

  it('is served to this machine only', async () => {
    for (const from of ['127.0.0.1', '::1', '::ffff:127.0.0.1']) {
      const res = await scrape(t, { from });
      expect(res.statusCode, from).toBe(200);
      expect(res.body, from).toContain('resonance_http_request_duration_seconds');
    }
    for (const from of ['203.0.113.9', '10.0.0.7', '2001:db8::1']) {
      const res = await scrape(t, { from });
      expect(res.statusCode, from).toBe(403);
      expect(res.body, from).not.toContain('resonance_');
    }
  });

  it('is refused when the request came through a proxy, even one on this machine', async () => {
    for (const headers of [
      { 'x-forwarded-for': '198.51.100.4' },
      { 'x-forwarded-for': '127.0.0.1' },
      { forwarded: 'for=198.51.100.4' },
      { 'x-real-ip': '198.51.100.4' },
    ]) {
      const res = await scrape(t, { headers });
      expect(res.statusCode, JSON.stringify(headers)).toBe(403);
      expect(res.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
    }
  });
});

describe.skipIf(process.env.RESONANCE_TEST_DB === 'postgres')('/metrics with METRICS_TOKEN', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ env: { METRICS_TOKEN: TOKEN } });
  });
  afterAll(() => t?.close());

  it('needs the bearer token from every address, this machine included', async () => {
    for (const headers of [
      {},
      { authorization: 'Bearer wrong-token-0123456789abcdef0123456789' },
      { authorization: TOKEN },
      { authorization: `Bearer ${TOKEN}x` },
    ]) {
      for (const from of ['127.0.0.1', '203.0.113.9']) {
        const res = await scrape(t, { from, headers });
        expect(res.statusCode, `${from} ${JSON.stringify(headers)}`).toBe(401);
        expect(res.body).not.toContain('resonance_');
      }
    }
    const res = await scrape(t, { from: '203.0.113.9', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('resonance_http_request_duration_seconds');
  });
});

describe('METRICS_TOKEN', () => {
  it('must be long enough to be a secret, or the server does not start', () => {
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
    expect(loadConfig({ METRICS_TOKEN: TOKEN }).METRICS_TOKEN).toBe(TOKEN);
    expect(loadConfig({ METRICS_TOKEN: '' }).METRICS_TOKEN).toBeUndefined();
  });
});
