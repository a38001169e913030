import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { integrationSettings } from '../../db/schema/index.js';

/**
 * Whether an organization's webhook payloads and alert messages carry ids only (no names,
 * addresses, comments or case subjects). Read by the webhooks stage and the alerts feature, written
 * through `/api/v1/settings/integrations`; an organization without a row allows personal data.
 */
export async function idsOnlyPayloads(db: Db, organizationId: string): Promise<boolean> {
  const [row] = await db
    .select({ idsOnly: integrationSettings.idsOnly })
    .from(integrationSettings)
    .where(eq(integrationSettings.organizationId, organizationId));
  return row?.idsOnly ?? false;
}

export async function saveIntegrationSettings(
  db: Db,
  organizationId: string,
  settings: { idsOnly: boolean },
  now: Date,
): Promise<void> {
  await db
    .insert(integrationSettings)
    .values({ organizationId, idsOnly: settings.idsOnly, updatedAt: now })
    .onConflictDoUpdate({
      target: integrationSettings.organizationId,
      set: { idsOnly: settings.idsOnly, updatedAt: now },
    });
}
