import type { PageBase } from '../../../survey-pages/index.js';
import type { Db } from '../../db/client.js';
import { findOrganization } from '../organizations/organizations.repo.js';
import { loadSendingSettings } from '../sending/sending-settings.service.js';
import type { PageInvitation } from './public-survey.repo.js';
import type { PublicDeps } from './public-deps.js';

/** An organization's branding on its pages: the sender name it mails under, else its name. */
export async function pageBranding(db: Db, organizationId: string): Promise<PageBase['branding']> {
  const [org, settings] = await Promise.all([
    findOrganization(db, organizationId),
    loadSendingSettings(db, organizationId),
  ]);
  return {
    orgName: settings.senderName ?? org?.name ?? '',
    brandColor: settings.brandColor,
    logoUrl: settings.logoUrl,
  };
}

/** Resonance's own plain page, for a token that names no organization (nothing to brand it with). */
export const neutralPageBase = (nonce: string, language = 'en'): PageBase => ({
  language,
  nonce,
  branding: { orgName: 'Resonance', brandColor: null, logoUrl: null },
});

/** An invitation's page: its language, its organization's branding. */
export const invitationPageBase = async (
  deps: PublicDeps,
  inv: PageInvitation,
  nonce: string,
): Promise<PageBase> => ({
  language: inv.language,
  nonce,
  branding: await pageBranding(deps.db, inv.organizationId),
});
