import { z } from 'zod';
import { ZId, ZIsoDate } from './common.js';

export const NOTIFICATION_KINDS = [
  'case.assigned',
  'case.joined',
  'case.customer-message',
  'case.warned',
  'case.breached',
  'case.escalated',
  'case.mentioned',
] as const;
export const ZNotificationKind = z.enum(NOTIFICATION_KINDS);
export type TNotificationKind = z.infer<typeof ZNotificationKind>;

export const ZNotification = z
  .object({
    id: ZId,
    kind: ZNotificationKind,
    case: z.object({ id: ZId, number: z.number().int(), subject: z.string() }).nullable(),
    data: z.record(z.string(), z.unknown()),
    createdAt: ZIsoDate,
    readAt: ZIsoDate.nullable(),
  })
  .meta({ id: 'Notification' });
export type TNotification = z.infer<typeof ZNotification>;

export const ZNotificationList = z
  .object({
    items: z.array(ZNotification).meta({ description: 'The latest 50, newest first' }),
    unread: z.number().int(),
  })
  .meta({ id: 'NotificationList' });
export type TNotificationList = z.infer<typeof ZNotificationList>;

export const ZMarkNotificationsRead = z
  .strictObject({
    ids: z.array(ZId).max(200).optional().meta({ description: 'Omit to mark every notification read' }),
  })
  .meta({ id: 'MarkNotificationsRead' });

export const NOTIFICATION_CHANNELS = ['app', 'email'] as const;
export const ZNotificationPreferences = z
  .object({
    channels: z.partialRecord(ZNotificationKind, z.array(z.enum(NOTIFICATION_CHANNELS))).meta({
      description: 'Per kind, where it reaches you; a kind left out: in the app and by e-mail',
    }),
  })
  .meta({ id: 'NotificationPreferences' });
