import type { TSuppressionState } from '../../../shared/contracts/sending.js';
import type { Db } from '../../db/client.js';
import { iso } from '../../common/iso.js';
import { emailHash } from './invitation-token.js';
import { addSuppression, countSuppressions, findSuppression, removeSuppression } from './throttle.repo.js';

async function state(db: Db, organizationId: string, email: string): Promise<TSuppressionState> {
  const row = await findSuppression(db, organizationId, emailHash(email));
  return {
    email,
    isSuppressed: row !== null,
    reason: row?.reason ?? null,
    since: row ? iso(row.createdAt) : null,
  };
}

export const checkSuppression = (deps: { db: Db }, organizationId: string, email: string) =>
  state(deps.db, organizationId, email);

/** Stop mailing an address (e.g. a customer asked by phone); no survey mail reaches it afterwards. */
export async function suppress(
  deps: { db: Db },
  organizationId: string,
  email: string,
): Promise<TSuppressionState> {
  await addSuppression(deps.db, organizationId, emailHash(email), 'manual');
  return state(deps.db, organizationId, email);
}

/** Mail an address again, e.g. after the person re-subscribed or a mailbox was fixed after a bounce. */
export async function unsuppress(
  deps: { db: Db },
  organizationId: string,
  email: string,
): Promise<TSuppressionState> {
  await removeSuppression(deps.db, organizationId, emailHash(email));
  return state(deps.db, organizationId, email);
}

export const suppressionCounts = (deps: { db: Db }, organizationId: string) =>
  countSuppressions(deps.db, organizationId);
