import type {
  TNotification,
  TNotificationKind,
  TNotificationList,
} from '../../../shared/contracts/notifications.js';
import { iso } from '../../common/iso.js';
import type { Db } from '../../db/client.js';
import {
  countUnread,
  findNotifications,
  findPreferences,
  markRead,
  savePreferences,
} from './notifications.repo.js';

export interface Person {
  organizationId: string;
  userId: string;
}

/** The bell: the latest 50 and how many are unread. */
export async function listNotifications(deps: { db: Db }, p: Person): Promise<TNotificationList> {
  const [rows, unread] = await Promise.all([
    findNotifications(deps.db, p.organizationId, p.userId, 50),
    countUnread(deps.db, p.organizationId, p.userId),
  ]);
  const items: TNotification[] = rows.map((r) => ({
    id: r.n.id,
    kind: r.n.kind as TNotificationKind,
    case: r.case,
    data: r.n.data,
    createdAt: r.n.createdAt.toISOString(),
    readAt: iso(r.n.readAt),
  }));
  return { items, unread };
}

export async function readNotifications(
  deps: { db: Db; now: () => Date },
  p: Person,
  ids: string[] | undefined,
): Promise<{ ok: true }> {
  await markRead(deps.db, p.organizationId, p.userId, ids, deps.now());
  return { ok: true };
}

export async function getPreferences(deps: { db: Db }, p: Person) {
  const prefs = await findPreferences(deps.db, p.organizationId, [p.userId]);
  return {
    channels: (prefs.get(p.userId) ?? {}) as Partial<Record<TNotificationKind, Array<'app' | 'email'>>>,
  };
}

export async function setPreferences(
  deps: { db: Db },
  p: Person,
  channels: Partial<Record<TNotificationKind, Array<'app' | 'email'>>>,
) {
  await savePreferences(deps.db, p.organizationId, p.userId, channels);
  return getPreferences(deps, p);
}
