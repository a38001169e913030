import type { Db } from '../../db/client.js';
import { findOrganization } from '../organizations/organizations.repo.js';
import * as repo from './invitations.repo.js';
import { loadSendingSettings } from './sending-settings.service.js';
import type { SendingSettingsRow } from './throttle.repo.js';

/** Per-run lookups: one query per survey and organization however many invitations share them. */
export function lookupCache(db: Db) {
  const surveys = new Map<string, Promise<repo.SurveyWithVersion | null>>();
  const orgs = new Map<string, Promise<{ name: string; settings: SendingSettingsRow }>>();
  return {
    survey: (organizationId: string, id: string) => {
      if (!surveys.has(id)) surveys.set(id, repo.surveyWithVersion(db, organizationId, id));
      return surveys.get(id) as Promise<repo.SurveyWithVersion | null>;
    },
    org: (organizationId: string) => {
      if (!orgs.has(organizationId)) {
        orgs.set(
          organizationId,
          Promise.all([findOrganization(db, organizationId), loadSendingSettings(db, organizationId)]).then(
            ([org, settings]) => ({ name: org?.name ?? '', settings }),
          ),
        );
      }
      return orgs.get(organizationId) as Promise<{ name: string; settings: SendingSettingsRow }>;
    },
  };
}
