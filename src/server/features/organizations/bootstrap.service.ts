import type { Config } from '../../config.js';
import type { AppDeps } from '../../deps.js';
import { createApiKey } from '../api-keys/api-keys.service.js';
import { countAccounts } from './organizations.repo.js';
import { createAccount } from './accounts.service.js';
import { createOrganization } from './organizations.service.js';

/**
 * For automation: with RESONANCE_ADMIN_EMAIL, RESONANCE_ADMIN_PASSWORD and RESONANCE_ORG set and
 * no account yet, the first start creates that owner and organization (and RESONANCE_API_KEY
 * as its first key). Later starts change nothing.
 */
export async function bootstrapFromConfig(
  deps: AppDeps,
  config: Config,
): Promise<'created' | 'skipped' | 'not-configured'> {
  const { RESONANCE_ADMIN_EMAIL: email, RESONANCE_ADMIN_PASSWORD: password, RESONANCE_ORG: orgName } = config;
  if (!email || !password || !orgName) return 'not-configured';
  if ((await countAccounts(deps.db)) > 0) return 'skipped';
  const owner = await createAccount(deps.auth, { email, password, name: email.split('@')[0] ?? 'Owner' });
  const org = await createOrganization(deps, { name: orgName, ownerUserId: owner.id });
  if (config.RESONANCE_API_KEY) {
    await createApiKey(deps, {
      organizationId: org.id,
      name: 'Bootstrap key',
      createdByUserId: owner.id,
      key: config.RESONANCE_API_KEY,
    });
  }
  deps.logger.info(
    { organizationId: org.id, slug: org.slug },
    'bootstrap created the first owner and organization',
  );
  return 'created';
}
