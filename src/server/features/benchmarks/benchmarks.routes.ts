import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZBenchmark, ZBenchmarkInput, ZBenchmarkList, ZBenchmarkParams, ZBenchmarksQuery } from '../../../shared/contracts/benchmarks.js';
import { ZOk } from '../../../shared/contracts/common.js';
import type { AppDeps } from '../../deps.js';
import { authorize } from '../../http/principal.js';
import * as service from './benchmarks.service.js';

export const benchmarksRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const tags = ['analytics'];

  app.get(
    '/api/v1/benchmarks',
    {
      schema: {
        tags,
        summary: "Benchmarks for an industry (default: the organization's), each with source, year, method and market: built-in, edited or the organization's own",
        querystring: ZBenchmarksQuery,
        response: { 200: ZBenchmarkList },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'analytics.read');
      return service.listBenchmarks(deps, organizationId, req.query);
    },
  );

  app.post('/api/v1/benchmarks', { schema: { tags, summary: 'Add an own benchmark entry', body: ZBenchmarkInput, response: { 201: ZBenchmark } } }, async (req, reply) => {
    const { organizationId } = authorize(req.principal, 'settings.manage');
    return reply.status(201).send(await service.createBenchmark(deps, organizationId, req.body));
  });

  app.put(
    '/api/v1/benchmarks/:id',
    { schema: { tags, summary: 'Replace an own entry, or store an edited copy of a built-in entry (by its id)', params: ZBenchmarkParams, body: ZBenchmarkInput, response: { 200: ZBenchmark } } },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'settings.manage');
      return service.putBenchmark(deps, organizationId, req.params.id, req.body);
    },
  );

  app.delete(
    '/api/v1/benchmarks/:id',
    { schema: { tags, summary: 'Delete an own entry; hide a built-in entry; drop the edit of an edited built-in entry', params: ZBenchmarkParams, response: { 200: ZOk } } },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'settings.manage');
      await service.deleteBenchmark(deps, organizationId, req.params.id);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/v1/benchmarks/:id/restore',
    { schema: { tags, summary: 'Show a built-in entry as shipped again (drops its edit or hidden mark)', params: ZBenchmarkParams, response: { 200: ZBenchmark } } },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'settings.manage');
      return service.restoreBenchmark(deps, organizationId, req.params.id);
    },
  );
};
