import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZThemes, ZThemesQuery } from '../../../shared/contracts/themes.js';
import type { AppDeps } from '../../deps.js';
import { authorize } from '../../http/principal.js';
import { listThemes } from './list-themes.service.js';

const tags = ['themes'];

export const themesRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  app.get(
    '/api/v1/themes',
    {
      schema: {
        tags,
        summary: 'What comments are about: each theme’s volume, sentiment and NPS impact in a period',
        operationId: 'listThemes',
        description:
          'Every curated theme (German and English comments map to the same theme) with its mentions in the period, their share of the analysed comments with a 95 % Wilson interval, the mean sentiment of the sentences that mention it, and its NPS impact — NPS(all) − NPS(all without the theme) with a 95 % interval, hidden below 10 answers. Comments are read on this server by the text stage; none leaves it.',
        querystring: ZThemesQuery,
        response: { 200: ZThemes },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'org.read');
      return listThemes(deps.db, organizationId, req.query);
    },
  );
};
