import { linkFollowUp } from './link-follow-up.js';
import { validFormNonce } from './open-link.js';
import type { PageOutcome } from './page-outcome.js';
import type { PublicDeps } from './public-deps.js';

/** GET /l/:key/why?r=<nonce>: the follow-up for the score that answer holds, worded for its category. */
export async function showLinkWhyPage(
  deps: PublicDeps,
  key: string,
  ref: string | undefined,
  nonce: string,
): Promise<PageOutcome> {
  return linkFollowUp(deps, key, validFormNonce(ref), nonce);
}
