import { randomUUID } from 'node:crypto';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from './deps.js';
import { apiKeysRoutes } from './features/api-keys/api-keys.routes.js';
import { verifyApiKey } from './features/api-keys/api-keys.service.js';
import { contactsRoutes } from './features/contacts/contacts.routes.js';
import { segmentsRoutes } from './features/segments/segments.routes.js';
import { surveysRoutes } from './features/surveys/surveys.routes.js';
import { sendingRoutes } from './features/sending/sending.routes.js';
import { responsesRoutes } from './features/responses/responses.routes.js';
import { publicSurveyRoutes } from './features/public-survey/public-survey.routes.js';
import { demoRoutes } from './features/demo/demo.routes.js';
import { digestRoutes } from './features/digest/digest.routes.js';
import { eventsRoutes } from './features/events/events.routes.js';
import { exportsRoutes } from './features/exports/exports.routes.js';
import { feedbackRoutes } from './features/feedback/feedback.routes.js';
import { casePortalRoutes } from './features/case-portal/case-portal.routes.js';
import { casesRoutes } from './features/cases/cases.routes.js';
import { followUpSettingsRoutes } from './features/cases/follow-up-settings.routes.js';
import { notificationsRoutes } from './features/notifications/notifications.routes.js';
import { healthRoutes } from './features/health/health.routes.js';
import { importsRoutes } from './features/imports/imports.routes.js';
import { loyaltyRoutes } from './features/loyalty/loyalty.routes.js';
import { metricsRoutes } from './features/metrics/metrics.routes.js';
import { benchmarksRoutes } from './features/benchmarks/benchmarks.routes.js';
import { instanceRoutes } from './features/instance/instance.routes.js';
import { organizationsRoutes } from './features/organizations/organizations.routes.js';
import { findMemberRole } from './features/organizations/organizations.repo.js';
import { ssoRoutes } from './features/sso/sso.routes.js';
import { workspaceRoutes } from './features/workspace/workspace.routes.js';
import { widgetRoutes } from './features/widget/widget.routes.js';
import { widgetIdentityRoutes } from './features/widget/widget-identity.routes.js';
import { webhooksRoutes } from './features/webhooks/webhooks.routes.js';
import { alertsRoutes } from './features/alerts/alerts.routes.js';
import { themesRoutes } from './features/text/themes.routes.js';
import { sentimentModelRoutes } from './features/text/sentiment-model.routes.js';
import { tagVerdictsRoutes } from './features/text/tag-verdicts.routes.js';
import { themeDiscoveryRoutes } from './features/text/theme-discovery.routes.js';
import { AUTH_FAILURE_LIMIT, registerApiRateLimit, resolveWithFailureLimit } from './http/api-rate-limit.js';
import { registerAuthHandler } from './http/auth-handler.js';
import { registerErrorHandlers } from './http/error-handler.js';
import { LazyChildLogger } from './http/lazy-child-logger.js';
import { openapiOptions } from './http/openapi-document.js';
import { registerMetrics } from './http/metrics.js';
import {
  refuseAnonymous,
  refuseForeignOrigin,
  resolvePrincipal,
  type Principal,
  type PrincipalDeps,
} from './http/principal.js';
import { registerSecurityHeaders } from './http/security-headers.js';
import { registerStaticWeb } from './http/static-web.js';
import { registerStorableInput } from './http/storable-input.js';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
  interface FastifyInstance {
    /** Every route as `METHOD /url`, for the tenant-isolation test that must cover them all. */
    routeTable: string[];
  }
}

export interface BuildAppOptions {
  /** Requests per minute per client on rate-limited routes. */
  rateLimitPerMinute?: number;
  serveWeb?: boolean;
  /** Requests per minute per client address on the public survey pages. */
  publicPerMinute?: number;
  /** Failed API authentications per address and 10 minutes before it gets 429 (default 30). */
  authFailuresPerWindow?: number;
  /** The built dashboard's directory (default dist/web); tests serve a small fixture. */
  webRoot?: string;
}

/** Builds the HTTP app without listening, so tests drive it with `app.inject()`. */
export async function buildApp(deps: AppDeps, opts: BuildAppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    // Fastify's request logger is a child of ours: same redaction, same destination.
    loggerInstance: deps.logger.child({}, { level: deps.config.LOG_LEVEL }) as FastifyBaseLogger,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
    },
    trustProxy: deps.config.TRUST_PROXY,
    bodyLimit: 5 * 1024 * 1024,
    childLoggerFactory: (logger, bindings, options) => new LazyChildLogger(logger, bindings, options),
  }).withTypeProvider<ZodTypeProvider>();

  const routeTable: string[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const m of methods) if (m !== 'HEAD') routeTable.push(`${m} ${route.url}`);
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandlers(app);
  // U+0000 and unpaired surrogates: refused by the API, repaired on the HTML pages (http/storable-input.ts).
  registerStorableInput(app);
  // Callback hooks, not async ones: every request passes them, and each async hook costs a promise.
  app.addHook('onSend', (req, reply, payload, done) => {
    reply.header('x-request-id', req.id);
    done(null, payload);
  });
  // CSP, frame refusal, nosniff, referrer policy, HSTS over https (http/security-headers.ts).
  registerSecurityHeaders(app, deps.config.publicUrl);

  // The document's frame, tags, error responses and components: http/openapi-document.ts.
  await app.register(fastifySwagger, openapiOptions(deps.config.publicUrl));
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  // Per API key, person or address, counted in the database (http/api-rate-limit.ts).
  await registerApiRateLimit(app, deps, opts.rateLimitPerMinute ?? 600);

  const registry = registerMetrics(app, deps.stageMeter.metrics());
  await registerAuthHandler(app, deps.auth, deps.config.publicUrl, deps);

  app.decorateRequest('principal', null);
  const authFailureLimit = {
    ...AUTH_FAILURE_LIMIT,
    ...(opts.authFailuresPerWindow ? { max: opts.authFailuresPerWindow } : {}),
  };
  const principalDeps: PrincipalDeps = {
    auth: deps.auth,
    verifyApiKey: (key) => verifyApiKey(deps, key),
    findMemberRole: (organizationId, userId) => findMemberRole(deps.db, organizationId, userId),
  };
  const authenticate = async (req: FastifyRequest, reply: FastifyReply) => {
    req.principal = await resolveWithFailureLimit(
      deps,
      req,
      reply,
      () => resolvePrincipal(principalDeps, req),
      authFailureLimit,
    );
    refuseAnonymous(req.principal, req);
    refuseForeignOrigin(req.principal, req, deps.config.browserOrigins);
  };
  app.addHook('onRequest', (req, reply, done) => {
    if (!req.url.startsWith('/api/v1/')) return done();
    authenticate(req, reply).then(() => done(), done);
  });

  await app.register(healthRoutes, { deps, registry });
  await app.register(organizationsRoutes, { deps });
  await app.register(apiKeysRoutes, { deps });
  await app.register(ssoRoutes, { deps });
  await app.register(demoRoutes, { deps });
  await app.register(workspaceRoutes, { deps });
  await app.register(contactsRoutes, { deps });
  await app.register(segmentsRoutes, { deps });
  await app.register(surveysRoutes, { deps });
  await app.register(sendingRoutes, { deps });
  await app.register(responsesRoutes, { deps });
  await app.register(themesRoutes, { deps });
  await app.register(sentimentModelRoutes, { deps });
  await app.register(tagVerdictsRoutes, { deps });
  await app.register(themeDiscoveryRoutes, { deps });
  await app.register(publicSurveyRoutes, {
    deps,
    ...(opts.publicPerMinute ? { perMinute: opts.publicPerMinute } : {}),
  });
  await app.register(instanceRoutes, { deps });
  await app.register(importsRoutes, { deps });
  await app.register(feedbackRoutes, { deps });
  await app.register(eventsRoutes, { deps });
  await app.register(widgetRoutes, { deps });
  await app.register(widgetIdentityRoutes, { deps });
  await app.register(webhooksRoutes, { deps });
  await app.register(alertsRoutes, { deps });
  await app.register(loyaltyRoutes, { deps });
  await app.register(exportsRoutes, { deps });
  await app.register(metricsRoutes, { deps });
  await app.register(benchmarksRoutes, { deps });
  await app.register(digestRoutes, { deps });
  await app.register(casesRoutes, { deps });
  await app.register(casePortalRoutes, {
    deps,
    ...(opts.publicPerMinute
      ? { perMinute: opts.publicPerMinute, postsPerMinute: opts.publicPerMinute }
      : {}),
  });
  await app.register(followUpSettingsRoutes, { deps });
  await app.register(notificationsRoutes, { deps });

  if (opts.serveWeb !== false) await registerStaticWeb(app, opts.webRoot);
  return app;
}
