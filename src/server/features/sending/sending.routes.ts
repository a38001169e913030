import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZCreateSend,
  ZInvitationList,
  ZInvitationQuery,
  ZSendingSettings,
  ZSendResult,
  ZSendToContacts,
  ZSurveyDelivery,
  ZSurveyDeliveryState,
  ZSurveySend,
  ZSurveySendList,
  ZSuppressionCounts,
  ZSuppressionQuery,
  ZSuppressionState,
  ZUpdateSendingSettings,
} from '../../../shared/contracts/sending.js';
import type { AppDeps } from '../../deps.js';
import { authorize } from '../../http/principal.js';
import * as programs from './programs.service.js';
import { sendToContacts } from './send-survey.service.js';
import { getSendingSettings, updateSettings } from './sending-settings.service.js';
import { getDelivery, setDelivery } from './survey-delivery.service.js';
import { checkSuppression, suppress, suppressionCounts, unsuppress } from './suppressions.service.js';

const ZParams = z.object({ id: z.uuid() });

export const sendingRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const tags = ['sending'];

  app.post(
    '/api/v1/surveys/:id/send',
    { schema: { tags, summary: 'Invite contacts by externalId, now or after delaySeconds; each contact is decided on its own (consent, throttling, quota)', params: ZParams, body: ZSendToContacts, response: { 200: ZSendResult } } },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'data.write');
      return sendToContacts(deps, organizationId, req.params.id, req.body);
    },
  );

  app.get('/api/v1/surveys/:id/sends', { schema: { tags, summary: 'Sends of a survey with their funnels', params: ZParams, response: { 200: ZSurveySendList } } }, async (req) => {
    const { organizationId } = authorize(req.principal, 'org.read');
    return programs.listSends(deps, organizationId, req.params.id);
  });

  app.post('/api/v1/surveys/:id/sends', { schema: { tags, summary: 'Start a one-off, recurring or event-triggered send', params: ZParams, body: ZCreateSend, response: { 201: ZSurveySend } } }, async (req, reply) => {
    const { organizationId } = authorize(req.principal, 'data.write');
    return reply.status(201).send(await programs.createSend(deps, organizationId, req.params.id, req.body));
  });

  app.post(
    '/api/v1/sends/:id/status',
    { schema: { tags, summary: 'Pause or resume a recurring or event-triggered send', params: ZParams, body: z.strictObject({ status: z.enum(['active', 'paused']) }), response: { 200: ZSurveySend } } },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'data.write');
      return programs.setSendStatus(deps, organizationId, req.params.id, req.body.status);
    },
  );

  app.get('/api/v1/surveys/:id/invitations', { schema: { tags, summary: 'Invitations of a survey, newest first, with skip reasons', params: ZParams, querystring: ZInvitationQuery, response: { 200: ZInvitationList } } }, async (req) => {
    const { organizationId } = authorize(req.principal, 'org.read');
    return programs.listInvitations(deps, organizationId, req.params.id, req.query);
  });

  app.get('/api/v1/surveys/:id/delivery', { schema: { tags, summary: 'Recontact period, public link with QR code, widget targeting', params: ZParams, response: { 200: ZSurveyDeliveryState } } }, async (req) => {
    const { organizationId } = authorize(req.principal, 'org.read');
    return getDelivery(deps, organizationId, req.params.id);
  });

  app.put('/api/v1/surveys/:id/delivery', { schema: { tags, summary: 'Change how a survey is delivered', params: ZParams, body: ZSurveyDelivery, response: { 200: ZSurveyDeliveryState } } }, async (req) => {
    const { organizationId } = authorize(req.principal, 'settings.manage');
    return setDelivery(deps, organizationId, req.params.id, req.body);
  });

  app.get('/api/v1/settings/sending', { schema: { tags, summary: 'Sending and branding settings', response: { 200: ZSendingSettings } } }, async (req) => {
    const { organizationId } = authorize(req.principal, 'org.read');
    return getSendingSettings(deps, organizationId);
  });

  app.patch('/api/v1/settings/sending', { schema: { tags, summary: 'Change sending and branding settings', body: ZUpdateSendingSettings, response: { 200: ZSendingSettings } } }, async (req) => {
    const { organizationId } = authorize(req.principal, 'settings.manage');
    return updateSettings(deps, organizationId, req.body);
  });

  app.get('/api/v1/suppressions', { schema: { tags, summary: 'How many addresses are suppressed, by reason (the list holds only hashes)', response: { 200: ZSuppressionCounts } } }, async (req) => {
    const { organizationId } = authorize(req.principal, 'org.read');
    return suppressionCounts(deps, organizationId);
  });

  app.get('/api/v1/suppressions/check', { schema: { tags, summary: 'Whether an address is on the suppression list, and why', querystring: ZSuppressionQuery, response: { 200: ZSuppressionState } } }, async (req) => {
    const { organizationId } = authorize(req.principal, 'data.write');
    return checkSuppression(deps, organizationId, req.query.email);
  });

  app.post('/api/v1/suppressions', { schema: { tags, summary: 'Suppress an address: no survey mail reaches it', body: ZSuppressionQuery, response: { 200: ZSuppressionState } } }, async (req) => {
    const { organizationId } = authorize(req.principal, 'data.write');
    return suppress(deps, organizationId, req.body.email);
  });

  app.post('/api/v1/suppressions/remove', { schema: { tags, summary: 'Mail an address again (re-subscribed, mailbox fixed)', body: ZSuppressionQuery, response: { 200: ZSuppressionState } } }, async (req) => {
    const { organizationId } = authorize(req.principal, 'data.write');
    return unsuppress(deps, organizationId, req.body.email);
  });
};
