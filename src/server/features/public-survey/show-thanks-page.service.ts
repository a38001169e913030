import { openInvitation } from './open-invitation.js';
import { isPageOutcome, pageOutcome, type PageOutcome } from './page-outcome.js';
import type { PublicDeps } from './public-deps.js';

/** GET /s/:token/thanks: the last page of the e-mail path. */
export async function showThanksPage(deps: PublicDeps, token: string, nonce: string): Promise<PageOutcome> {
  const opened = await openInvitation(deps, token, nonce);
  if (isPageOutcome(opened)) return opened;
  return pageOutcome(200, { page: 'thanks', model: opened.base });
}
