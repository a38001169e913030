import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZOk } from '../../../shared/contracts/common.js';
import {
  ZCreatedWebhookEndpoint,
  ZCreateWebhookEndpoint,
  ZReplayResult,
  ZReplayWebhook,
  ZRotateWebhookSecret,
  ZUpdateWebhookEndpoint,
  ZWebhookDelivery,
  ZWebhookDeliveryList,
  ZWebhookDeliveryParams,
  ZWebhookDeliveryQuery,
  ZWebhookEndpoint,
  ZWebhookEndpointList,
  ZWebhookEndpointParams,
  ZWebhookSecret,
} from '../../../shared/contracts/webhooks.js';
import type { AppDeps } from '../../deps.js';
import { authorize } from '../../http/principal.js';
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  getWebhookEndpoint,
  listWebhookEndpoints,
  rotateWebhookSecret,
  updateWebhookEndpoint,
} from './manage-webhooks.service.js';
import {
  listWebhookDeliveries,
  redeliver,
  replaySince,
  sendTestEvent,
} from './webhook-deliveries.service.js';

/** `/api/v1/webhooks`: endpoints, their secrets and delivery logs. Owners, admins and API keys (`settings.manage`). */
export const webhooksRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const tags = ['webhooks'];
  const params = ZWebhookEndpointParams;

  app.get(
    '/api/v1/webhooks',
    {
      schema: {
        tags,
        summary: 'The organization’s webhook endpoints',
        operationId: 'listWebhookEndpoints',
        description: 'Every endpoint with its event types and state; never a secret.',
        response: { 200: ZWebhookEndpointList },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'settings.manage');
      return listWebhookEndpoints(deps, organizationId);
    },
  );

  app.post(
    '/api/v1/webhooks',
    {
      schema: {
        tags,
        summary: 'Add a webhook endpoint; its signing secret is returned once',
        operationId: 'createWebhookEndpoint',
        description:
          'Deliveries are signed Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`). The URL must resolve to a public address (checked now and at every attempt); a receiver on a private network needs its network in WEBHOOK_ALLOWED_NETWORKS. The secret is in this answer only.',
        body: ZCreateWebhookEndpoint,
        response: { 201: ZCreatedWebhookEndpoint },
      },
    },
    async (req, reply) => {
      const { organizationId } = authorize(req.principal, 'settings.manage');
      return reply.status(201).send(await createWebhookEndpoint(deps, organizationId, req.body));
    },
  );

  app.get(
    '/api/v1/webhooks/:id',
    {
      schema: {
        tags,
        summary: 'One webhook endpoint',
        operationId: 'getWebhookEndpoint',
        description: 'The endpoint with its event types, state and failing streak; never its secret.',
        params,
        response: { 200: ZWebhookEndpoint },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'settings.manage');
      return getWebhookEndpoint(deps, organizationId, req.params.id);
    },
  );

  app.patch(
    '/api/v1/webhooks/:id',
    {
      schema: {
        tags,
        summary: 'Change an endpoint’s URL, event types or description, or turn it off or on',
        operationId: 'updateWebhookEndpoint',
        description:
          'Turning an endpoint on again (after a 410 or five days of failures disabled it) clears its failing streak.',
        params,
        body: ZUpdateWebhookEndpoint,
        response: { 200: ZWebhookEndpoint },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'settings.manage');
      return updateWebhookEndpoint(deps, organizationId, req.params.id, req.body);
    },
  );

  app.delete(
    '/api/v1/webhooks/:id',
    {
      schema: {
        tags,
        summary: 'Remove an endpoint with its delivery log',
        operationId: 'deleteWebhookEndpoint',
        description: 'Nothing more is sent to it; deliveries still queued are dropped with the log.',
        params,
        response: { 200: ZOk },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'settings.manage');
      return deleteWebhookEndpoint(deps, organizationId, req.params.id);
    },
  );

  app.post(
    '/api/v1/webhooks/:id/secret',
    {
      schema: {
        tags,
        summary: 'Rotate the signing secret; the new one is returned once',
        operationId: 'rotateWebhookSecret',
        description:
          'The new secret signs at once; the old one keeps signing beside it for `overlapHours` (both signatures in `webhook-signature`), so receivers can switch without losing a delivery. 0 stops the old one at once.',
        params,
        body: ZRotateWebhookSecret,
        response: { 200: ZWebhookSecret },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'settings.manage');
      return rotateWebhookSecret(deps, organizationId, req.params.id, req.body.overlapHours);
    },
  );

  app.post(
    '/api/v1/webhooks/:id/test',
    {
      schema: {
        tags,
        summary: 'Send a signed test event (`webhook.test`) to the endpoint',
        operationId: 'sendWebhookTestEvent',
        description: 'Queued at once; its attempts show in the delivery log.',
        params,
        response: { 202: ZWebhookDelivery },
      },
    },
    async (req, reply) => {
      const { organizationId } = authorize(req.principal, 'settings.manage');
      return reply.status(202).send(await sendTestEvent(deps, organizationId, req.params.id));
    },
  );

  app.get(
    '/api/v1/webhooks/:id/deliveries',
    {
      schema: {
        tags,
        summary: 'The endpoint’s delivery log (30 days), newest first',
        operationId: 'listWebhookDeliveries',
        description:
          'Each delivery with its body as signed and its attempts: status, first bytes of the answer, duration.',
        params,
        querystring: ZWebhookDeliveryQuery,
        response: { 200: ZWebhookDeliveryList },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'settings.manage');
      return listWebhookDeliveries(deps, organizationId, req.params.id, req.query);
    },
  );

  app.post(
    '/api/v1/webhooks/:id/deliveries/:deliveryId/redeliver',
    {
      schema: {
        tags,
        summary: 'Send one delivery again',
        operationId: 'redeliverWebhook',
        description:
          'A copy with the same `webhook-id` and body, signed anew, on a schedule of its own. 409 while the endpoint is disabled.',
        params: ZWebhookDeliveryParams,
        response: { 202: ZWebhookDelivery },
      },
    },
    async (req, reply) => {
      const { organizationId } = authorize(req.principal, 'settings.manage');
      return reply
        .status(202)
        .send(await redeliver(deps, organizationId, req.params.id, req.params.deliveryId));
    },
  );

  app.post(
    '/api/v1/webhooks/:id/replay',
    {
      schema: {
        tags,
        summary: 'Send every event since a date again (up to 30 days back)',
        operationId: 'replayWebhooks',
        description:
          'Copies of every event delivery of the endpoint since `since`, oldest first, each with its original `webhook-id`. 409 while the endpoint is disabled.',
        params,
        body: ZReplayWebhook,
        response: { 202: ZReplayResult },
      },
    },
    async (req, reply) => {
      const { organizationId } = authorize(req.principal, 'settings.manage');
      return reply
        .status(202)
        .send(await replaySince(deps, organizationId, req.params.id, new Date(req.body.since)));
    },
  );
};
