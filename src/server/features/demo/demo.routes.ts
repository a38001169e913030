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
        summary:
          'Fill an empty organization with two years of realistic demo customers, feedback and the survey programme behind it',
        operationId: 'createDemoData',
        description:
          'Fills an empty organization with two years of realistic demo customers, events, feedback and survey answers, and the survey programme behind them, so every screen has something to show. Refused with 409 once the organization has contacts; meant for trying Resonance, not for production data.',
        response: { 201: ZDemoResult },
      },
    },
    async (req, reply) => {
      const { organizationId } = authorize(req.principal, 'data.write');
      return reply.status(201).send(await createDemoWorkspace(deps, organizationId));
    },
  );
};
