import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Registry } from 'prom-client';
import { z } from 'zod';
import type { AppDeps } from '../../deps.js';
import { migrationsApplied } from '../../db/migrate.js';
import { refuseMetricsScrape } from '../../http/metrics.js';
import { pingDatabase } from './health.repo.js';

// The probes are for load balancers and orchestrators, not API clients, so like /metrics they stay
// out of the OpenAPI document (README, Operations, describes them); they answer no 4xx either.
export const healthRoutes: FastifyPluginAsyncZod<{ deps: AppDeps; registry: Registry }> = async (
  app,
  { deps, registry },
) => {
  app.get(
    '/healthz',
    {
      config: { rateLimit: false },
      schema: {
        hide: true,
        tags: ['operations'],
        summary: 'Process is up',
        response: { 200: z.object({ status: z.literal('ok') }) },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      config: { rateLimit: false },
      schema: {
        hide: true,
        tags: ['operations'],
        summary: 'Database reachable and migrations applied',
        response: {
          200: z.object({ status: z.literal('ready'), database: z.string() }),
          503: z.object({ status: z.literal('not-ready'), reason: z.string() }),
        },
      },
    },
    async (_req, reply) => {
      try {
        await pingDatabase(deps.db);
      } catch {
        return reply.status(503).send({ status: 'not-ready' as const, reason: 'database unreachable' });
      }
      if (!(await migrationsApplied(deps.database))) {
        return reply.status(503).send({ status: 'not-ready' as const, reason: 'migrations not applied' });
      }
      return { status: 'ready' as const, database: deps.database.kind };
    },
  );

  app.get('/metrics', { config: { rateLimit: false }, schema: { hide: true } }, async (req, reply) => {
    refuseMetricsScrape(req, deps.config.METRICS_TOKEN);
    reply.header('content-type', registry.contentType);
    return registry.metrics();
  });
};
