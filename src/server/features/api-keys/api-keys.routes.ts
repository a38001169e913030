import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZApiKeyList,
  ZCreateApiKeyRequest,
  ZCreateApiKeyResponse,
} from '../../../shared/contracts/api-keys.js';
import { ZOk } from '../../../shared/contracts/common.js';
import type { AppDeps } from '../../deps.js';
import { iso } from '../../common/iso.js';
import { authorize } from '../../http/principal.js';
import { createApiKey, listApiKeys, revokeApiKey } from './api-keys.service.js';

export const apiKeysRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const tags = ['api-keys'];

  app.get(
    '/api/v1/api-keys',
    {
      schema: {
        tags,
        summary: 'List the organization’s API keys',
        operationId: 'listApiKeys',
        description:
          'Lists the organization’s API keys with name, creation, last use and revocation time; the secret itself is never shown again. Signed-in owners and admins only: an API key cannot manage keys.',
        response: { 200: ZApiKeyList },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'apiKeys.manage');
      const rows = await listApiKeys(deps, organizationId);
      return {
        items: rows.map((r) => ({
          ...r,
          createdAt: iso(r.createdAt),
          lastUsedAt: iso(r.lastUsedAt),
          revokedAt: iso(r.revokedAt),
        })),
      };
    },
  );

  app.post(
    '/api/v1/api-keys',
    {
      schema: {
        tags,
        summary: 'Create an API key (the key is returned once)',
        operationId: 'createApiKey',
        description:
          'Creates an organization API key and returns its secret once, in `key`: only a hash is stored, so keep it. Send it as `Authorization: Bearer <key>`. Signed-in owners and admins only.',
        body: ZCreateApiKeyRequest,
        response: { 201: ZCreateApiKeyResponse },
      },
    },
    async (req, reply) => {
      const { organizationId, userId } = authorize(req.principal, 'apiKeys.manage');
      const created = await createApiKey(deps, {
        organizationId,
        name: req.body.name,
        createdByUserId: userId,
      });
      return reply.status(201).send({ ...created, createdAt: iso(created.createdAt) });
    },
  );

  app.delete(
    '/api/v1/api-keys/:id',
    {
      schema: {
        tags,
        summary: 'Revoke an API key',
        operationId: 'revokeApiKey',
        description:
          'Revokes a key at once: requests that send it get 401 from then on. The key stays in the list, marked revoked.',
        params: z.object({ id: z.uuid() }),
        response: { 200: ZOk },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'apiKeys.manage');
      await revokeApiKey(deps, organizationId, req.params.id);
      return { ok: true as const };
    },
  );
};
