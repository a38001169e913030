import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZCaseAssignees,
  ZCaseCreate,
  ZCaseDetail,
  ZCaseList,
  ZCaseListQuery,
  ZCaseMessageInput,
  ZCasePatch,
} from '../../../shared/contracts/cases.js';
import type { AppDeps } from '../../deps.js';
import { authorize } from '../../http/principal.js';
import { listAssignees } from './list-assignees.service.js';
import { createCase } from './create-case.service.js';
import { getCase } from './get-case.service.js';
import { listCasesFor } from './list-cases.service.js';
import { postCaseMessage } from './post-case-message.service.js';
import { updateCaseFor } from './update-case.service.js';

export const casesRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const tags = ['cases'];
  const params = z.object({ id: z.uuid() });

  app.get(
    '/api/v1/cases',
    {
      schema: {
        tags,
        summary: 'List cases, newest first, with filters and a cursor',
        operationId: 'listCases',
        description:
          'Cases of the organization, newest first (keyset cursor). Filters: status and priority (comma-separated), assignee (`me`, `none` or a user id), teamId, contactId, channel, breached (the stored SLA state, refreshed on every change and by the SLA tick).',
        querystring: ZCaseListQuery,
        response: { 200: ZCaseList },
      },
    },
    async (req) => {
      const { organizationId, userId } = authorize(req.principal, 'org.read');
      return listCasesFor(deps, organizationId, userId, req.query);
    },
  );

  app.get(
    '/api/v1/cases/assignees',
    {
      schema: {
        tags,
        summary: 'The people and teams a case can be assigned to',
        operationId: 'listCaseAssignees',
        description: 'Members whose role works cases (owner, admin, agent) and the organization’s teams.',
        response: { 200: ZCaseAssignees },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'org.read');
      return listAssignees(deps, organizationId);
    },
  );

  app.get(
    '/api/v1/cases/:id',
    {
      schema: {
        tags,
        summary: 'One case with its feedback, log, SLA clocks and the customer’s other cases',
        operationId: 'getCase',
        description:
          'The case page’s data. The SLA clocks are computed on each read from the case’s log and the organization’s current policy and calendars.',
        params,
        response: { 200: ZCaseDetail },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'org.read');
      return getCase(deps, organizationId, req.params.id);
    },
  );

  app.patch(
    '/api/v1/cases/:id',
    {
      schema: {
        tags,
        summary: 'Change a case’s status, priority, assignee or team; close it with root cause and action',
        operationId: 'updateCase',
        description:
          'Each change is written to the case’s log. Closing (`status: closed`) needs a rootCause and an action from the organization’s lists (400 naming the field otherwise). Reopening a case while the contact has another open case of the same topic is a 409.',
        params,
        body: ZCasePatch,
        response: { 200: ZCaseDetail },
      },
    },
    async (req) => {
      const { organizationId, userId } = authorize(req.principal, 'cases.work');
      return updateCaseFor(deps, organizationId, userId, req.params.id, req.body);
    },
  );

  app.post(
    '/api/v1/cases/:id/messages',
    {
      schema: {
        tags,
        summary: 'Reply to the customer by e-mail, or add an internal note',
        operationId: 'postCaseMessage',
        description:
          'A `reply` is mailed to the case’s customer, threaded under the case’s earlier mails (Message-ID, In-Reply-To) with a link to their case page; it answers the SLA clocks when a person sends it (an API key’s reply counts as automatic). 409 when the customer has no address, opted out of e-mail or is on the suppression list. A `note` stays internal; @mentions notify the people named.',
        params,
        body: ZCaseMessageInput,
        response: { 200: ZCaseDetail },
      },
    },
    async (req) => {
      const { organizationId, userId } = authorize(req.principal, 'cases.work');
      return postCaseMessage(deps, organizationId, userId, req.params.id, req.body);
    },
  );

  app.post(
    '/api/v1/cases',
    {
      schema: {
        tags,
        summary: 'Open a case from another system',
        operationId: 'createCase',
        description:
          'Opens a case (201). With `externalRef`, a repeated call returns the stored case with 200 instead of opening another. `contactExternalId` links the customer; `body` is their first message.',
        body: ZCaseCreate,
        response: { 200: ZCaseDetail, 201: ZCaseDetail },
      },
    },
    async (req, reply) => {
      const { organizationId, userId } = authorize(req.principal, 'cases.work');
      const { created, detail } = await createCase(deps, organizationId, userId, req.body);
      return reply.status(created ? 201 : 200).send(detail);
    },
  );
};
