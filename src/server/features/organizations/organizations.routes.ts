import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ZChangePlan,
  ZMe,
  ZOrganization,
  ZUpdateOrganizationSettings,
  ZUsage,
} from '../../../shared/contracts/organization.js';
import { ZOutboxList } from '../../../shared/contracts/outbox.js';
import type { AppDeps } from '../../deps.js';
import { AppError } from '../../common/app-error.js';
import { iso } from '../../common/iso.js';
import { authorize } from '../../http/principal.js';
import { listOutbox } from '../email/outbox.service.js';
import { getUsage } from '../usage/usage.service.js';
import { getMe, getOrganization, updateSettings } from './organizations.service.js';

export const organizationsRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const tags = ['organization'];

  app.get(
    '/api/v1/me',
    {
      schema: {
        tags,
        summary: 'The signed-in person and their organizations',
        operationId: 'getMe',
        description:
          'Returns the signed-in person, the organizations they belong to and the active one. Cookie sessions only: an API key belongs to an organization, not a person, and gets 403 (call getOrganization instead).',
        response: { 200: ZMe },
      },
    },
    async (req) => {
      const p = req.principal;
      if (!p) throw new AppError('UNAUTHENTICATED', 'Sign in first');
      if (p.kind !== 'user')
        throw new AppError(
          'FORBIDDEN',
          'API keys belong to an organization, not a person; use GET /api/v1/organization',
        );
      return getMe(deps, p.user, p.organizationId);
    },
  );

  app.get(
    '/api/v1/organization',
    {
      schema: {
        tags,
        summary: 'The current organization',
        operationId: 'getOrganization',
        description:
          'Returns the organization the caller acts in (an API key’s own, or the session’s active one): name, slug, plan, default language and industry.',
        response: { 200: ZOrganization },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'org.read');
      return getOrganization(deps, organizationId);
    },
  );

  app.patch(
    '/api/v1/organization/settings',
    {
      schema: {
        tags,
        summary: 'Change organization settings',
        operationId: 'updateOrganizationSettings',
        description:
          'Changes the organization’s default language or industry; omitted fields keep their value, and at least one must be sent. Owners and admins only; returns the updated organization.',
        body: ZUpdateOrganizationSettings,
        response: { 200: ZOrganization },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'settings.manage');
      return updateSettings(deps, organizationId, req.body);
    },
  );

  app.put(
    '/api/v1/organization/plan',
    {
      schema: {
        tags,
        summary: 'Change the plan (refused: the operator sets plans)',
        operationId: 'changePlan',
        description:
          'Always 403 `PLAN_SET_BY_OPERATOR`: a plan sets the organization’s monthly send quota, so it is set by whoever runs the installation, with `npm run resonance -- org plan --org <slug> --plan <plan>`, never by the organization’s members or keys. Kept so that clients of the earlier API get a clear answer.',
        deprecated: true,
        errors: [403],
        body: ZChangePlan,
        response: { 200: ZOrganization },
      },
    },
    async (req) => {
      authorize(req.principal, 'org.read');
      throw new AppError(
        'PLAN_SET_BY_OPERATOR',
        'Plans are set by the operator of this installation (npm run resonance -- org plan --org <slug> --plan <plan>); ask them to change yours',
      );
    },
  );

  app.get(
    '/api/v1/organization/usage',
    {
      schema: {
        tags,
        summary: 'Plan quota and this month’s usage',
        operationId: 'getUsage',
        description:
          'Returns the plan’s monthly send quota and how much of it this calendar month has used, so a client can tell before sending whether a send would be refused (402) or held.',
        response: { 200: ZUsage },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'org.read');
      return getUsage(deps, organizationId);
    },
  );

  app.get(
    '/api/v1/outbox',
    {
      schema: {
        tags,
        summary: 'Mails written by this organization (the outbox when no SMTP is set)',
        operationId: 'listOutbox',
        description:
          'Lists the e-mails this organization has written, newest first (at most 100), with their delivery state. Without an SMTP server this is where invitations wait, so they can be read during an evaluation. Owners and admins only.',
        response: { 200: ZOutboxList },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'settings.manage');
      const rows = await listOutbox(deps, organizationId);
      return { items: rows.map((r) => ({ ...r, createdAt: iso(r.createdAt), sentAt: iso(r.sentAt) })) };
    },
  );
};
