import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ZMetricsCompareQuery,
  ZMetricsComparison,
  ZMetricsQuery,
  ZMetricsResult,
} from '../../../shared/contracts/metrics.js';
import type { AppDeps } from '../../deps.js';
import { authorize } from '../../http/principal.js';
import { compareMetricPeriods, getMetrics } from './metrics.service.js';
import { ZFunnelQuery, ZOrgFunnel } from '../../../shared/contracts/funnel.js';
import { getOrgFunnel } from './funnel.service.js';
import { ZNpsSnapshot, ZNpsSnapshotQuery } from '../../../shared/contracts/metrics-snapshot.js';
import { getNpsSnapshot } from './snapshot.service.js';

export const metricsRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  app.get(
    '/api/v1/metrics',
    {
      schema: {
        tags: ['analytics'],
        summary:
          'NPS, CSAT or CES with n, 95 % interval and category counts: overall, as a trend (week, month, quarter) or a breakdown with false-discovery-rate controlled significance marks and the minimum detectable difference',
        operationId: 'getMetrics',
        description:
          'Computes NPS, CSAT or CES for the filtered answers: overall, as a trend, or broken down by a dimension, each value with n and its 95 % interval. Filters by period, survey, segment, region, product, language, channel and touchpoint, and by what the comment says (`theme`, `sentiment`: counted from the matching answers, since no rollup records them); an unknown `surveyId` gets 404.',
        errors: [404],
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
    '/api/v1/metrics/funnel',
    {
      schema: {
        tags: ['analytics'],
        summary:
          "The send funnel over all of the organization's survey invitations in a period (invited, sent, delivered, opened when tracked, clicked, answered, bounced, unsubscribed, throttled) and the response rate with its Wilson interval",
        operationId: 'getSendFunnel',
        description:
          'Counts the funnel of all survey invitations sent in a period, from invited to answered, with the response rate and its Wilson interval. Opens are counted only where open tracking is on.',
        errors: [404],
        querystring: ZFunnelQuery,
        response: { 200: ZOrgFunnel },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'analytics.read');
      return getOrgFunnel(deps, organizationId, req.query);
    },
  );

  app.get(
    '/api/v1/metrics/compare',
    {
      schema: {
        tags: ['analytics'],
        summary:
          'NPS of period B against period A: the difference with its interval and p-value, and whether it is a significant, material or confirmed drop',
        operationId: 'compareMetricPeriods',
        description:
          'Compares NPS in period B with period A: the difference with its interval and p-value, and whether the change is a significant, material or confirmed drop.',
        errors: [404],
        querystring: ZMetricsCompareQuery,
        response: { 200: ZMetricsComparison },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'analytics.read');
      return compareMetricPeriods(deps, organizationId, req.query);
    },
  );

  app.get(
    '/api/v1/metrics/snapshot',
    {
      schema: {
        tags: ['analytics'],
        summary:
          "Promoters, passives and detractors right now: each contact's latest NPS answer, shares with Wilson intervals, NPS with its interval, and how many contacts were never asked or never answered",
        operationId: 'getNpsSnapshot',
        description:
          'Classifies every contact by their latest NPS answer as of now and returns the shares with Wilson intervals, NPS with its interval, and how many contacts were never asked or never answered.',
        errors: [404],
        querystring: ZNpsSnapshotQuery,
        response: { 200: ZNpsSnapshot },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'analytics.read');
      return getNpsSnapshot(deps, organizationId, req.query);
    },
  );
};
