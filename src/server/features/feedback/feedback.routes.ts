import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { FEEDBACK_LIMITS, ZFeedbackItem, ZFeedbackList, ZFeedbackBatch, ZFeedbackListQuery, ZFeedbackRequest, ZIngestResult } from '../../../shared/contracts/feedback.js';
import type { AppDeps } from '../../deps.js';
import { authorize } from '../../http/principal.js';
import { envelopeOnly } from './batch-entries.js';
import { getFeedback, listFeedback, submitFeedback } from './feedback.service.js';

export const feedbackRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const tags = ['feedback'];

  app.post(
    '/api/v1/feedback',
    {
      schema: {
        tags,
        summary: 'Ingest feedback from any touchpoint (one item or a batch)',
        description: `Body: one FeedbackInput or an array of up to ${FEEDBACK_LIMITS.batch}. Each entry is checked on its own: bad entries are listed in \`errors\` with their index and field, good ones stored. A single object with a bad entry gets 400. A repeated (channel, externalRef) is stored once and reported as a duplicate with the stored id. Fields: channel, source (≤ ${FEEDBACK_LIMITS.source}), text (≤ ${FEEDBACK_LIMITS.text}), rating { value, scaleMin, scaleMax, metric? }, occurredAt (≤ ${FEEDBACK_LIMITS.futureSkewMinutes} min in the future), link (http/https), product, touchpoint, language (ISO 639-1), contactExternalId or author { email, handle, name }, externalRef. Unknown properties are refused.`,
        body: ZFeedbackBatch,
        response: { 200: ZIngestResult },
      },
      validatorCompiler: envelopeOnly(ZFeedbackRequest),
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'data.write');
      return submitFeedback(deps, organizationId, req.body);
    },
  );

  app.get('/api/v1/feedback', { schema: { tags, summary: 'List feedback items, newest first', querystring: ZFeedbackListQuery, response: { 200: ZFeedbackList } } }, async (req) => {
    const { organizationId } = authorize(req.principal, 'org.read');
    return listFeedback(deps, organizationId, req.query);
  });

  app.get(
    '/api/v1/feedback/:id',
    { schema: { tags, summary: 'One feedback item', params: z.object({ id: z.uuid() }), response: { 200: ZFeedbackItem } } },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'org.read');
      return getFeedback(deps, organizationId, req.params.id);
    },
  );
};
