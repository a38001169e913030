import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { randomBytes } from 'node:crypto';
import { buildApp } from '../../src/server/app.js';
import { loadConfig } from '../../src/server/config.js';
import type { Role } from '../../src/shared/roles.js';
import type { Stage } from '../../src/server/pipeline/stage.js';
import type { MailTransport } from '../../src/server/email/transport.js';
import { createLogger, type Logger } from '../../src/server/logger.js';
import { createRuntime, type Runtime, type RuntimeOptions } from '../../src/server/runtime.js';
import { createPostgresTestDatabase, openPgliteFromTemplate, testDbKind } from './test-database.js';

export const TEST_PUBLIC_URL = 'http://resonance.test';

export interface TestAppOptions {
  env?: Record<string, string>;
  now?: () => Date;
  transport?: MailTransport | null;
  rateLimitPerMinute?: number;
  /** Per-address limit of the public survey pages (default: high enough never to bite a test). */
  publicPerMinute?: number;
  signInPerMinute?: number;
  /** Failed API authentications per address before 429 (default: high enough never to bite a test). */
  authFailuresPerWindow?: number;
  /** A logger to capture output (default: silent). Set env.LOG_LEVEL to match. */
  logger?: Logger;
  /** Run the job workers in this process (mail delivery, schedules). */
  workers?: boolean;
  /** The pipeline stages to run instead of the registered ones (tests add throw-away stages). */
  stages?: readonly Stage[];
  /** Outbound HTTP (webhooks): a stub resolver, a hook refusing connections, a shorter timeout. */
  outbound?: RuntimeOptions['outbound'];
  /** The jitter source of retry schedules. */
  random?: RuntimeOptions['random'];
}

export interface Caller {
  cookie?: string;
  key?: string;
}

export interface TestApp {
  app: FastifyInstance;
  runtime: Runtime;
  request(opts: InjectOptions & { as?: Caller }): Promise<LightMyRequestResponse>;
  signUp(input?: {
    email?: string;
    name?: string;
    password?: string;
  }): Promise<{ cookie: string; userId: string; email: string }>;
  signIn(email: string, password?: string): Promise<string>;
  createOrg(cookie: string, name?: string): Promise<{ id: string; slug: string }>;
  setActiveOrg(cookie: string, organizationId: string): Promise<void>;
  createApiKey(cookie: string, name?: string): Promise<{ id: string; key: string }>;
  /** A new person who is a member of `organizationId` with `role`, signed in with it active. */
  addMember(organizationId: string, role: Role): Promise<{ cookie: string; userId: string; email: string }>;
  close(): Promise<void>;
}

export const DEFAULT_PASSWORD = 'correct-horse-battery';

export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}-${randomBytes(4).toString('hex')}@example.test`;
}

function cookieHeader(res: LightMyRequestResponse): string {
  return res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
}

/** Boots the real app on a real database (PGlite template clone, or a PostgreSQL database). */
export async function buildTestApp(opts: TestAppOptions = {}): Promise<TestApp> {
  const kind = testDbKind();
  let dropDb: (() => Promise<void>) | null = null;
  const env: Record<string, string> = {
    PUBLIC_URL: TEST_PUBLIC_URL,
    LOG_LEVEL: 'silent',
    NODE_ENV: 'test',
    ...opts.env,
  };
  let pglite;
  if (kind === 'postgres') {
    const adminUrl = process.env.TEST_DATABASE_URL;
    if (!adminUrl) throw new Error('TEST_DATABASE_URL is required for the postgres test project');
    const created = await createPostgresTestDatabase(adminUrl);
    env.DATABASE_URL = created.url;
    dropDb = created.drop;
  } else {
    pglite = await openPgliteFromTemplate();
  }
  const config = loadConfig(env);
  const runtime = await createRuntime(config, {
    logger: opts.logger ?? createLogger('silent'),
    ...(pglite ? { pglite } : {}),
    ...(opts.now ? { now: opts.now } : {}),
    ...(opts.transport !== undefined ? { transport: opts.transport } : {}),
    signInPerMinute: opts.signInPerMinute ?? 1000,
    ...(opts.stages ? { stages: opts.stages } : {}),
    ...(opts.outbound ? { outbound: opts.outbound } : {}),
    ...(opts.random ? { random: opts.random } : {}),
  });
  const app = await buildApp(runtime.deps, {
    rateLimitPerMinute: opts.rateLimitPerMinute ?? 10_000,
    publicPerMinute: opts.publicPerMinute ?? 10_000,
    authFailuresPerWindow: opts.authFailuresPerWindow ?? 10_000,
    serveWeb: false,
  });
  if (opts.workers) await runtime.queue.startWorkers(runtime.jobContext);

  const request: TestApp['request'] = (o) => {
    const { as, ...rest } = o;
    const headers: Record<string, string> = {
      origin: TEST_PUBLIC_URL,
      ...(rest.headers as Record<string, string> | undefined),
    };
    if (as?.cookie) headers.cookie = as.cookie;
    if (as?.key) headers.authorization = `Bearer ${as.key}`;
    return app.inject({ ...rest, headers });
  };

  const t: TestApp = {
    app,
    runtime,
    request,
    async signUp(input = {}) {
      const email = input.email ?? uniqueEmail();
      const res = await request({
        method: 'POST',
        url: '/api/auth/sign-up/email',
        payload: { email, password: input.password ?? DEFAULT_PASSWORD, name: input.name ?? 'Test Person' },
      });
      if (res.statusCode !== 200) throw new Error(`sign-up failed: ${res.statusCode} ${res.body}`);
      return { cookie: cookieHeader(res), userId: (res.json() as { user: { id: string } }).user.id, email };
    },
    async signIn(email, password = DEFAULT_PASSWORD) {
      const res = await request({
        method: 'POST',
        url: '/api/auth/sign-in/email',
        payload: { email, password },
      });
      if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
      return cookieHeader(res);
    },
    async createOrg(cookie, name = `Org ${randomBytes(3).toString('hex')}`) {
      const slug = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${randomBytes(3).toString('hex')}`;
      const res = await request({
        method: 'POST',
        url: '/api/auth/organization/create',
        payload: { name, slug },
        as: { cookie },
      });
      if (res.statusCode !== 200) throw new Error(`create org failed: ${res.statusCode} ${res.body}`);
      const org = res.json() as { id: string; slug: string };
      await t.setActiveOrg(cookie, org.id);
      return org;
    },
    async setActiveOrg(cookie, organizationId) {
      const res = await request({
        method: 'POST',
        url: '/api/auth/organization/set-active',
        payload: { organizationId },
        as: { cookie },
      });
      if (res.statusCode !== 200) throw new Error(`set-active failed: ${res.statusCode} ${res.body}`);
    },
    async createApiKey(cookie, name = 'test key') {
      const res = await request({
        method: 'POST',
        url: '/api/v1/api-keys',
        payload: { name },
        as: { cookie },
      });
      if (res.statusCode !== 201) throw new Error(`create key failed: ${res.statusCode} ${res.body}`);
      return res.json() as { id: string; key: string };
    },
    async addMember(organizationId, role) {
      const person = await t.signUp({ name: `A ${role}` });
      await runtime.deps.auth.api.addMember({ body: { userId: person.userId, organizationId, role } });
      await t.setActiveOrg(person.cookie, organizationId);
      return person;
    },
    async close() {
      await app.close();
      await runtime.close();
      if (dropDb) await dropDb();
    },
  };
  return t;
}
