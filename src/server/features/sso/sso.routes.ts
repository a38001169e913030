import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZOk } from '../../../shared/contracts/common.js';
import {
  ZCreateSsoProviderRequest,
  ZSsoProvider,
  ZSsoProviderList,
  ZSsoProviderParams,
} from '../../../shared/contracts/sso.js';
import type { AppDeps } from '../../deps.js';
import { authorize, toHeaders } from '../../http/principal.js';
import { deleteSsoProvider, listSsoProviders, registerSsoProvider } from './sso.service.js';

/** OpenID Connect providers of the organization. Owners only: signing in through one grants membership. */
export const ssoRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const tags = ['sso'];

  app.get(
    '/api/v1/sso/providers',
    {
      schema: {
        tags,
        summary: 'List the organization’s SSO providers (never their secrets)',
        operationId: 'listSsoProviders',
        description:
          'Lists the organization’s OpenID Connect providers with their issuer and e-mail domain; client secrets are never returned. Signed-in owners only.',
        response: { 200: ZSsoProviderList },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'members.manage');
      return { items: await listSsoProviders(deps, organizationId) };
    },
  );

  app.post(
    '/api/v1/sso/providers',
    {
      schema: {
        tags,
        summary: 'Register an OpenID Connect provider (discovers its endpoints)',
        operationId: 'registerSsoProvider',
        description:
          'Registers an OpenID Connect provider for an e-mail domain; its endpoints are read from the issuer’s discovery document. People who sign in through it become members of the organization. Signed-in owners only; a provider id or domain already in use gets 409.',
        body: ZCreateSsoProviderRequest,
        response: { 201: ZSsoProvider },
      },
    },
    async (req, reply) => {
      const { organizationId } = authorize(req.principal, 'members.manage');
      const created = await registerSsoProvider(deps, {
        organizationId,
        headers: toHeaders(req),
        provider: req.body,
      });
      return reply.status(201).send(created);
    },
  );

  app.delete(
    '/api/v1/sso/providers/:providerId',
    {
      schema: {
        tags,
        summary: 'Remove an SSO provider',
        operationId: 'deleteSsoProvider',
        description:
          'Removes an SSO provider, so nobody can sign in through it any more. Signed-in owners only.',
        params: ZSsoProviderParams,
        response: { 200: ZOk },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'members.manage');
      await deleteSsoProvider(deps, {
        organizationId,
        headers: toHeaders(req),
        providerId: req.params.providerId,
      });
      return { ok: true as const };
    },
  );
};
