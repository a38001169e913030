import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZChangePlan, ZMe, ZOrganization, ZUpdateOrganizationSettings, ZUsage } from '../../../shared/contracts/organization.js';
import { ZOutboxList } from '../../../shared/contracts/outbox.js';
import type { AppDeps } from '../../deps.js';
import { AppError } from '../../http/app-error.js';
import { iso } from '../../http/iso.js';
import { authorize } from '../../http/principal.js';
import { listOutbox } from '../email/outbox.service.js';
import { getUsage } from '../usage/usage.service.js';
import { changePlan, getMe, getOrganization, updateSettings } from './organizations.service.js';

export const organizationsRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const tags = ['organization'];

  app.get('/api/v1/me', { schema: { tags, summary: 'The signed-in person and their organizations', response: { 200: ZMe } } }, async (req) => {
    const p = req.principal;
    if (!p) throw new AppError('UNAUTHENTICATED', 'Sign in first');
    if (p.kind !== 'user') throw new AppError('FORBIDDEN', 'API keys belong to an organization, not a person; use GET /api/v1/organization');
    return getMe(deps, p.user, p.organizationId);
  });

  app.get('/api/v1/organization', { schema: { tags, summary: 'The current organization', response: { 200: ZOrganization } } }, async (req) => {
    const { organizationId } = authorize(req.principal, 'org.read');
    return getOrganization(deps, organizationId);
  });

  app.patch(
    '/api/v1/organization/settings',
    { schema: { tags, summary: 'Change organization settings', body: ZUpdateOrganizationSettings, response: { 200: ZOrganization } } },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'settings.manage');
      return updateSettings(deps, organizationId, req.body);
    },
  );

  app.put(
    '/api/v1/organization/plan',
    { schema: { tags, summary: 'Change the plan (owners only)', body: ZChangePlan, response: { 200: ZOrganization } } },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'plan.manage');
      return changePlan(deps, organizationId, req.body.planId);
    },
  );

  app.get('/api/v1/organization/usage', { schema: { tags, summary: 'Plan quota and this month’s usage', response: { 200: ZUsage } } }, async (req) => {
    const { organizationId } = authorize(req.principal, 'org.read');
    return getUsage(deps, organizationId);
  });

  app.get('/api/v1/outbox', { schema: { tags, summary: 'Mails written by this organization (the outbox when no SMTP is set)', response: { 200: ZOutboxList } } }, async (req) => {
    const { organizationId } = authorize(req.principal, 'settings.manage');
    const rows = await listOutbox(deps, organizationId);
    return { items: rows.map((r) => ({ ...r, createdAt: iso(r.createdAt), sentAt: iso(r.sentAt) })) };
  });
};
