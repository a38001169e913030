import { emailHash } from '../sending/invitation-token.js';
import { markUnsubscribed } from '../sending/invitations.repo.js';
import { addSuppression } from '../sending/throttle.repo.js';
import { isPageOutcome, pageOutcome, type PageOutcome } from './page-outcome.js';
import type { PublicDeps } from './public-deps.js';
import { unsubscribeTarget } from './unsubscribe-target.js';

/** POST /u/:token (the page's button, or a mail client's RFC 8058 one-click POST): suppresses the address, marks the invitation. */
export async function unsubscribe(deps: PublicDeps, token: string, nonce: string): Promise<PageOutcome> {
  const target = await unsubscribeTarget(deps, token, nonce);
  if (isPageOutcome(target)) return target;
  if (target.email)
    await addSuppression(deps.db, target.inv.organizationId, emailHash(target.email), 'unsubscribed');
  await markUnsubscribed(deps.db, target.inv.organizationId, target.inv.id, deps.now());
  return pageOutcome(200, { page: 'unsubscribed', model: target.base });
}
