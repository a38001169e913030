import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.js';

describe('rate limits on the API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ rateLimitPerMinute: 5, publicPerMinute: 3 });
  });
  afterAll(() => t.close());

  it('answer 429 in the API error shape once a client used its minute, and count clients apart', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await t.app.inject({ method: 'GET', url: '/api/v1/instance', remoteAddress: '10.0.0.1' })).statusCode);
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    const limited = await t.app.inject({ method: 'GET', url: '/api/v1/instance', remoteAddress: '10.0.0.1' });
    expect(limited.json()).toMatchObject({ error: { code: 'RATE_LIMITED' } });
    expect(limited.headers['retry-after']).toBeDefined();
    // Another client still gets through.
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/instance', remoteAddress: '10.0.0.2' })).statusCode).toBe(200);
  });

  it('keep health checks out of the limit', async () => {
    for (let i = 0; i < 10; i++) expect((await t.app.inject({ method: 'GET', url: '/healthz', remoteAddress: '10.0.0.3' })).statusCode).toBe(200);
  });

  it('limit the public survey pages per address, whatever token is tried', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await t.app.inject({ method: 'GET', url: `/s/${String(i).repeat(43)}`, remoteAddress: '10.0.0.4' })).statusCode);
    expect(statuses).toEqual([404, 404, 404, 429, 429]);
    expect((await t.app.inject({ method: 'GET', url: `/s/${'a'.repeat(43)}`, remoteAddress: '10.0.0.5' })).statusCode).toBe(404);
  });
});
