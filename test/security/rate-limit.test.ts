import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { loadConfig } from '../../src/server/config.js';
import { createLogger } from '../../src/server/logger.js';
import { createRuntime, type Runtime } from '../../src/server/runtime.js';
import { buildTestApp, DEFAULT_PASSWORD, TEST_PUBLIC_URL, type TestApp } from '../helpers/build-test-app.js';

describe('rate limits on the API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ rateLimitPerMinute: 5, publicPerMinute: 3 });
  });
  afterAll(() => t.close());

  it('answer 429 in the API error shape once a client used its minute, and count clients apart', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++)
      statuses.push(
        (await t.app.inject({ method: 'GET', url: '/api/v1/instance', remoteAddress: '10.0.0.1' }))
          .statusCode,
      );
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    const limited = await t.app.inject({ method: 'GET', url: '/api/v1/instance', remoteAddress: '10.0.0.1' });
    expect(limited.json()).toMatchObject({ error: { code: 'RATE_LIMITED' } });
    expect(limited.headers['retry-after']).toBeDefined();
    // Another client still gets through.
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/instance', remoteAddress: '10.0.0.2' })).statusCode,
    ).toBe(200);
  });

  it('keep health checks out of the limit', async () => {
    for (let i = 0; i < 10; i++)
      expect(
        (await t.app.inject({ method: 'GET', url: '/healthz', remoteAddress: '10.0.0.3' })).statusCode,
      ).toBe(200);
  });

  it('limit the public survey pages per address, whatever token is tried', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++)
      statuses.push(
        (await t.app.inject({ method: 'GET', url: `/s/${String(i).repeat(43)}`, remoteAddress: '10.0.0.4' }))
          .statusCode,
      );
    expect(statuses).toEqual([404, 404, 404, 429, 429]);
    expect(
      (await t.app.inject({ method: 'GET', url: `/s/${'a'.repeat(43)}`, remoteAddress: '10.0.0.5' }))
        .statusCode,
    ).toBe(404);
  });

  it('limit the customer case pages and their forms per address, whatever token is tried', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++)
      statuses.push(
        (
          await t.app.inject({
            method: i % 2 === 0 ? 'GET' : 'POST',
            url: i % 2 === 0 ? `/c/${String(i).repeat(20)}` : `/c/${String(i).repeat(20)}/reply`,
            ...(i % 2 === 0 ? {} : { payload: 'message=hi' }),
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            remoteAddress: '10.0.0.6',
          })
        ).statusCode,
      );
    // Views and posts are counted apart: three views (0, 2, 4) pass, and both posts (1, 3).
    expect(statuses).toEqual([404, 404, 404, 404, 404]);
    const more = await t.app.inject({
      method: 'GET',
      url: `/c/${'x'.repeat(20)}`,
      remoteAddress: '10.0.0.6',
    });
    expect(more.statusCode).toBe(429);
  });
});

describe('the API limit counts callers, not header spellings', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ rateLimitPerMinute: 5, authFailuresPerWindow: 30 });
  });
  afterAll(() => t.close());

  it('gives every spelling of one API key, from any address, the same bucket', async () => {
    const owner = await t.signUp();
    await t.createOrg(owner.cookie);
    const { key } = await t.createApiKey(owner.cookie);
    const spellings = [`bearer ${key}`, `BEARER ${key}`, `Bearer  ${key}`, `Bearer\t${key}`, `bEaReR ${key}`];
    const statuses: number[] = [];
    for (let round = 0; round < 2; round++) {
      for (const [i, authorization] of spellings.entries()) {
        const res = await t.app.inject({
          method: 'GET',
          url: '/api/v1/instance',
          headers: { authorization },
          remoteAddress: `10.3.${round}.${i}`,
        });
        statuses.push(res.statusCode);
      }
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429, 429, 429]);
  });

  it('answers random key guesses from one address with 429 once it failed too often, whatever key comes next', async () => {
    const owner = await t.signUp();
    await t.createOrg(owner.cookie);
    const { key } = await t.createApiKey(owner.cookie);
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) {
      const guess = `rsn_${randomBytes(32).toString('base64url')}`;
      statuses.push(
        (
          await t.app.inject({
            method: 'GET',
            url: '/api/v1/contacts',
            headers: { authorization: `Bearer ${guess}` },
            remoteAddress: '10.4.0.1',
          })
        ).statusCode,
      );
    }
    expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(30).every((s) => s === 429)).toBe(true);
    // A right key from that address is refused too, or the 429 would tell a right guess from a wrong one.
    const blocked = await t.app.inject({
      method: 'GET',
      url: '/api/v1/contacts',
      headers: { authorization: `Bearer ${key}` },
      remoteAddress: '10.4.0.1',
    });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json()).toMatchObject({ error: { code: 'RATE_LIMITED' } });
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    const elsewhere = await t.app.inject({
      method: 'GET',
      url: '/api/v1/contacts',
      headers: { authorization: `Bearer ${key}` },
      remoteAddress: '10.4.0.2',
    });
    expect(elsewhere.statusCode).toBe(200);
  });
});

describe('failed sign-ins per account', () => {
  let t: TestApp;
  let clock = new Date('2026-12-01T09:00:00Z');
  beforeAll(async () => {
    t = await buildTestApp({ now: () => clock });
  });
  afterAll(() => t.close());
  const signIn = (email: string, password: string, address: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      headers: { origin: TEST_PUBLIC_URL },
      payload: { email, password },
      remoteAddress: address,
    });

  it('back off wrong passwords for one account from many addresses; after the wait the right password works and resets the count', async () => {
    const { email } = await t.signUp();
    const statuses: number[] = [];
    let last = null as Awaited<ReturnType<typeof signIn>> | null;
    for (let i = 0; i < 50; i++) {
      last = await signIn(i % 2 === 0 ? email : email.toUpperCase(), 'wrong-password-1', `10.5.0.${i + 1}`);
      statuses.push(last.statusCode);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5).every((s) => s === 429)).toBe(true);
    expect(last?.json()).toMatchObject({ error: { code: 'RATE_LIMITED' } });
    const wait = Number(last?.headers['retry-after']);
    expect(wait).toBeGreaterThan(0);
    // The right password inside the wait is refused as well: the wait holds for everyone.
    expect((await signIn(email, DEFAULT_PASSWORD, '10.5.1.1')).statusCode).toBe(429);

    clock = new Date(clock.getTime() + wait * 1000);
    expect((await signIn(email, DEFAULT_PASSWORD, '10.5.1.2')).statusCode).toBe(200);
    // Reset: the next wrong password is an ordinary 401 again.
    expect((await signIn(email, 'wrong-password-1', '10.5.1.3')).statusCode).toBe(401);
  });

  it('double the wait with every further failure, but never beyond a few minutes', async () => {
    const { email } = await t.signUp();
    for (let i = 0; i < 5; i++)
      expect((await signIn(email, 'wrong-password-2', '10.6.0.1')).statusCode).toBe(401);
    const waits: number[] = [];
    for (let i = 0; i < 14; i++) {
      const refused = await signIn(email, 'wrong-password-2', '10.6.0.1');
      expect(refused.statusCode).toBe(429);
      const wait = Number(refused.headers['retry-after']);
      waits.push(wait);
      clock = new Date(clock.getTime() + wait * 1000);
      expect((await signIn(email, 'wrong-password-2', '10.6.0.1')).statusCode).toBe(401);
    }
    expect(waits.slice(0, 4)).toEqual([1, 2, 4, 8]);
    expect(Math.max(...waits)).toBe(300);
    expect(waits.at(-1)).toBe(300);
  });
});

describe('two app nodes on one database', () => {
  let t: TestApp;
  let second: FastifyInstance;
  let secondRuntime: Runtime | null = null;
  beforeAll(async () => {
    t = await buildTestApp({ rateLimitPerMinute: 4 });
    const url = t.runtime.deps.config.DATABASE_URL;
    // PGlite lives inside one process, so its "second node" shares the runtime; on PostgreSQL
    // the second node has its own runtime and connection pool.
    let deps = t.runtime.deps;
    if (url) {
      secondRuntime = await createRuntime(
        loadConfig({ PUBLIC_URL: TEST_PUBLIC_URL, LOG_LEVEL: 'silent', NODE_ENV: 'test', DATABASE_URL: url }),
        { logger: createLogger('silent'), skipMigrations: true },
      );
      deps = secondRuntime.deps;
    }
    second = await buildApp(deps, { rateLimitPerMinute: 4, serveWeb: false });
  });
  afterAll(async () => {
    await second.close();
    await secondRuntime?.close();
    await t.close();
  });

  it('share the API limit of one key', async () => {
    const owner = await t.signUp();
    await t.createOrg(owner.cookie);
    const { key } = await t.createApiKey(owner.cookie);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const node = i % 2 === 0 ? t.app : second;
      statuses.push(
        (
          await node.inject({
            method: 'GET',
            url: '/api/v1/instance',
            headers: { authorization: `Bearer ${key}` },
          })
        ).statusCode,
      );
    }
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
  });
});
