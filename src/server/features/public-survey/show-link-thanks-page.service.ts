import { openLink } from './open-link.js';
import { isPageOutcome, pageOutcome, type PageOutcome } from './page-outcome.js';
import type { PublicDeps } from './public-deps.js';

/** GET /l/:key/thanks: the public link's last page, in the answer's language (`?lang=`). */
export async function showLinkThanksPage(
  deps: PublicDeps,
  key: string,
  lang: string | undefined,
  nonce: string,
): Promise<PageOutcome> {
  const opened = await openLink(deps, key, nonce, lang);
  if (isPageOutcome(opened)) return opened;
  return pageOutcome(200, { page: 'thanks', model: opened.base });
}
