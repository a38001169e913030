import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Auth } from '../auth/auth.js';
import { AUTH_BASE_PATH, CLIENT_IP_HEADER } from '../auth/auth.js';
import { toHeaders } from './principal.js';
import {
  clearSignInFailures,
  recordSignInFailure,
  signInEmail,
  signInWaitSeconds,
  type SignInBackoffDeps,
} from './sign-in-backoff.js';

/**
 * Mounts better-auth under /api/auth. It runs in its own encapsulated plugin whose parser
 * keeps bodies as raw strings: better-auth parses them itself, and body-less POSTs
 * (sign-out) would otherwise fail Fastify's JSON parser.
 */
export async function registerAuthHandler(
  app: FastifyInstance,
  auth: Auth,
  publicUrl: string,
  backoff: SignInBackoffDeps,
): Promise<void> {
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'string' }, (_req, body, done) => done(null, body));
    scope.route({
      method: ['GET', 'POST'],
      url: `${AUTH_BASE_PATH}/*`,
      config: { rateLimit: false },
      schema: { hide: true },
      handler: (req, reply) => forward(auth, publicUrl, backoff, req, reply),
    });
  });
}

async function forward(
  auth: Auth,
  publicUrl: string,
  backoff: SignInBackoffDeps,
  req: FastifyRequest,
  reply: FastifyReply,
) {
  const url = new URL(req.url, publicUrl);
  const body = typeof req.body === 'string' && req.body.length > 0 ? req.body : undefined;
  // Wrong passwords are also limited per account, across addresses and nodes (sign-in-backoff.ts).
  const email =
    req.method === 'POST' && url.pathname === `${AUTH_BASE_PATH}/sign-in/email` ? signInEmail(body) : null;
  if (email !== null) {
    const wait = await signInWaitSeconds(backoff, email);
    if (wait > 0) {
      const message = `Too many wrong passwords for this account; try again in ${wait} second${wait === 1 ? '' : 's'}`;
      return reply
        .status(429)
        .header('retry-after', String(wait))
        .type('application/json; charset=utf-8')
        .send(JSON.stringify({ error: { code: 'RATE_LIMITED', message } }));
    }
  }
  const headers = toHeaders(req);
  // better-auth rate-limits by client IP; hand it the one Fastify resolved (TRUST_PROXY aware),
  // under a header name a client cannot spoof because we overwrite it.
  headers.set(CLIENT_IP_HEADER, req.ip);
  const response = await auth.handler(new Request(url, { method: req.method, headers, body: body ?? null }));
  if (email !== null && response.status === 401) await recordSignInFailure(backoff, email);
  else if (email !== null && response.ok) await clearSignInFailures(backoff, email);
  reply.status(response.status);
  for (const [name, value] of response.headers) {
    // Fastify sets the length of what we actually send (error bodies are rewrapped below).
    if (name === 'set-cookie' || name === 'content-length') continue;
    reply.header(name, value);
  }
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) reply.header('set-cookie', cookies);
  const text = await response.text();
  if (response.status >= 400)
    return reply.type('application/json; charset=utf-8').send(asErrorBody(response.status, text, publicUrl));
  return reply.send(text.length > 0 ? text : null);
}

/**
 * better-auth answers errors as `{ code, message }`; the whole API promises
 * `{ error: { code, message } }`, so its errors are rewrapped, keeping its code and status.
 */
function asErrorBody(status: number, text: string, publicUrl: string): string {
  let parsed: unknown;
  try {
    parsed = text.length > 0 ? JSON.parse(text) : null;
  } catch {
    parsed = null;
  }
  const record = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  if ('error' in record && typeof record.error === 'object') return text;
  const code =
    typeof record.code === 'string'
      ? record.code
      : status === 429
        ? 'RATE_LIMITED'
        : status === 401
          ? 'UNAUTHENTICATED'
          : status === 403
            ? 'FORBIDDEN'
            : status === 404
              ? 'NOT_FOUND'
              : 'BAD_REQUEST';
  let message =
    typeof record.message === 'string' && record.message.length > 0
      ? record.message
      : text.slice(0, 200) || `Request failed with status ${status}`;
  // The page was opened at an address this installation does not trust: say which one it does.
  if (code === 'INVALID_ORIGIN')
    message = `${message}: open Resonance at ${publicUrl}, or start it with PUBLIC_URL set to the address you opened`;
  return JSON.stringify({ error: { code, message } });
}
