import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ZLabelsFile,
  ZLabelsQuery,
  ZSentimentVerdictBody,
  ZTagItemParams,
  ZThemePrecision,
  ZThemeTagParams,
  ZThemeVerdictBody,
} from '../../../shared/contracts/tag-verdicts.js';
import { ZTextAnalysis } from '../../../shared/contracts/text-analysis.js';
import type { AppDeps } from '../../deps.js';
import { authorize } from '../../http/principal.js';
import {
  deleteSentimentVerdict,
  deleteThemeVerdict,
  putSentimentVerdict,
  putThemeVerdict,
} from './judge-tag.service.js';
import { labelledSet } from './labelled-set.service.js';
import { themePrecision } from './theme-precision.service.js';

const judged =
  'Answers with the item’s analysis as it now reads. 404 for an item the organization does not have, one not analysed yet, or a theme the analyser did not find in it. Needs the role that works feedback (owner, admin, agent) or an API key.';

/**
 * "Why this tag" (issue 16): agents agree or disagree with the themes and the sentiment the text
 * stage found in a comment; the verdicts become the organization's labelled set.
 */
export const tagVerdictsRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const tags = ['themes'];

  app.put(
    '/api/v1/feedback/:id/analysis/themes/:themeId',
    {
      schema: {
        tags,
        summary: 'Agree or disagree that a comment is about a theme',
        operationId: 'putThemeVerdict',
        description: `The latest verdict from anyone replaces the earlier one. A disagreed theme stops counting for the item at once — Themes report, theme filters — and stays out when the comment is read again; it is still listed in the item's analysis with its verdict. ${judged}`,
        params: ZThemeTagParams,
        body: ZThemeVerdictBody,
        response: { 200: ZTextAnalysis },
      },
    },
    async (req) => {
      const { organizationId, userId } = authorize(req.principal, 'cases.work');
      return putThemeVerdict(deps, { organizationId, userId }, req.params.id, req.params.themeId, req.body);
    },
  );

  app.delete(
    '/api/v1/feedback/:id/analysis/themes/:themeId',
    {
      schema: {
        tags,
        summary: 'Take back the verdict on a comment’s theme',
        operationId: 'deleteThemeVerdict',
        description: `The theme counts again as the analyser found it. ${judged}`,
        params: ZThemeTagParams,
        response: { 200: ZTextAnalysis },
      },
    },
    async (req) => {
      const { organizationId, userId } = authorize(req.principal, 'cases.work');
      return deleteThemeVerdict(deps, { organizationId, userId }, req.params.id, req.params.themeId);
    },
  );

  app.put(
    '/api/v1/feedback/:id/analysis/sentiment',
    {
      schema: {
        tags,
        summary: 'Agree with a comment’s sentiment label, or correct it',
        operationId: 'putSentimentVerdict',
        description: `\`{ "verdict": "agree" }\` or \`{ "label": "positive" | "neutral" | "negative" }\`. A corrected label is the item's \`analysis.sentiment.label\` from then on — in every answer, sentiment filter and count, also after the comment is read again — with the analyser's in \`analyserLabel\`. ${judged}`,
        params: ZTagItemParams,
        body: ZSentimentVerdictBody,
        response: { 200: ZTextAnalysis },
      },
    },
    async (req) => {
      const { organizationId, userId } = authorize(req.principal, 'cases.work');
      return putSentimentVerdict(deps, { organizationId, userId }, req.params.id, req.body);
    },
  );

  app.delete(
    '/api/v1/feedback/:id/analysis/sentiment',
    {
      schema: {
        tags,
        summary: 'Take back the verdict on a comment’s sentiment',
        operationId: 'deleteSentimentVerdict',
        description: `The analyser's label counts again. ${judged}`,
        params: ZTagItemParams,
        response: { 200: ZTextAnalysis },
      },
    },
    async (req) => {
      const { organizationId, userId } = authorize(req.principal, 'cases.work');
      return deleteSentimentVerdict(deps, { organizationId, userId }, req.params.id);
    },
  );

  app.get(
    '/api/v1/themes/labels',
    {
      schema: {
        tags,
        summary: 'The organization’s labelled set: judged comments with their verdicts',
        operationId: 'exportThemeLabels',
        description:
          'Every comment an agent judged, with the verdicts on its themes and its sentiment, oldest first, for evaluating the analyser and training a model on the organization’s own language: JSON lines (one item a line) or CSV (one verdict a row, formula-safe). Erased comments are not in it. Owners, admins and API keys.',
        querystring: ZLabelsQuery,
        response: {
          200: {
            description: 'The labelled set (attachment)',
            content: {
              'application/x-ndjson': { schema: ZLabelsFile },
              'text/csv': { schema: ZLabelsFile },
            },
          },
        },
      },
    },
    async (req, reply) => {
      const { organizationId } = authorize(req.principal, 'data.write');
      const file = await labelledSet(deps.db, organizationId, req.query);
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .header('cache-control', 'no-store')
        .send(file.body);
    },
  );

  app.get(
    '/api/v1/themes/precision',
    {
      schema: {
        tags,
        summary: 'How often each theme’s tag was right, by the organization’s verdicts',
        operationId: 'getThemePrecision',
        description:
          'Per theme: the tags agents agreed and disagreed with, and the analyser’s precision on them — agreed / (agreed + disagreed) with a 95 % Wilson interval. Only judged tags count (a theme the analyser missed has no tag to judge, so this is not recall).',
        response: { 200: ZThemePrecision },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'org.read');
      return themePrecision(deps.db, organizationId);
    },
  );
};
