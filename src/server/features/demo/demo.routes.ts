import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../deps.js';
import { authorize } from '../../http/principal.js';
import { createDemoWorkspace } from './demo.service.js';

/** Kept here until the dashboard needs it; then it moves to shared/contracts/demo.ts. */
export const ZDemoResult = z
  .object({
    contacts: z.number().int().meta({ description: 'Contacts created' }),
    feedbackItems: z.number().int().meta({ description: 'Survey answers, reviews, tickets and chats created' }),
  })
  .meta({ id: 'DemoResult' });

export const demoRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  app.post(
    '/api/v1/demo',
    {
      schema: {
        tags: ['demo'],
        summary: 'Fill an empty organization with two years of realistic demo customers and feedback',
        response: { 201: ZDemoResult },
      },
    },
    async (req, reply) => {
      const { organizationId } = authorize(req.principal, 'data.write');
      return reply.status(201).send(await createDemoWorkspace(deps, organizationId));
    },
  );
};
