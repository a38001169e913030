import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ZThemeDetail,
  ZThemeDetailParams,
  ZThemeDetailQuery,
} from '../../../shared/contracts/theme-detail.js';
import { ZThemes, ZThemesQuery } from '../../../shared/contracts/themes.js';
import type { AppDeps } from '../../deps.js';
import { authorize } from '../../http/principal.js';
import { listThemes } from './list-themes.service.js';
import { themeDetail } from './theme-detail.service.js';

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
          'Every curated theme (German and English comments map to the same theme) with its mentions in the period, their share of the analysed comments with a 95 % Wilson interval, the mean sentiment of the sentences that mention it, its NPS impact — NPS(all) − NPS(all without the theme) with a 95 % percentile bootstrap interval, hidden below 10 answers — and whether its share rose significantly against the 3× longer stretch before the period (one-sided two-proportion test, at least 10 mentions, Benjamini–Hochberg across the themes at q = 0.05). Comments are read on this server by the text stage; none leaves it.',
        querystring: ZThemesQuery,
        response: { 200: ZThemes },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'org.read');
      return listThemes(deps.db, organizationId, req.query);
    },
  );

  app.get(
    '/api/v1/themes/:themeId',
    {
      schema: {
        tags,
        summary: 'One theme in a period: its share over time, where it comes from, and example comments',
        operationId: 'getTheme',
        description:
          'The theme’s figures as `GET /api/v1/themes` gives them, its share of the analysed comments per day (periods up to 31 days), ISO week or month (beyond a year) with 95 % Wilson intervals, its mentions and share per channel, segment and touchpoint (groups under 30 analysed comments summed, not listed), and up to 8 recent comments that mention it — negative and positive mixed — with the words that put them in the theme and the case holding each, if any. 404 for a theme neither in the catalog nor ever found in the organization’s comments.',
        params: ZThemeDetailParams,
        querystring: ZThemeDetailQuery,
        response: { 200: ZThemeDetail },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'org.read');
      return themeDetail(deps.db, organizationId, req.params.themeId, req.query);
    },
  );
};
