import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZOk } from '../../../shared/contracts/common.js';
import { ZContactList, ZListContactsQuery } from '../../../shared/contracts/contacts.js';
import {
  ZCreateSegment,
  ZSegment,
  ZSegmentList,
  ZUpdateSegment,
} from '../../../shared/contracts/segments.js';
import type { AppDeps } from '../../deps.js';
import { authorize } from '../../http/principal.js';
import * as service from './segments.service.js';

const ZParams = z.object({ id: z.uuid() });

export const segmentsRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const tags = ['segments'];

  app.get(
    '/api/v1/segments',
    {
      schema: {
        tags,
        summary: 'Saved segments with their current size',
        operationId: 'listSegments',
        description: 'Lists the saved segments with the number of contacts each matches right now.',
        response: { 200: ZSegmentList },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'org.read');
      return { items: await service.listSegments(deps, organizationId) };
    },
  );

  app.post(
    '/api/v1/segments',
    {
      schema: {
        tags,
        summary: 'Save a segment',
        operationId: 'createSegment',
        description:
          'Saves a named contact filter that sends, the widget and analytics can target. Names are unique in the organization (409).',
        body: ZCreateSegment,
        response: { 201: ZSegment },
      },
    },
    async (req, reply) => {
      const { organizationId } = authorize(req.principal, 'data.write');
      return reply.status(201).send(await service.createSegment(deps, organizationId, req.body));
    },
  );

  app.get(
    '/api/v1/segments/:id',
    {
      schema: {
        tags,
        summary: 'One segment',
        operationId: 'getSegment',
        description: 'Returns one saved segment with its filter and current size.',
        params: ZParams,
        response: { 200: ZSegment },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'org.read');
      return service.getSegment(deps, organizationId, req.params.id);
    },
  );

  app.patch(
    '/api/v1/segments/:id',
    {
      schema: {
        tags,
        summary: 'Rename a segment or change its filter',
        operationId: 'updateSegment',
        description:
          'Renames a segment or replaces its filter; omitted fields keep their value. A name another segment has gets 409.',
        params: ZParams,
        body: ZUpdateSegment,
        response: { 200: ZSegment },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'data.write');
      return service.updateSegment(deps, organizationId, req.params.id, req.body);
    },
  );

  app.delete(
    '/api/v1/segments/:id',
    {
      schema: {
        tags,
        summary: 'Delete a segment (its contacts stay)',
        operationId: 'deleteSegment',
        description: 'Deletes a saved segment; the contacts it matched are not touched.',
        params: ZParams,
        response: { 200: ZOk },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'data.write');
      await service.deleteSegment(deps, organizationId, req.params.id);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/v1/segments/:id/contacts',
    {
      schema: {
        tags,
        summary: 'The contacts in a segment right now',
        operationId: 'listSegmentContacts',
        description:
          'Lists the contacts the segment matches right now, newest first, a page at a time (`cursor` and `limit` as in listContacts).',
        params: ZParams,
        querystring: ZListContactsQuery.pick({ cursor: true, limit: true }),
        response: { 200: ZContactList },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'org.read');
      return service.listSegmentContacts(deps, organizationId, req.params.id, req.query);
    },
  );
};
