import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { contactAliases, contacts } from '../../db/schema/index.js';

/** Contact ids by external id, old ids of merged contacts included; scoped by organization. */
export async function contactIdsByExternalId(
  db: Db,
  organizationId: string,
  externalIds: string[],
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  if (externalIds.length === 0) return found;
  const direct = await db
    .select({ externalId: contacts.externalId, id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.organizationId, organizationId), inArray(contacts.externalId, externalIds)));
  for (const r of direct) found.set(r.externalId, r.id);
  const missing = externalIds.filter((e) => !found.has(e));
  if (missing.length > 0) {
    const aliases = await db
      .select({ externalId: contactAliases.externalId, id: contactAliases.contactId })
      .from(contactAliases)
      .where(
        and(eq(contactAliases.organizationId, organizationId), inArray(contactAliases.externalId, missing)),
      );
    for (const r of aliases) found.set(r.externalId, r.id);
  }
  return found;
}
