import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ZCandidateParams,
  ZDiscoverThemesInput,
  ZDiscoveryResult,
  ZMergeCandidatesInput,
  ZOwnThemeChange,
  ZOwnThemeParams,
  ZOwnThemes,
  ZPromoteCandidateInput,
  ZRenameCandidateInput,
  ZSplitResult,
  ZThemeCandidate,
  ZThemeCandidates,
  ZUpdateOwnThemeInput,
} from '../../../shared/contracts/theme-discovery.js';
import type { AppDeps } from '../../deps.js';
import { authorize } from '../../http/principal.js';
import { deleteOwnTheme } from './delete-own-theme.service.js';
import { discoverThemeCandidates } from './discover-themes.service.js';
import { dismissThemeCandidate } from './dismiss-theme-candidate.service.js';
import { listOwnThemes } from './list-own-themes.service.js';
import { listThemeCandidates } from './list-theme-candidates.service.js';
import { mergeThemeCandidates } from './merge-theme-candidates.service.js';
import { promoteThemeCandidate } from './promote-theme-candidate.service.js';
import { renameThemeCandidate } from './rename-theme-candidate.service.js';
import { splitThemeCandidate } from './split-theme-candidate.service.js';
import { updateOwnTheme } from './update-own-theme.service.js';

const tags = ['themes'];
/** Discovery and own themes change what every comment is tagged with: owners and admins only. */
const PERMISSION = 'settings.manage';

export const themeDiscoveryRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  app.post(
    '/api/v1/themes/discover',
    {
      schema: {
        tags,
        summary: 'Group the comments no theme claimed into candidate themes',
        operationId: 'discoverThemes',
        description:
          'Takes the period’s most recent analysed comments that no curated or own theme mentions (at most `limit`), groups them by their words (TF-IDF over stems and character n-grams, spherical k-means, all on this server) and stores the groups as candidates, replacing the open candidates of earlier runs. Promoted and dismissed candidates stay and are not offered again.',
        body: ZDiscoverThemesInput,
        response: { 200: ZDiscoveryResult },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, PERMISSION);
      return discoverThemeCandidates(deps, organizationId, req.body);
    },
  );

  app.get(
    '/api/v1/themes/candidates',
    {
      schema: {
        tags,
        summary: 'The open candidate themes',
        operationId: 'listThemeCandidates',
        description: 'Candidates of the discovery runs not yet promoted or dismissed, largest first.',
        response: { 200: ZThemeCandidates },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, PERMISSION);
      return listThemeCandidates(deps.db, organizationId);
    },
  );

  app.patch(
    '/api/v1/themes/candidates/:id',
    {
      schema: {
        tags,
        summary: 'Rename a candidate theme',
        operationId: 'renameThemeCandidate',
        description:
          'Gives a candidate a name (shown instead of its top terms, and proposed when promoting it).',
        params: ZCandidateParams,
        body: ZRenameCandidateInput,
        response: { 200: ZThemeCandidate },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, PERMISSION);
      return renameThemeCandidate(deps.db, organizationId, req.params.id, req.body.name);
    },
  );

  app.post(
    '/api/v1/themes/candidates/merge',
    {
      schema: {
        tags,
        summary: 'Merge candidate themes into one',
        operationId: 'mergeThemeCandidates',
        description:
          'The candidates’ comments become one candidate, labelled anew from all of them (its id follows its new label); the first candidate’s name is kept.',
        body: ZMergeCandidatesInput,
        response: { 200: ZThemeCandidate },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, PERMISSION);
      return mergeThemeCandidates(deps, organizationId, req.body.ids);
    },
  );

  app.post(
    '/api/v1/themes/candidates/:id/split',
    {
      schema: {
        tags,
        summary: 'Split a candidate theme in two',
        operationId: 'splitThemeCandidate',
        description:
          'Clusters the candidate’s comments again into two groups, each labelled anew. 409 when they do not fall into two.',
        params: ZCandidateParams,
        response: { 200: ZSplitResult },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, PERMISSION);
      return { candidates: await splitThemeCandidate(deps, organizationId, req.params.id) };
    },
  );

  app.post(
    '/api/v1/themes/candidates/:id/dismiss',
    {
      schema: {
        tags,
        summary: 'Dismiss a candidate theme',
        operationId: 'dismissThemeCandidate',
        description: 'The candidate is no longer offered, also when a later run finds the same group.',
        params: ZCandidateParams,
        response: { 200: ZThemeCandidate },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, PERMISSION);
      return dismissThemeCandidate(deps.db, organizationId, req.params.id);
    },
  );

  app.post(
    '/api/v1/themes/candidates/:id/promote',
    {
      schema: {
        tags,
        summary: 'Make a candidate one of the organization’s own themes',
        operationId: 'promoteThemeCandidate',
        description:
          'Creates an own theme (id `org-` and a slug of the English name) with names in both languages and dictionary terms (default: the candidate’s top terms), then replays the text analysis over the organization’s stored comments so old comments carry it too; new comments get it from the text stage. The replay’s progress is in the answer and in `GET /api/v1/themes/own`.',
        params: ZCandidateParams,
        body: ZPromoteCandidateInput,
        response: { 201: ZOwnThemeChange },
      },
    },
    async (req, reply) => {
      const { organizationId } = authorize(req.principal, PERMISSION);
      return reply
        .status(201)
        .send(await promoteThemeCandidate(deps, organizationId, req.params.id, req.body));
    },
  );

  app.get(
    '/api/v1/themes/own',
    {
      schema: {
        tags,
        summary: 'The organization’s own themes and the latest replay’s progress',
        operationId: 'listOwnThemes',
        description:
          'Own themes by id, with their names and terms, and how far the latest replay of the analysis got.',
        response: { 200: ZOwnThemes },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'org.read');
      return listOwnThemes(deps.db, organizationId);
    },
  );

  app.patch(
    '/api/v1/themes/own/:id',
    {
      schema: {
        tags,
        summary: 'Rename an own theme or change its terms',
        operationId: 'updateOwnTheme',
        description:
          'Changes names or terms (the id stays) and replays the analysis over the stored comments.',
        params: ZOwnThemeParams,
        body: ZUpdateOwnThemeInput,
        response: { 200: ZOwnThemeChange },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, PERMISSION);
      return updateOwnTheme(deps, organizationId, req.params.id, req.body);
    },
  );

  app.delete(
    '/api/v1/themes/own/:id',
    {
      schema: {
        tags,
        summary: 'Delete an own theme',
        operationId: 'deleteOwnTheme',
        description:
          'Deletes the theme; the replay of the analysis removes it from every comment, and its candidate is offered again.',
        params: ZOwnThemeParams,
        response: { 200: ZOwnThemeChange },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, PERMISSION);
      return deleteOwnTheme(deps, organizationId, req.params.id);
    },
  );
};
