import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZOk } from '../../../shared/contracts/common.js';
import { ZCreateSsoProviderRequest, ZSsoProvider, ZSsoProviderList, ZSsoProviderParams } from '../../../shared/contracts/sso.js';
import type { AppDeps } from '../../deps.js';
import { authorize, toHeaders } from '../../http/principal.js';
import { deleteSsoProvider, listSsoProviders, registerSsoProvider } from './sso.service.js';

/** OpenID Connect providers of the organization. Owners only: signing in through one grants membership. */
export const ssoRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const tags = ['sso'];

  app.get('/api/v1/sso/providers', { schema: { tags, summary: 'List the organization’s SSO providers (never their secrets)', response: { 200: ZSsoProviderList } } }, async (req) => {
    const { organizationId } = authorize(req.principal, 'members.manage');
    return { items: await listSsoProviders(deps, organizationId) };
  });

  app.post(
    '/api/v1/sso/providers',
    { schema: { tags, summary: 'Register an OpenID Connect provider (discovers its endpoints)', body: ZCreateSsoProviderRequest, response: { 201: ZSsoProvider } } },
    async (req, reply) => {
      const { organizationId } = authorize(req.principal, 'members.manage');
      const created = await registerSsoProvider(deps, { organizationId, headers: toHeaders(req), provider: req.body });
      return reply.status(201).send(created);
    },
  );

  app.delete(
    '/api/v1/sso/providers/:providerId',
    { schema: { tags, summary: 'Remove an SSO provider', params: ZSsoProviderParams, response: { 200: ZOk } } },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'members.manage');
      await deleteSsoProvider(deps, { organizationId, headers: toHeaders(req), providerId: req.params.providerId });
      return { ok: true as const };
    },
  );
};
