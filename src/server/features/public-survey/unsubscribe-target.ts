import type { PageBase } from '../../../survey-pages/index.js';
import { tokenHash, TOKEN_PATTERN } from '../sending/invitation-token.js';
import { invitationByTokenHash } from '../sending/invitations.repo.js';
import { neutralPageBase, pageBranding } from './page-base.js';
import { pageOutcome, type PageOutcome } from './page-outcome.js';
import { contactForPage } from './public-survey.repo.js';
import type { PublicDeps } from './public-deps.js';

export interface UnsubscribeTarget {
  inv: { id: string; organizationId: string };
  base: PageBase;
  /** The contact's address, shown on the page and suppressed on unsubscribing; null for an erased contact. */
  email: string | null;
}

/** The e-mail invitation an unsubscribe link names, or the "invalid link" page. Works after expiry too. */
export async function unsubscribeTarget(
  deps: PublicDeps,
  token: string,
  nonce: string,
): Promise<UnsubscribeTarget | PageOutcome> {
  const invalid = pageOutcome(404, {
    page: 'message',
    model: { ...neutralPageBase(nonce), kind: 'invalid' },
  });
  if (!TOKEN_PATTERN.test(token)) return invalid;
  const inv = await invitationByTokenHash(deps.db, tokenHash(token));
  // Only e-mail tokens open these pages: a widget token (handed to any page the widget runs on) must not.
  if (!inv || inv.channel !== 'email') return invalid;
  const base: PageBase = {
    language: inv.language,
    nonce,
    branding: await pageBranding(deps.db, inv.organizationId),
  };
  const contact = inv.contactId ? await contactForPage(deps.db, inv.organizationId, inv.contactId) : null;
  return { inv, base, email: contact?.email ?? null };
}
