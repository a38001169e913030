import type { TIntegrationSettings } from '../../../shared/contracts/alerts.js';
import type { Db } from '../../db/client.js';
import { idsOnlyPayloads, saveIntegrationSettings } from '../webhooks/integration-settings.repo.js';

/** Settings → Integrations: whether webhook payloads and alert messages carry ids only. */
export async function getIntegrationSettings(db: Db, organizationId: string): Promise<TIntegrationSettings> {
  return { idsOnly: await idsOnlyPayloads(db, organizationId) };
}

/**
 * Applies to webhook payloads built from now on and to every alert message that goes out from now
 * on, including alerts already waiting (their facts are stripped again when the message is built).
 */
export async function putIntegrationSettings(
  deps: { db: Db; now: () => Date },
  organizationId: string,
  settings: TIntegrationSettings,
): Promise<TIntegrationSettings> {
  await saveIntegrationSettings(deps.db, organizationId, settings, deps.now());
  return getIntegrationSettings(deps.db, organizationId);
}
