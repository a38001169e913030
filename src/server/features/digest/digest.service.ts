import type { TDigestSubscription } from '../../../shared/contracts/digest.js';
import type { Db } from '../../db/client.js';
import * as repo from './digest.repo.js';

export interface DigestSubscriptionDeps {
  db: Db;
  now: () => Date;
}

/** A signed-in person in their active organization. */
export interface DigestPerson {
  organizationId: string;
  userId: string;
  email: string;
}

export async function getDigestSubscription(
  deps: DigestSubscriptionDeps,
  me: DigestPerson,
): Promise<TDigestSubscription> {
  const row = await repo.findSubscription(deps.db, me.organizationId, me.userId);
  return { subscribed: row !== null, email: me.email, lastPeriod: row?.lastPeriod ?? null };
}

export async function setDigestSubscription(
  deps: DigestSubscriptionDeps,
  me: DigestPerson,
  subscribed: boolean,
): Promise<TDigestSubscription> {
  if (subscribed) await repo.subscribe(deps.db, me.organizationId, me.userId, deps.now());
  else await repo.unsubscribe(deps.db, me.organizationId, me.userId);
  return getDigestSubscription(deps, me);
}
