import type { Db } from '../../db/client.js';
import { findOrganization } from '../organizations/organizations.repo.js';
import { loadFollowUpSettings } from './follow-up-settings.js';
import type { OrgContext } from './refresh-case-sla.js';

/** The follow-up settings, name and language of an organization: read once per batch or request. */
export async function loadOrgContext(db: Db, organizationId: string): Promise<OrgContext> {
  const [settings, org] = await Promise.all([
    loadFollowUpSettings(db, organizationId),
    findOrganization(db, organizationId),
  ]);
  return { settings, orgName: org?.name ?? '', language: org?.defaultLanguage === 'de' ? 'de' : 'en' };
}
