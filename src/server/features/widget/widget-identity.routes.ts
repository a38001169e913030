import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ZUpdateWidgetIdentity,
  ZWidgetIdentityState,
  ZWidgetSecret,
} from '../../../shared/contracts/widget-identity.js';
import type { AppDeps } from '../../deps.js';
import { authorize } from '../../http/principal.js';
import { getWidgetIdentity, rotateWidgetSecret, updateWidgetIdentity } from './widget-identity.service.js';

/** The widget's identity verification settings (dashboard and API; the public widget routes are in `widget.routes.ts`). */
export const widgetIdentityRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const tags = ['widget'];

  app.get(
    '/api/v1/settings/widget-identity',
    {
      schema: {
        tags,
        summary: 'Widget identity verification: whether a secret exists and whether it is required',
        operationId: 'getWidgetIdentity',
        description:
          'Says whether the organization has a widget secret (never the secret) and whether identified widget visitors must carry a valid `userHash`. Owners and admins only.',
        response: { 200: ZWidgetIdentityState },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'settings.manage');
      return getWidgetIdentity(deps.db, organizationId);
    },
  );

  app.put(
    '/api/v1/settings/widget-identity',
    {
      schema: {
        tags,
        summary: 'Require widget identity verification, or stop requiring it',
        operationId: 'updateWidgetIdentity',
        description:
          'Turns the requirement on or off. Off, any page that knows the public widget key can answer as any customer whose external id it knows. Owners and admins only.',
        body: ZUpdateWidgetIdentity,
        response: { 200: ZWidgetIdentityState },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'settings.manage');
      return updateWidgetIdentity(deps, organizationId, req.body);
    },
  );

  app.post(
    '/api/v1/settings/widget-identity/secret',
    {
      schema: {
        tags,
        summary: 'Generate (or rotate) the widget secret; returned once',
        operationId: 'rotateWidgetSecret',
        description:
          'Makes a new widget secret for signing visitors’ external ids on your server (`userHash` = HMAC-SHA256 of the external id under this secret, hex). The previous secret stops working at once. The secret is in this answer only. Owners and admins only.',
        response: { 200: ZWidgetSecret },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'settings.manage');
      return rotateWidgetSecret(deps, organizationId);
    },
  );
};
