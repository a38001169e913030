import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ZRecordResponse,
  ZResponse,
  ZResponseList,
  ZResponseQuery,
} from '../../../shared/contracts/responses.js';
import type { AppDeps } from '../../deps.js';
import { authorize } from '../../http/principal.js';
import { listResponses, submitResponse } from './responses.service.js';

export const responsesRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const tags = ['responses'];

  app.get(
    '/api/v1/responses',
    {
      schema: {
        tags,
        summary:
          'Answers behind a number, newest first (keyset cursor): survey answers from every channel and scores sent through the feedback API, filtered like the metrics API (a drill-down lists exactly the n it reports) plus metric, NPS category, score and comment; the first page carries the total',
        operationId: 'listResponses',
        description:
          'Lists the answers behind any number the metrics API reports, newest first, a page at a time: pass `nextCursor` back as `cursor`; the first page carries `total`. Takes the metrics filters (theme and sentiment of the comment included) plus metric, NPS category, score, comment presence and comment search.',
        querystring: ZResponseQuery,
        response: { 200: ZResponseList },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'analytics.read');
      return listResponses(deps, organizationId, req.query);
    },
  );

  app.post(
    '/api/v1/responses',
    {
      schema: {
        tags,
        summary: 'Record an answer collected elsewhere (201 new; 200 when externalRef repeats, unchanged)',
        operationId: 'recordResponse',
        description:
          'Records an answer collected outside Resonance for one of your surveys. Idempotent by `externalRef`: a repeat returns the stored answer with 200 and changes nothing, a new answer gets 201. An unknown `surveyId` gets 404, an archived survey 409.',
        errors: [404],
        body: ZRecordResponse,
        response: { 200: ZResponse, 201: ZResponse },
      },
    },
    async (req, reply) => {
      const { organizationId } = authorize(req.principal, 'data.write');
      const { response, isNew } = await submitResponse(deps, organizationId, req.body);
      return reply.status(isNew ? 201 : 200).send(response);
    },
  );
};
