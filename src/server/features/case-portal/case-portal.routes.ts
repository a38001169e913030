import { randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../deps.js';
import { addressKey } from '../../http/address-key.js';
import type { CasePortalOutcome } from './case-portal-outcome.js';
import { renderCasePortalView } from './case-portal.view.js';
import { escalateCase } from './escalate-case.service.js';
import type { CaseRequest } from './open-case-link.js';
import { replyToCase } from './reply-to-case.service.js';
import { showCasePage } from './show-case-page.service.js';
import { showEscalatedPage } from './show-escalated-page.service.js';
import { showMessageReceivedPage } from './show-message-received-page.service.js';

const ZToken = z.object({ token: z.string().max(100) });
const ZAny = z.record(z.string(), z.unknown());

/** Form fields as strings; anything else a scripted client sends is ignored. */
function formOf(body: unknown): Record<string, string> {
  const form: Record<string, string> = {};
  if (body && typeof body === 'object' && !Array.isArray(body))
    for (const [k, v] of Object.entries(body)) if (typeof v === 'string') form[k] = v;
  return form;
}

function caseRequest(req: FastifyRequest<{ Params: { token: string } }>): CaseRequest {
  const accept = (req.headers['accept-language'] ?? '').trim().toLowerCase();
  return {
    token: req.params.token,
    nonce: randomBytes(16).toString('base64'),
    language: accept.startsWith('de') ? 'de' : 'en',
  };
}

function send(reply: FastifyReply, nonce: string, outcome: CasePortalOutcome) {
  // The token sits in the URL: no referrer may carry it off, no cache may keep the page.
  reply
    .header('referrer-policy', 'no-referrer')
    .header('cache-control', 'no-store')
    .header('x-robots-tag', 'noindex')
    .header(
      'content-security-policy',
      `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}'; img-src https: data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`,
    );
  // 303: the browser follows with GET, so a reload never posts the message again.
  if (outcome.kind === 'redirect') return reply.status(303).header('location', outcome.location).send();
  return reply
    .status(outcome.status)
    .type('text/html; charset=utf-8')
    .send(renderCasePortalView(outcome.view));
}

export interface CasePortalOptions {
  deps: AppDeps;
  /** Page views per minute and address (default 120). */
  perMinute?: number;
  /** Form posts per minute and address (default 20); each case also takes at most 10 messages an hour. */
  postsPerMinute?: number;
}

/**
 * The customer's side of a case (`/c/<token>`): no session, the signed token is the credential.
 * The page and its confirmations only read; the two forms are POSTs, parsed here as
 * `application/x-www-form-urlencoded`. Rate-limited per client address in memory, like the
 * survey pages; the per-case message limit lives in the database (`recordCustomerMessage`).
 */
export const casePortalRoutes: FastifyPluginAsyncZod<CasePortalOptions> = async (
  app,
  { deps, perMinute, postsPerMinute },
) => {
  // 20,000 characters of any script, percent-encoded, with room to spare; larger bodies get 413.
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 256 * 1024 },
    (_req, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    },
  );
  const limited = (max: number) => ({
    rateLimit: { max, timeWindow: '1 minute', keyGenerator: (req: FastifyRequest) => addressKey(req.ip) },
  });
  const reading = { config: limited(perMinute ?? 120) };
  const posting = { config: limited(postsPerMinute ?? 20) };

  app.get('/c/:token', { schema: { hide: true, params: ZToken }, ...reading }, async (req, reply) => {
    const r = caseRequest(req);
    return send(reply, r.nonce, await showCasePage(deps, r));
  });
  app.get(
    '/c/:token/received',
    {
      schema: {
        hide: true,
        params: ZToken,
        querystring: z.object({ reopened: z.string().max(5).optional() }),
      },
      ...reading,
    },
    async (req, reply) => {
      const r = caseRequest(req);
      return send(reply, r.nonce, await showMessageReceivedPage(deps, r, req.query.reopened === '1'));
    },
  );
  app.get(
    '/c/:token/escalated',
    { schema: { hide: true, params: ZToken }, ...reading },
    async (req, reply) => {
      const r = caseRequest(req);
      return send(reply, r.nonce, await showEscalatedPage(deps, r));
    },
  );
  app.post(
    '/c/:token/reply',
    { schema: { hide: true, params: ZToken, body: ZAny.optional() }, ...posting },
    async (req, reply) => {
      const r = caseRequest(req);
      return send(reply, r.nonce, await replyToCase(deps, r, formOf(req.body)));
    },
  );
  app.post(
    '/c/:token/escalate',
    { schema: { hide: true, params: ZToken, body: ZAny.optional() }, ...posting },
    async (req, reply) => {
      const r = caseRequest(req);
      return send(reply, r.nonce, await escalateCase(deps, r, formOf(req.body)));
    },
  );
};
