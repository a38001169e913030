import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZCreateSurvey,
  ZSaveSurveyDefinition,
  ZSaveSurveyDefinitionResult,
  ZSetSurveyStatus,
  ZSurvey,
  ZSurveyList,
  ZSurveyQuery,
} from '../../../shared/contracts/surveys.js';
import type { AppDeps } from '../../deps.js';
import { authorize } from '../../http/principal.js';
import { ZSurveyStatsList } from '../../../shared/contracts/surveys-stats.js';
import { listSurveyStats } from './survey-stats.service.js';
import * as service from './surveys.service.js';

const ZParams = z.object({ id: z.uuid() });

export const surveysRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const tags = ['surveys'];

  app.get(
    '/api/v1/surveys',
    {
      schema: {
        tags,
        summary: 'Surveys with their current version',
        operationId: 'listSurveys',
        description: 'Lists the organization’s surveys with their status and current version.',
        response: { 200: ZSurveyList },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'org.read');
      return { items: await service.listSurveys(deps, organizationId) };
    },
  );

  app.get(
    '/api/v1/surveys/stats',
    {
      schema: {
        tags,
        summary: 'Answers, score with its 95 % interval and response rate of every survey',
        operationId: 'listSurveyStats',
        description:
          'One entry per survey: n and score of its current metric from the analytics rollups (NPS with the adjusted-Wald interval, CSAT top-2-box and CES % agree with Wilson intervals; null without answers) and the response rate, answered of sent invitations with its Wilson interval.',
        response: { 200: ZSurveyStatsList },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'org.read');
      return { items: await listSurveyStats(deps, organizationId) };
    },
  );

  app.post(
    '/api/v1/surveys',
    {
      schema: {
        tags,
        summary: 'Create a survey from a template or a full definition',
        operationId: 'createSurvey',
        description:
          'Creates a draft survey from a built-in template or a full definition (questions, languages, metric). Names are unique in the organization (409); set the survey live with setSurveyStatus before sending it.',
        body: ZCreateSurvey,
        response: { 201: ZSurvey },
      },
    },
    async (req, reply) => {
      const { organizationId } = authorize(req.principal, 'settings.manage');
      return reply.status(201).send(await service.createSurvey(deps, organizationId, req.body));
    },
  );

  app.get(
    '/api/v1/surveys/:id',
    {
      schema: {
        tags,
        summary: 'One survey, at its current or an earlier version',
        operationId: 'getSurvey',
        description:
          'Returns a survey with its definition at the current version, or at an earlier one given as `version`; every answer refers to the version it was given to.',
        params: ZParams,
        querystring: ZSurveyQuery,
        response: { 200: ZSurvey },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'org.read');
      return service.getSurvey(deps, organizationId, req.params.id, req.query.version);
    },
  );

  app.put(
    '/api/v1/surveys/:id/definition',
    {
      schema: {
        tags,
        summary: 'Save an edited definition as a new version',
        operationId: 'saveSurveyDefinition',
        description:
          'Saves an edited definition as a new version; earlier versions and their answers stay as they were. Saving the current definition again makes no version (`isNewVersion` false), and `isComparable` tells whether answers stay comparable across the change.',
        params: ZParams,
        body: ZSaveSurveyDefinition,
        response: { 200: ZSaveSurveyDefinitionResult },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'settings.manage');
      return service.saveDefinition(deps, organizationId, req.params.id, req.body.definition);
    },
  );

  app.post(
    '/api/v1/surveys/:id/status',
    {
      schema: {
        tags,
        summary: 'Set a survey draft, live or archived',
        operationId: 'setSurveyStatus',
        description:
          'Sets the survey to draft, live or archived. Only live surveys can be sent; archived ones no longer accept answers.',
        params: ZParams,
        body: ZSetSurveyStatus,
        response: { 200: ZSurvey },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'settings.manage');
      return service.setStatus(deps, organizationId, req.params.id, req.body.status);
    },
  );
};
