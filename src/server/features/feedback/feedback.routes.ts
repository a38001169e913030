import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  FEEDBACK_LIMITS,
  ZFeedbackItem,
  ZFeedbackList,
  ZFeedbackBatch,
  ZFeedbackListQuery,
  ZFeedbackRequest,
  ZIngestResult,
} from '../../../shared/contracts/feedback.js';
import type { AppDeps } from '../../deps.js';
import { authorize } from '../../http/principal.js';
import { envelopeOnly } from './batch-entries.js';
import { getFeedback, listFeedback } from './feedback-inbox.service.js';
import { submitFeedback } from './feedback.service.js';

export const feedbackRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const tags = ['feedback'];

  app.post(
    '/api/v1/feedback',
    {
      schema: {
        tags,
        summary: 'Ingest feedback from any touchpoint (one item or a batch)',
        operationId: 'ingestFeedback',
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

  app.get(
    '/api/v1/feedback',
    {
      schema: {
        tags,
        summary: 'The feedback inbox: every item of every channel, newest first',
        operationId: 'listFeedback',
        description:
          'Survey answers, reviews, tickets, chats, social posts and everything sent through the API, newest first (keyset cursor; the first page carries `total`). Filters as in `GET /api/v1/responses` (period, channel, survey, segment, region, product, language, touchpoint, metric, NPS category, score, comment), plus `channel=survey` for every survey answer, `metric=rating` for a source’s own stars, and `source`. `q` searches the comments, each in its language: German and English with stemming ("Rechnungen" finds "Rechnung"), others word by word.',
        querystring: ZFeedbackListQuery,
        response: { 200: ZFeedbackList },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'org.read');
      return listFeedback(deps, organizationId, req.query);
    },
  );

  app.get(
    '/api/v1/feedback/:id',
    {
      schema: {
        tags,
        summary: 'One feedback item',
        operationId: 'getFeedbackItem',
        description:
          'The full item: text, channel, source, score on its scale, contact or anonymous author, the survey of a survey answer, time and the source’s external reference.',
        params: z.object({ id: z.uuid() }),
        response: { 200: ZFeedbackItem },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'org.read');
      return getFeedback(deps, organizationId, req.params.id);
    },
  );
};
