import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyRateLimit from '@fastify/rate-limit';
import type { Db } from '../db/client.js';
import type { Logger } from '../logger.js';
import { addressKey } from './address-key.js';
import { AppError } from '../common/app-error.js';
import type { Principal } from './principal.js';
import { rateLimitStore, SHARED_KEY_PREFIX } from './rate-limit-store.js';
import { countHit, readLimit } from './request-limits.repo.js';

export interface RequestLimitDeps {
  db: Db;
  now: () => Date;
  logger: Logger;
}

/**
 * Registers `@fastify/rate-limit` for every route without its own limit. `/api/v1` requests are
 * counted per caller — the API key's id or the person's user id once `authenticate` (an earlier
 * onRequest hook; route-level hooks run after app-level ones) has resolved them, else the address —
 * so writing one key's `Bearer` differently never opens a fresh bucket. Their counts live in the
 * database; other routes count per address in memory (rate-limit-store.ts).
 */
export async function registerApiRateLimit(
  app: FastifyInstance,
  deps: RequestLimitDeps,
  perMinute: number,
): Promise<void> {
  await app.register(fastifyRateLimit, {
    global: true,
    max: perMinute,
    timeWindow: '1 minute',
    store: rateLimitStore(deps),
    keyGenerator: (req) => {
      if (!req.url.startsWith('/api/v1/')) return `local:${addressKey(req.ip)}`;
      const p = req.principal;
      if (p?.kind === 'apiKey') return `${SHARED_KEY_PREFIX}api:key:${p.keyId}`;
      if (p?.kind === 'user') return `${SHARED_KEY_PREFIX}api:user:${p.userId}`;
      return `${SHARED_KEY_PREFIX}api:ip:${addressKey(req.ip)}`;
    },
  });
}

export interface AuthFailureLimit {
  /** Failed authentications an address may have per window before it is refused outright. */
  max: number;
  windowMs: number;
}

export const AUTH_FAILURE_LIMIT: AuthFailureLimit = { max: 30, windowMs: 10 * 60 * 1000 };

/**
 * Resolves the caller, counting rejected credentials per address (a wrong or revoked API key, a
 * malformed Authorization header, a session cookie that names no session). An address over the
 * limit gets 429 with Retry-After for every request that carries credentials, right ones too:
 * otherwise the answer would still tell a right guess from a wrong one. The read of the count runs
 * alongside the lookup, so a caller with good credentials waits for one round trip, not two.
 */
export async function resolveWithFailureLimit(
  deps: RequestLimitDeps,
  req: FastifyRequest,
  reply: FastifyReply,
  resolve: () => Promise<Principal | null>,
  limit: AuthFailureLimit = AUTH_FAILURE_LIMIT,
): Promise<Principal | null> {
  const hasCookie = SESSION_COOKIE.test(req.headers.cookie ?? '');
  if (req.headers.authorization === undefined && !hasCookie) return resolve();
  const key = `auth-fail:${addressKey(req.ip)}`;
  const now = deps.now();
  const [state, outcome] = await Promise.all([
    readLimit(deps.db, key, now),
    resolve().then(
      (principal) => ({ ok: true as const, principal }),
      (error: unknown) => ({ ok: false as const, error }),
    ),
  ]);
  if (state && state.hits >= limit.max) {
    const seconds = Math.max(1, Math.ceil((state.windowEndsAt.getTime() - now.getTime()) / 1000));
    reply.header('retry-after', String(seconds));
    throw new AppError(
      'RATE_LIMITED',
      `Too many failed authentications from this address; retry in ${seconds} seconds`,
    );
  }
  if (!outcome.ok) {
    if (outcome.error instanceof AppError && outcome.error.code === 'UNAUTHENTICATED')
      await countHit(deps.db, key, now, limit.windowMs, 'fixed');
    throw outcome.error;
  }
  if (outcome.principal === null && hasCookie) await countHit(deps.db, key, now, limit.windowMs, 'fixed');
  return outcome.principal;
}

// better-auth's cookie, `better-auth.session_token` (with a `__Secure-` prefix over https).
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?better-auth\.session_token=/;
