import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZDemoResult } from '../../../shared/contracts/demo.js';
import type { AppDeps } from '../../deps.js';
import { authorize } from '../../http/principal.js';
import { createDemoWorkspace } from './demo.service.js';

export const demoRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  app.post(
    '/api/v1/demo',
    {
      schema: {
        tags: ['demo'],
        summary: 'Fill an empty organization with two years of realistic demo customers, feedback and the survey programme behind it',
        response: { 201: ZDemoResult },
      },
    },
    async (req, reply) => {
      const { organizationId } = authorize(req.principal, 'data.write');
      return reply.status(201).send(await createDemoWorkspace(deps, organizationId));
    },
  );
};
