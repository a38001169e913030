import type { TInstanceInfo } from '../../../shared/contracts/instance.js';
import type { Db } from '../../db/client.js';
import { hasAnyAccount } from './instance.repo.js';

export interface InstanceDeps {
  db: Db;
  config: { SIGNUP_ENABLED: boolean; publicUrl: string };
}

/**
 * Public facts about the installation, for the signed-out dashboard: a fresh install leads to
 * sign-up, a closed one hides it, a page opened at another address says where to go. Nothing
 * here belongs to an organization.
 */
export async function getInstanceInfo(deps: InstanceDeps): Promise<TInstanceInfo> {
  return {
    signupEnabled: deps.config.SIGNUP_ENABLED,
    hasAccounts: await hasAnyAccount(deps.db),
    publicUrl: deps.config.publicUrl,
  };
}
