import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ZBenchmark,
  ZBenchmarkInput,
  ZBenchmarkList,
  ZBenchmarkParams,
  ZBenchmarksQuery,
} from '../../../shared/contracts/benchmarks.js';
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
        summary:
          "Benchmarks for an industry (default: the organization's), each with source, year, method and market: built-in, edited or the organization's own",
        operationId: 'listBenchmarks',
        description:
          'Lists benchmark entries for an industry (by default the organization’s), each with source, year, method and market: built-in entries, edited copies and the organization’s own.',
        querystring: ZBenchmarksQuery,
        response: { 200: ZBenchmarkList },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'analytics.read');
      return service.listBenchmarks(deps, organizationId, req.query);
    },
  );

  app.post(
    '/api/v1/benchmarks',
    {
      schema: {
        tags,
        summary: 'Add an own benchmark entry',
        operationId: 'createBenchmark',
        description: 'Adds a benchmark entry of the organization’s own. Owners and admins only.',
        body: ZBenchmarkInput,
        response: { 201: ZBenchmark },
      },
    },
    async (req, reply) => {
      const { organizationId } = authorize(req.principal, 'settings.manage');
      return reply.status(201).send(await service.createBenchmark(deps, organizationId, req.body));
    },
  );

  app.put(
    '/api/v1/benchmarks/:id',
    {
      schema: {
        tags,
        summary: 'Replace an own entry, or store an edited copy of a built-in entry (by its id)',
        operationId: 'putBenchmark',
        description:
          'Replaces an own entry, or, given a built-in entry’s id, stores an edited copy that is shown instead of it (restoreBenchmark undoes that). Repeating the call changes nothing more.',
        params: ZBenchmarkParams,
        body: ZBenchmarkInput,
        response: { 200: ZBenchmark },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'settings.manage');
      return service.putBenchmark(deps, organizationId, req.params.id, req.body);
    },
  );

  app.delete(
    '/api/v1/benchmarks/:id',
    {
      schema: {
        tags,
        summary: 'Delete an own entry; hide a built-in entry; drop the edit of an edited built-in entry',
        operationId: 'deleteBenchmark',
        description:
          'Deletes an own entry, hides a built-in one, or drops the edit of an edited built-in entry.',
        params: ZBenchmarkParams,
        response: { 200: ZOk },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'settings.manage');
      await service.deleteBenchmark(deps, organizationId, req.params.id);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/v1/benchmarks/:id/restore',
    {
      schema: {
        tags,
        summary: 'Show a built-in entry as shipped again (drops its edit or hidden mark)',
        operationId: 'restoreBenchmark',
        description: 'Shows a built-in entry as shipped again, dropping its edit or hidden mark.',
        params: ZBenchmarkParams,
        response: { 200: ZBenchmark },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'settings.manage');
      return service.restoreBenchmark(deps, organizationId, req.params.id);
    },
  );
};
