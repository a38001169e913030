import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZOk } from '../../../shared/contracts/common.js';
import {
  ZMarkNotificationsRead,
  ZNotificationList,
  ZNotificationPreferences,
} from '../../../shared/contracts/notifications.js';
import { AppError } from '../../common/app-error.js';
import type { AppDeps } from '../../deps.js';
import { authorize, type Principal } from '../../http/principal.js';
import {
  getPreferences,
  listNotifications,
  readNotifications,
  setPreferences,
  type Person,
} from './notifications.service.js';

/** Notifications belong to a person; an API key acts for the organization and has none. */
function person(principal: Principal | null): Person {
  const { organizationId } = authorize(principal, 'org.read');
  if (principal?.kind !== 'user')
    throw new AppError('FORBIDDEN', 'Notifications are a signed-in person’s own; an API key has none');
  return { organizationId, userId: principal.userId };
}

export const notificationsRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const tags = ['notifications'];

  app.get(
    '/api/v1/notifications',
    {
      schema: {
        tags,
        summary: 'The signed-in person’s latest notifications and unread count',
        operationId: 'listNotifications',
        description:
          'The latest 50 notifications in the active organization, newest first, and how many are unread. People only (403 for API keys).',
        response: { 200: ZNotificationList },
      },
    },
    async (req) => listNotifications(deps, person(req.principal)),
  );

  app.post(
    '/api/v1/notifications/read',
    {
      schema: {
        tags,
        summary: 'Mark notifications read',
        operationId: 'markNotificationsRead',
        description: 'Marks the given notifications (or, without ids, all of them) read.',
        body: ZMarkNotificationsRead,
        response: { 200: ZOk },
      },
    },
    async (req) => readNotifications(deps, person(req.principal), req.body.ids),
  );

  app.get(
    '/api/v1/notifications/preferences',
    {
      schema: {
        tags,
        summary: 'Where each kind of notification reaches the signed-in person',
        operationId: 'getNotificationPreferences',
        description:
          'Per kind: in the app, by e-mail, both or neither. A kind not listed reaches the person both ways.',
        response: { 200: ZNotificationPreferences },
      },
    },
    async (req) => getPreferences(deps, person(req.principal)),
  );

  app.put(
    '/api/v1/notifications/preferences',
    {
      schema: {
        tags,
        summary: 'Choose where each kind of notification reaches the signed-in person',
        operationId: 'setNotificationPreferences',
        description: 'Replaces the person’s choices; an empty list for a kind turns it off.',
        body: ZNotificationPreferences,
        response: { 200: ZNotificationPreferences },
      },
    },
    async (req) => setPreferences(deps, person(req.principal), req.body.channels),
  );
};
