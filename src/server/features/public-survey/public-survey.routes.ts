import { randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../deps.js';
import { answerLink } from './answer-link.service.js';
import { answerScore } from './answer-score.service.js';
import { answerWhy } from './answer-why.service.js';
import type { FormBody } from './form-answers.js';
import type { PageOutcome } from './page-outcome.js';
import { renderPageView } from './public-page.view.js';
import { recordOpen } from './record-open.service.js';
import { showLinkPage } from './show-link-page.service.js';
import { showLinkThanksPage } from './show-link-thanks-page.service.js';
import { showLinkWhyPage } from './show-link-why-page.service.js';
import { showScorePage } from './show-score-page.service.js';
import { showThanksPage } from './show-thanks-page.service.js';
import { showUnsubscribePage } from './show-unsubscribe-page.service.js';
import { showWhyPage } from './show-why-page.service.js';
import { unsubscribe } from './unsubscribe.service.js';

/** 1×1 transparent GIF for the (opt-in) open tracking pixel. */
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

const ZToken = z.object({ token: z.string().max(100) });
const ZKey = z.object({ key: z.string().max(100) });
const ZAny = z.record(z.string(), z.unknown());

/** Forms and JSON alike become string fields: the pages' forms and scripted clients post the same names. */
function formOf(body: unknown): FormBody {
  const form: FormBody = {};
  if (body && typeof body === 'object' && !Array.isArray(body)) {
    for (const [k, v] of Object.entries(body))
      if (typeof v === 'string' || typeof v === 'number') form[k] = String(v);
  }
  return form;
}

/**
 * CSP nonces (16 random bytes each) cut from a 4 KB block of the CSPRNG: one system call per
 * 256 requests instead of one per request, on the answer path every survey click takes.
 */
function nonces(): () => string {
  let block = Buffer.alloc(0);
  let at = 0;
  return () => {
    if (at + 16 > block.length) {
      block = randomBytes(4096);
      at = 0;
    }
    at += 16;
    return block.toString('base64', at - 16, at);
  };
}

const wantsJson = (req: FastifyRequest) =>
  (req.headers.accept ?? '').includes('application/json') &&
  !(req.headers.accept ?? '').includes('text/html');

async function send(req: FastifyRequest, reply: FastifyReply, nonce: string, outcome: PageOutcome) {
  // Tokens sit in the URL: no referrer may carry them off, no cache may keep the answer.
  reply.header('referrer-policy', 'no-referrer').header('cache-control', 'no-store');
  // A scripted answer gets JSON, no page: the page headers (CSP, noindex) have nothing to govern.
  if (outcome.kind === 'redirect' && req.method === 'POST' && wantsJson(req))
    return reply.status(200).send({ ok: true, next: outcome.location, ...(outcome.recorded ?? {}) });
  reply.header('x-robots-tag', 'noindex');
  reply.header(
    'content-security-policy',
    `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}'; img-src https: data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`,
  );
  if (outcome.kind === 'redirect') {
    // 303: the browser follows with GET, so a reload never posts the answer again.
    return reply.status(303).header('location', outcome.location).send();
  }
  return reply.status(outcome.status).type('text/html; charset=utf-8').send(renderPageView(outcome.view));
}

/**
 * The public survey pages: no session, no API key; the token or link key in the URL is the
 * only credential. Rate-limited per client address. Forms are parsed here (and only here) as
 * `application/x-www-form-urlencoded`, the encoding every browser form and RFC 8058 use.
 */
export const publicSurveyRoutes: FastifyPluginAsyncZod<{ deps: AppDeps; perMinute?: number }> = async (
  app,
  { deps, perMinute },
) => {
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 128 * 1024 },
    (_req, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    },
  );
  const rateLimit = {
    max: perMinute ?? 120,
    timeWindow: '1 minute',
    keyGenerator: (req: FastifyRequest) => req.ip,
  };
  const opts = <S extends object>(schema: S) => ({
    schema: { hide: true, ...schema },
    config: { rateLimit },
  });
  const nonce = nonces();

  app.get(
    '/s/:token',
    opts({
      params: ZToken,
      querystring: z.object({ score: z.string().max(5).optional(), change: z.string().max(5).optional() }),
    }),
    async (req, reply) => {
      const n = nonce();
      return send(req, reply, n, await showScorePage(deps, req.params.token, req.query, n));
    },
  );
  app.post('/s/:token', opts({ params: ZToken, body: ZAny.optional() }), async (req, reply) => {
    const n = nonce();
    return send(req, reply, n, await answerScore(deps, req.params.token, formOf(req.body), n));
  });
  app.get('/s/:token/why', opts({ params: ZToken }), async (req, reply) => {
    const n = nonce();
    return send(req, reply, n, await showWhyPage(deps, req.params.token, n));
  });
  app.post('/s/:token/why', opts({ params: ZToken, body: ZAny.optional() }), async (req, reply) => {
    const n = nonce();
    return send(req, reply, n, await answerWhy(deps, req.params.token, formOf(req.body), n));
  });
  app.get('/s/:token/thanks', opts({ params: ZToken }), async (req, reply) => {
    const n = nonce();
    return send(req, reply, n, await showThanksPage(deps, req.params.token, n));
  });
  app.get('/s/:token/o.gif', opts({ params: ZToken }), async (req, reply) => {
    await recordOpen(deps, req.params.token);
    return reply.header('cache-control', 'no-store').type('image/gif').send(PIXEL);
  });
  app.get('/u/:token', opts({ params: ZToken }), async (req, reply) => {
    const n = nonce();
    return send(req, reply, n, await showUnsubscribePage(deps, req.params.token, n));
  });
  app.post('/u/:token', opts({ params: ZToken, body: ZAny.optional() }), async (req, reply) => {
    const n = nonce();
    return send(req, reply, n, await unsubscribe(deps, req.params.token, n));
  });
  app.get(
    '/l/:key',
    opts({ params: ZKey, querystring: z.record(z.string(), z.string().max(500)) }),
    async (req, reply) => {
      const n = nonce();
      return send(req, reply, n, await showLinkPage(deps, req.params.key, req.query, n));
    },
  );
  app.post('/l/:key', opts({ params: ZKey, body: ZAny.optional() }), async (req, reply) => {
    const n = nonce();
    return send(req, reply, n, await answerLink(deps, req.params.key, formOf(req.body), n));
  });
  app.get(
    '/l/:key/why',
    opts({ params: ZKey, querystring: z.object({ r: z.string().max(40).optional() }) }),
    async (req, reply) => {
      const n = nonce();
      return send(req, reply, n, await showLinkWhyPage(deps, req.params.key, req.query.r, n));
    },
  );
  app.get(
    '/l/:key/thanks',
    opts({ params: ZKey, querystring: z.object({ lang: z.string().max(10).optional() }) }),
    async (req, reply) => {
      const n = nonce();
      return send(req, reply, n, await showLinkThanksPage(deps, req.params.key, req.query.lang, n));
    },
  );
};
