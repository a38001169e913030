import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZSentimentModelState } from '../../../shared/contracts/sentiment-model.js';
import type { AppDeps } from '../../deps.js';
import { authorize } from '../../http/principal.js';
import { sentimentModelState } from './sentiment-model.service.js';

const tags = ['themes'];

export const sentimentModelRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  app.get(
    '/api/v1/themes/sentiment-model',
    {
      schema: {
        tags,
        summary: 'How the organization’s comments are read: its own model or the lexicon, with both figures',
        operationId: 'getSentimentModel',
        description:
          'Once an organization has enough scored comments, a model is trained on them (hashed word and character n-grams, logistic regression) and used for new comments where it reads the held-out fifth better than the lexicon. Both AUCs are returned with their intervals.',
        response: { 200: ZSentimentModelState },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'org.read');
      return sentimentModelState(deps.db, organizationId);
    },
  );

  app.post(
    '/api/v1/themes/sentiment-model/train',
    {
      schema: {
        tags,
        summary: 'Train the organization’s sentiment model now (in the background)',
        operationId: 'trainSentimentModel',
        description:
          'Queues a training on the organization’s scored comments (it also runs nightly once a week has passed); GET the model afterwards for its figures. Needs an admin.',
        response: { 202: z.object({ queued: z.literal(true) }) },
      },
    },
    async (req, reply) => {
      const { organizationId } = authorize(req.principal, 'settings.manage');
      await deps.enqueue(
        'text.models.train',
        { organizationId },
        { singletonKey: `text-model-${organizationId}` },
      );
      return reply.code(202).send({ queued: true });
    },
  );
};
