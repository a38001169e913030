import { isPageOutcome, pageOutcome, type PageOutcome } from './page-outcome.js';
import type { PublicDeps } from './public-deps.js';
import { unsubscribeTarget } from './unsubscribe-target.js';

/** GET /u/:token: asks to confirm; a scanner's GET must not unsubscribe anyone. */
export async function showUnsubscribePage(
  deps: PublicDeps,
  token: string,
  nonce: string,
): Promise<PageOutcome> {
  const target = await unsubscribeTarget(deps, token, nonce);
  if (isPageOutcome(target)) return target;
  return pageOutcome(200, {
    page: 'unsubscribe',
    model: { ...target.base, action: `/u/${token}`, email: target.email },
  });
}
