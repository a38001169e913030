import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZWorkspaceSummary } from '../../../shared/contracts/workspace.js';
import type { AppDeps } from '../../deps.js';
import { authorize } from '../../http/principal.js';
import { getWorkspaceSummary } from './workspace.service.js';

export const workspaceRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  app.get(
    '/api/v1/workspace/summary',
    {
      schema: {
        tags: ['workspace'],
        summary:
          'What the organization holds: contacts, feedback per channel, scored answers per metric, languages and time span',
        operationId: 'getWorkspaceSummary',
        description:
          'Counts what the organization holds: contacts, feedback items per channel, scored answers per metric, the languages seen and the time span covered. Handy for checking that an import or an integration has arrived.',
        response: { 200: ZWorkspaceSummary },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'org.read');
      return getWorkspaceSummary(deps, organizationId);
    },
  );
};
