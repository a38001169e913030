import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Auth } from '../auth/auth.js';
import { AUTH_BASE_PATH, CLIENT_IP_HEADER } from '../auth/auth.js';
import { toHeaders } from './principal.js';

/**
 * Mounts better-auth under /api/auth. It runs in its own encapsulated plugin whose parser
 * keeps bodies as raw strings: better-auth parses them itself, and body-less POSTs
 * (sign-out) would otherwise fail Fastify's JSON parser.
 */
export async function registerAuthHandler(app: FastifyInstance, auth: Auth, publicUrl: string): Promise<void> {
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'string' }, (_req, body, done) => done(null, body));
    scope.route({
      method: ['GET', 'POST'],
      url: `${AUTH_BASE_PATH}/*`,
      config: { rateLimit: false },
      schema: { hide: true },
      handler: (req, reply) => forward(auth, publicUrl, req, reply),
    });
  });
}

async function forward(auth: Auth, publicUrl: string, req: FastifyRequest, reply: FastifyReply) {
  const url = new URL(req.url, publicUrl);
  const body = typeof req.body === 'string' && req.body.length > 0 ? req.body : undefined;
  const headers = toHeaders(req);
  // better-auth rate-limits by client IP; hand it the one Fastify resolved (TRUST_PROXY aware),
  // under a header name a client cannot spoof because we overwrite it.
  headers.set(CLIENT_IP_HEADER, req.ip);
  const response = await auth.handler(new Request(url, { method: req.method, headers, body: body ?? null }));
  reply.status(response.status);
  for (const [name, value] of response.headers) {
    if (name === 'set-cookie') continue;
    reply.header(name, value);
  }
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) reply.header('set-cookie', cookies);
  const text = await response.text();
  return reply.send(text.length > 0 ? text : null);
}
