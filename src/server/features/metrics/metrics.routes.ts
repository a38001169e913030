import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZMetricsCompareQuery, ZMetricsComparison, ZMetricsQuery, ZMetricsResult } from '../../../shared/contracts/metrics.js';
import type { AppDeps } from '../../deps.js';
import { authorize } from '../../http/principal.js';
import { compareMetricPeriods, getMetrics } from './metrics.service.js';

export const metricsRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  app.get(
    '/api/v1/metrics',
    {
      schema: {
        tags: ['analytics'],
        summary:
          'NPS, CSAT or CES with n, 95 % interval and category counts: overall, as a trend (week, month, quarter) or a breakdown with false-discovery-rate controlled significance marks and the minimum detectable difference',
        querystring: ZMetricsQuery,
        response: { 200: ZMetricsResult },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'analytics.read');
      return getMetrics(deps, organizationId, req.query);
    },
  );

  app.get(
    '/api/v1/metrics/compare',
    {
      schema: {
        tags: ['analytics'],
        summary: 'NPS of period B against period A: the difference with its interval and p-value, and whether it is a significant, material or confirmed drop',
        querystring: ZMetricsCompareQuery,
        response: { 200: ZMetricsComparison },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'analytics.read');
      return compareMetricPeriods(deps, organizationId, req.query);
    },
  );
};
