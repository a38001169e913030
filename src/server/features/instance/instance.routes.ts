import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZInstanceInfo } from '../../../shared/contracts/instance.js';
import type { AppDeps } from '../../deps.js';
import { getInstanceInfo } from './instance.service.js';

/** Public: asked before anyone signs in, so no authorize() here. */
export const instanceRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  app.get(
    '/api/v1/instance',
    {
      schema: {
        tags: ['instance'],
        summary: 'Whether sign-up is open and whether any account exists (public, no organization data)',
        operationId: 'getInstanceInfo',
        description:
          'Tells a client, before anyone signs in, whether sign-up is open and whether any account exists yet. Public; it holds no organization data.',
        security: [],
        response: { 200: ZInstanceInfo },
      },
    },
    async () => getInstanceInfo(deps),
  );
};
