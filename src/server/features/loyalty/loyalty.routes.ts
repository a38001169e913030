import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZLoyaltyEconomics, ZLoyaltyQuery } from '../../../shared/contracts/loyalty.js';
import type { AppDeps } from '../../deps.js';
import { authorize } from '../../http/principal.js';
import { getLoyaltyEconomics } from './loyalty.service.js';

export const loyaltyRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  app.get(
    '/api/v1/loyalty',
    {
      schema: {
        tags: ['analytics'],
        summary:
          'Loyalty economics per NPS category at survey time: customers, 12-month retention and repurchase with Wilson intervals, revenue and its share, observed customer value with a bootstrap interval, the promoter/detractor ratio, and the published claims to compare with (associations, not causes)',
        operationId: 'getLoyaltyEconomics',
        description:
          'Compares promoters, passives and detractors, by their answer at survey time, on retention, repurchase and revenue in the 12 months after. It shows associations, not causes; retention and repurchase come with Wilson intervals, customer value with a bootstrap interval.',
        errors: [404],
        querystring: ZLoyaltyQuery,
        response: { 200: ZLoyaltyEconomics },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'analytics.read');
      return getLoyaltyEconomics(deps, organizationId, req.query);
    },
  );
};
