import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ZAlertRule,
  ZAlertRuleList,
  ZAlertRuleParams,
  ZCreateAlertRule,
  ZIntegrationSettings,
  ZUpdateAlertRule,
} from '../../../shared/contracts/alerts.js';
import { ZOk } from '../../../shared/contracts/common.js';
import { ZWebhookDeliveryList, ZWebhookDeliveryQuery } from '../../../shared/contracts/webhooks.js';
import type { AppDeps } from '../../deps.js';
import { authorize } from '../../http/principal.js';
import { listAlertDeliveries } from './alert-deliveries.service.js';
import { getIntegrationSettings, putIntegrationSettings } from './integration-settings.service.js';
import {
  createAlertRule,
  deleteAlertRule,
  getAlertRule,
  listAlertRules,
  updateAlertRule,
} from './manage-alert-rules.service.js';

/**
 * `/api/v1/alert-rules` (which events go to which Slack or Teams channel, mail list or webhook
 * endpoint) and `/api/v1/settings/integrations` (ids-only payloads). Owners, admins and API keys
 * (`settings.manage`), like webhooks.
 */
export const alertsRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const tags = ['alerts'];
  const params = ZAlertRuleParams;

  app.get(
    '/api/v1/alert-rules',
    {
      schema: {
        tags,
        summary: 'The organization’s alert rules',
        operationId: 'listAlertRules',
        description:
          'Every rule with its events, conditions, language and target; Slack and Teams URLs only as a hint.',
        response: { 200: ZAlertRuleList },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'settings.manage');
      return listAlertRules(deps, organizationId);
    },
  );

  app.post(
    '/api/v1/alert-rules',
    {
      schema: {
        tags,
        summary: 'Add an alert rule',
        operationId: 'createAlertRule',
        description:
          'Matching events go to a Slack incoming webhook (Block Kit), a Microsoft Teams incoming webhook (Adaptive Card), a list of e-mail addresses or an existing webhook endpoint. Slack and Teams get about one message a second per URL: a burst becomes one summary, nothing is dropped. A Slack or Teams URL must resolve to a public address (checked now and at every attempt) and is stored encrypted.',
        body: ZCreateAlertRule,
        response: { 201: ZAlertRule },
      },
    },
    async (req, reply) => {
      const { organizationId } = authorize(req.principal, 'settings.manage');
      return reply.status(201).send(await createAlertRule(deps, organizationId, req.body));
    },
  );

  app.get(
    '/api/v1/alert-rules/:id',
    {
      schema: {
        tags,
        summary: 'One alert rule',
        operationId: 'getAlertRule',
        description: 'The rule with its state; a Slack or Teams URL only as a hint.',
        params,
        response: { 200: ZAlertRule },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'settings.manage');
      return getAlertRule(deps, organizationId, req.params.id);
    },
  );

  app.patch(
    '/api/v1/alert-rules/:id',
    {
      schema: {
        tags,
        summary: 'Change an alert rule, or turn it off or on',
        operationId: 'updateAlertRule',
        description:
          'A target is replaced whole. Turning a rule on again (after Slack or Teams answered 410, or five days of failures) clears its failing streak.',
        params,
        body: ZUpdateAlertRule,
        response: { 200: ZAlertRule },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'settings.manage');
      return updateAlertRule(deps, organizationId, req.params.id, req.body);
    },
  );

  app.delete(
    '/api/v1/alert-rules/:id',
    {
      schema: {
        tags,
        summary: 'Remove an alert rule with its queued alerts and delivery log',
        operationId: 'deleteAlertRule',
        description: 'Nothing more is sent for it; alerts still waiting are dropped.',
        params,
        response: { 200: ZOk },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'settings.manage');
      return deleteAlertRule(deps, organizationId, req.params.id);
    },
  );

  app.get(
    '/api/v1/alert-rules/:id/deliveries',
    {
      schema: {
        tags,
        summary: 'The rule’s Slack or Teams messages (30 days), newest first',
        operationId: 'listAlertDeliveries',
        description:
          'Each message with its body as sent and its attempts, like a webhook endpoint’s log. Alerts to a mail list are in the mail outbox; to a webhook endpoint, in its log.',
        params,
        querystring: ZWebhookDeliveryQuery,
        response: { 200: ZWebhookDeliveryList },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'settings.manage');
      return listAlertDeliveries(deps, organizationId, req.params.id, req.query);
    },
  );

  app.get(
    '/api/v1/settings/integrations',
    {
      schema: {
        tags,
        summary: 'Integration settings: ids-only payloads',
        operationId: 'getIntegrationSettings',
        description: 'Whether webhook payloads and alert messages carry ids, scores and links only.',
        response: { 200: ZIntegrationSettings },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'settings.manage');
      return getIntegrationSettings(deps.db, organizationId);
    },
  );

  app.put(
    '/api/v1/settings/integrations',
    {
      schema: {
        tags,
        summary: 'Set the integration settings',
        operationId: 'putIntegrationSettings',
        description:
          'With idsOnly, webhook payloads built from now on carry no comment excerpt and no case subject, and alert messages going out from now on (queued ones included) no names, e-mail addresses, comments or case subjects.',
        body: ZIntegrationSettings,
        response: { 200: ZIntegrationSettings },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'settings.manage');
      return putIntegrationSettings(deps, organizationId, req.body);
    },
  );
};
