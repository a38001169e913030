import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  EVENT_LIMITS,
  ZEventList,
  ZEventListQuery,
  ZEventsBatch,
  ZEventsIngestResult,
  ZEventsRequest,
} from '../../../shared/contracts/events.js';
import type { AppDeps } from '../../deps.js';
import { authorize } from '../../http/principal.js';
import { envelopeOnly } from '../feedback/batch-entries.js';
import { listEvents, submitEvents } from './events.service.js';

export const eventsRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const tags = ['events'];

  app.post(
    '/api/v1/events',
    {
      schema: {
        tags,
        summary: 'Record behaviour events of contacts (one or a batch)',
        operationId: 'recordEvents',
        description: `Body: one EventInput or an array of up to ${EVENT_LIMITS.batch}. Fields: contactExternalId (an existing contact), type (login, purchase, feature_used, offer_ignored, support_contact, subscription_cancelled or a custom lower-case type ≤ 64 characters), value, revenue, occurredAt (≤ ${EVENT_LIMITS.futureSkewMinutes} min in the future), properties (≤ ${EVENT_LIMITS.propertiesKeys} keys, ≤ 8 KB as JSON), eventId. A repeated eventId is stored once and reported as a duplicate. Bad entries are listed in \`errors\`, good ones stored; a single object with a bad entry gets 400.`,
        body: ZEventsBatch,
        response: { 200: ZEventsIngestResult },
      },
      validatorCompiler: envelopeOnly(ZEventsRequest),
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'data.write');
      return submitEvents(deps, organizationId, req.body);
    },
  );

  app.get(
    '/api/v1/events',
    {
      schema: {
        tags,
        summary: 'List behaviour events, newest first',
        operationId: 'listEvents',
        description:
          'Lists behaviour events, newest first, a page at a time (`cursor`, `limit` up to 200), optionally of one contact, one type or a time range.',
        querystring: ZEventListQuery,
        response: { 200: ZEventList },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'org.read');
      return listEvents(deps, organizationId, req.query);
    },
  );
};
