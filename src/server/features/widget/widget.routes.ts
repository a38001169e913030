import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps.js';
import { AppError } from '../../common/app-error.js';
import {
  ZWidgetAnswer,
  ZWidgetAnswerResult,
  ZWidgetIdentify,
  ZWidgetIdentifyResult,
} from './widget-contract.js';
import { loadWidgetScript } from './widget-script.js';
import * as service from './widget.service.js';

/** Per IP and minute. Identify runs on page loads and tracked events; answers are a handful per visit. */
export const WIDGET_RATE_LIMITS = { identify: 120, answer: 60 } as const;

const BODY_LIMIT = 64 * 1024;

// The global limiter keys by Authorization header when there is one; public routes must not let a
// caller pick a fresh key per request, so these count by IP only.
const byIp = (req: FastifyRequest) => req.ip;
const limit = (max: number) => ({ rateLimit: { max, timeWindow: '1 minute', keyGenerator: byIp } });

/**
 * The in-app widget's public side: `GET /widget.js` and two JSON endpoints under
 * `/api/public/widget/` (outside `/api/v1`, so no session or API key; the widget key in the body
 * names the organization). They run on customers' sites, hence CORS `*` without credentials.
 *
 * The widget posts `text/plain` bodies holding JSON: that is a CORS "simple request", so browsers
 * send no preflight and each survey costs one round trip. `application/json` works too (its
 * preflight is answered below) for callers that insist on it.
 */
export const widgetRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const tags = ['widget'];

  app.removeContentTypeParser('text/plain');
  app.addContentTypeParser('text/plain', { parseAs: 'string', bodyLimit: BODY_LIMIT }, (_req, body, done) => {
    try {
      done(null, JSON.parse(body as string));
    } catch {
      done(
        new AppError('VALIDATION_FAILED', 'body: expected JSON text', [
          { field: 'body', message: 'expected JSON text' },
        ]),
        undefined,
      );
    }
  });

  app.addHook('onSend', async (_req, reply) => {
    reply.header('access-control-allow-origin', '*');
  });

  app.options('/api/public/widget/*', { schema: { hide: true } }, async (_req, reply) => {
    reply.header('access-control-allow-methods', 'POST');
    reply.header('access-control-allow-headers', 'content-type');
    reply.header('access-control-max-age', '86400');
    return reply.status(204).send();
  });

  app.post(
    '/api/public/widget/identify',
    {
      bodyLimit: BODY_LIMIT,
      config: limit(WIDGET_RATE_LIMITS.identify),
      schema: {
        tags,
        security: [],
        summary: 'Widget: a visitor identified or an event tracked; returns the survey to show, if any',
        operationId: 'identifyWidgetVisitor',
        description:
          'Called by the widget script on a customer’s site when a visitor is identified or an event is tracked; returns the survey to show now, with its token, or null and the reason. Public: the widget key in the body names the organization (404 if unknown); at most 120 calls per minute per address. An identified visitor needs `userHash`, the HMAC-SHA256 of `externalId` under the organization’s widget secret computed by your server (401 naming `body.userHash` if missing or wrong, unless the organization turned verification off; a wrong hash is always refused). `anonymous: true` instead asks a visitor you do not identify; the answer is recorded without a contact and marked `identity: anonymous`. An unknown externalId is answered like a contact with nothing due.',
        errors: [401, 404],
        body: ZWidgetIdentify,
        response: { 200: ZWidgetIdentifyResult },
      },
    },
    async (req) => service.identifyVisitor(deps, req.body),
  );

  app.post(
    '/api/public/widget/answer',
    {
      bodyLimit: BODY_LIMIT,
      config: limit(WIDGET_RATE_LIMITS.answer),
      schema: {
        tags,
        security: [],
        summary: 'Widget: record answers to the invitation the token names',
        operationId: 'answerWidgetSurvey',
        description:
          'Records the visitor’s answers to the invitation the token names; later answers to the same invitation merge into its response. Only widget tokens: an e-mail invitation’s token gets 404 here, as a widget token does on the e-mail pages. An unknown token gets 404, one past its time 409; at most 60 calls per minute per address.',
        errors: [404, 409],
        body: ZWidgetAnswer,
        response: { 200: ZWidgetAnswerResult },
      },
    },
    async (req) => service.answerWidget(deps, req.body),
  );

  app.get('/widget.js', { schema: { hide: true } }, async (req, reply) => {
    const script = loadWidgetScript();
    if (!script) throw new AppError('NOT_FOUND', 'The widget is not built; run `npm run build:web`');
    reply.header('content-type', 'text/javascript; charset=utf-8');
    reply.header('cache-control', 'public, max-age=300');
    reply.header('vary', 'accept-encoding');
    reply.header('etag', script.etag);
    if (req.headers['if-none-match'] === script.etag) return reply.status(304).send();
    if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      reply.header('content-encoding', 'gzip');
      return reply.send(script.gzip);
    }
    return reply.send(script.plain);
  });
};
