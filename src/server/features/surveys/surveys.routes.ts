import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZCreateSurvey, ZSaveSurveyDefinition, ZSaveSurveyDefinitionResult, ZSetSurveyStatus, ZSurvey, ZSurveyList, ZSurveyQuery } from '../../../shared/contracts/surveys.js';
import type { AppDeps } from '../../deps.js';
import { authorize } from '../../http/principal.js';
import * as service from './surveys.service.js';

const ZParams = z.object({ id: z.uuid() });

export const surveysRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const tags = ['surveys'];

  app.get('/api/v1/surveys', { schema: { tags, summary: 'Surveys with their current version', response: { 200: ZSurveyList } } }, async (req) => {
    const { organizationId } = authorize(req.principal, 'org.read');
    return { items: await service.listSurveys(deps, organizationId) };
  });

  app.post('/api/v1/surveys', { schema: { tags, summary: 'Create a survey from a template or a full definition', body: ZCreateSurvey, response: { 201: ZSurvey } } }, async (req, reply) => {
    const { organizationId } = authorize(req.principal, 'settings.manage');
    return reply.status(201).send(await service.createSurvey(deps, organizationId, req.body));
  });

  app.get('/api/v1/surveys/:id', { schema: { tags, summary: 'One survey, at its current or an earlier version', params: ZParams, querystring: ZSurveyQuery, response: { 200: ZSurvey } } }, async (req) => {
    const { organizationId } = authorize(req.principal, 'org.read');
    return service.getSurvey(deps, organizationId, req.params.id, req.query.version);
  });

  app.put(
    '/api/v1/surveys/:id/definition',
    { schema: { tags, summary: 'Save an edited definition as a new version', params: ZParams, body: ZSaveSurveyDefinition, response: { 200: ZSaveSurveyDefinitionResult } } },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'settings.manage');
      return service.saveDefinition(deps, organizationId, req.params.id, req.body.definition);
    },
  );

  app.post('/api/v1/surveys/:id/status', { schema: { tags, summary: 'Set a survey draft, live or archived', params: ZParams, body: ZSetSurveyStatus, response: { 200: ZSurvey } } }, async (req) => {
    const { organizationId } = authorize(req.principal, 'settings.manage');
    return service.setStatus(deps, organizationId, req.params.id, req.body.status);
  });
};
