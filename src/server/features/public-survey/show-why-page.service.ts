import { emailFollowUp } from './email-follow-up.js';
import { openInvitation } from './open-invitation.js';
import { isPageOutcome, pageOutcome, redirectTo, type PageOutcome } from './page-outcome.js';
import type { PublicDeps } from './public-deps.js';

/** GET /s/:token/why: the "why?" and any further questions, after the score (back to the score page without one). */
export async function showWhyPage(deps: PublicDeps, token: string, nonce: string): Promise<PageOutcome> {
  const opened = await openInvitation(deps, token, nonce);
  if (isPageOutcome(opened)) return opened;
  const model = emailFollowUp(opened, token);
  return model === null ? redirectTo(`/s/${token}`) : pageOutcome(200, { page: 'follow-up', model });
}
