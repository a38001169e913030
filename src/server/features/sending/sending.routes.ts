import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZCreateSend,
  ZInvitationList,
  ZInvitationQuery,
  ZSendingSettings,
  ZSendOutcomeTotals,
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
import { sendOutcome } from './send-outcome.service.js';
import { sendToContacts } from './send-survey.service.js';
import { getSendingSettings, updateSettings } from './sending-settings.service.js';
import { getDelivery, setDelivery } from './survey-delivery.service.js';
import { checkSuppression, suppress, suppressionCounts, unsuppress } from './suppressions.service.js';

const ZParams = z.object({ id: z.uuid() });

export const sendingRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const tags = ['sending'];

  app.post(
    '/api/v1/surveys/:id/send',
    {
      schema: {
        tags,
        summary:
          'Invite contacts by externalId, now or after delaySeconds; each contact is decided on its own (consent, throttling, quota)',
        operationId: 'sendSurveyToContacts',
        description:
          'Invites contacts, by external id, to a live survey by e-mail, now or after `delaySeconds`. Each contact is decided on its own (consent, recontact throttling, quota) and the result says who was scheduled, held or skipped and why. A survey that is not live gets 409; over the monthly quota the whole call is refused with 402 unless the organization holds such sends.',
        errors: [402],
        params: ZParams,
        body: ZSendToContacts,
        response: { 200: ZSendResult },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'data.write');
      return sendToContacts(deps, organizationId, req.params.id, req.body);
    },
  );

  app.get(
    '/api/v1/surveys/:id/sends',
    {
      schema: {
        tags,
        summary: 'Sends of a survey with their funnels',
        operationId: 'listSurveySends',
        description:
          'Lists the sends of a survey (one-off, recurring, event-triggered) with their status and funnel.',
        params: ZParams,
        response: { 200: ZSurveySendList },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'org.read');
      return programs.listSends(deps, organizationId, req.params.id);
    },
  );

  app.post(
    '/api/v1/surveys/:id/sends',
    {
      schema: {
        tags,
        summary: 'Start a one-off, recurring or event-triggered send',
        operationId: 'createSurveySend',
        description:
          'Starts a send of a survey: to a segment once now or recurring over a period, or to each contact who triggers an event. A one-off send is planned at once and refused whole with 402 over the monthly quota; recurring and event-triggered sends skip contacts over quota instead.',
        errors: [402],
        params: ZParams,
        body: ZCreateSend,
        response: { 201: ZSurveySend },
      },
    },
    async (req, reply) => {
      const { organizationId } = authorize(req.principal, 'data.write');
      return reply.status(201).send(await programs.createSend(deps, organizationId, req.params.id, req.body));
    },
  );

  app.post(
    '/api/v1/sends/:id/status',
    {
      schema: {
        tags,
        summary: 'Pause or resume a recurring or event-triggered send',
        operationId: 'setSendStatus',
        description:
          'Pauses or resumes a recurring or event-triggered send; while it is paused, nobody new is invited.',
        params: ZParams,
        body: z.strictObject({ status: z.enum(['active', 'paused']) }),
        response: { 200: ZSurveySend },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'data.write');
      return programs.setSendStatus(deps, organizationId, req.params.id, req.body.status);
    },
  );

  app.get(
    '/api/v1/sends/:id/outcome',
    {
      schema: {
        tags,
        summary: 'What became of every invitation of a send: invited, held, skipped by reason',
        operationId: 'getSendOutcome',
        description:
          'Totals counted over all invitations of the send (not a page of them), with the earliest date held or throttled contacts can be asked.',
        params: ZParams,
        response: { 200: ZSendOutcomeTotals },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'org.read');
      return sendOutcome(deps, organizationId, req.params.id);
    },
  );

  app.get(
    '/api/v1/surveys/:id/invitations',
    {
      schema: {
        tags,
        summary: 'Invitations of a survey, newest first, with skip reasons',
        operationId: 'listSurveyInvitations',
        description:
          'Lists a survey’s invitations, newest first, a page at a time (`cursor`, `limit` up to 200), optionally of one send or in one state, with the reason each skipped contact was not asked.',
        params: ZParams,
        querystring: ZInvitationQuery,
        response: { 200: ZInvitationList },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'org.read');
      return programs.listInvitations(deps, organizationId, req.params.id, req.query);
    },
  );

  app.get(
    '/api/v1/surveys/:id/delivery',
    {
      schema: {
        tags,
        summary: 'Recontact period, public link with QR code, widget targeting',
        operationId: 'getSurveyDelivery',
        description:
          'Returns how a survey reaches people: its recontact period, its public link with a QR code, and which visitors the in-app widget shows it to.',
        params: ZParams,
        response: { 200: ZSurveyDeliveryState },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'org.read');
      return getDelivery(deps, organizationId, req.params.id);
    },
  );

  app.put(
    '/api/v1/surveys/:id/delivery',
    {
      schema: {
        tags,
        summary: 'Change how a survey is delivered',
        operationId: 'updateSurveyDelivery',
        description:
          'Replaces how a survey is delivered: recontact period, public link and widget targeting. A widget segment must exist (404). Owners and admins only.',
        params: ZParams,
        body: ZSurveyDelivery,
        response: { 200: ZSurveyDeliveryState },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'settings.manage');
      return setDelivery(deps, organizationId, req.params.id, req.body);
    },
  );

  app.get(
    '/api/v1/settings/sending',
    {
      schema: {
        tags,
        summary: 'Sending and branding settings',
        operationId: 'getSendingSettings',
        description:
          'Returns the organization’s sending and branding settings: quiet period, reminders, what happens over quota, open tracking, invitation validity, sender name, brand colour, logo and whether an own SMTP server is set.',
        response: { 200: ZSendingSettings },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'org.read');
      return getSendingSettings(deps, organizationId);
    },
  );

  app.patch(
    '/api/v1/settings/sending',
    {
      schema: {
        tags,
        summary: 'Change sending and branding settings',
        operationId: 'updateSendingSettings',
        description:
          'Changes sending and branding settings; omitted fields keep their value. Owners and admins only.',
        body: ZUpdateSendingSettings,
        response: { 200: ZSendingSettings },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'settings.manage');
      return updateSettings(deps, organizationId, req.body);
    },
  );

  app.get(
    '/api/v1/suppressions',
    {
      schema: {
        tags,
        summary: 'How many addresses are suppressed, by reason (the list holds only hashes)',
        operationId: 'getSuppressionCounts',
        description:
          'Counts the suppressed e-mail addresses by reason (unsubscribed, bounced, added by hand). Only hashes of the addresses are stored, so the list itself cannot be read back.',
        response: { 200: ZSuppressionCounts },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'org.read');
      return suppressionCounts(deps, organizationId);
    },
  );

  app.get(
    '/api/v1/suppressions/check',
    {
      schema: {
        tags,
        summary: 'Whether an address is on the suppression list, and why',
        operationId: 'checkSuppression',
        description:
          'Tells whether an address is on the suppression list and why; the address is only hashed for the lookup.',
        querystring: ZSuppressionQuery,
        response: { 200: ZSuppressionState },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'data.write');
      return checkSuppression(deps, organizationId, req.query.email);
    },
  );

  app.post(
    '/api/v1/suppressions',
    {
      schema: {
        tags,
        summary: 'Suppress an address: no survey mail reaches it',
        operationId: 'suppressAddress',
        description:
          'Puts an address on the suppression list, so no survey mail reaches it any more. Suppressing it again changes nothing.',
        body: ZSuppressionQuery,
        response: { 200: ZSuppressionState },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'data.write');
      return suppress(deps, organizationId, req.body.email);
    },
  );

  app.post(
    '/api/v1/suppressions/remove',
    {
      schema: {
        tags,
        summary: 'Mail an address again (re-subscribed, mailbox fixed)',
        operationId: 'unsuppressAddress',
        description:
          'Takes an address off the suppression list, for example after the person subscribed again or fixed their mailbox.',
        body: ZSuppressionQuery,
        response: { 200: ZSuppressionState },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'data.write');
      return unsuppress(deps, organizationId, req.body.email);
    },
  );
};
