import { tokenHash, TOKEN_PATTERN } from '../sending/invitation-token.js';
import { invitationByTokenHash, markOpened } from '../sending/invitations.repo.js';
import { loadSendingSettings } from '../sending/sending-settings.service.js';
import type { PublicDeps } from './public-deps.js';

/** GET /s/:token/o.gif, the tracking pixel; counted only where the organization turned open tracking on. */
export async function recordOpen(deps: PublicDeps, token: string): Promise<void> {
  if (!TOKEN_PATTERN.test(token)) return;
  const inv = await invitationByTokenHash(deps.db, tokenHash(token));
  if (!inv || inv.channel !== 'email') return;
  const settings = await loadSendingSettings(deps.db, inv.organizationId);
  if (settings.isOpenTracking) await markOpened(deps.db, inv.id, deps.now());
}
