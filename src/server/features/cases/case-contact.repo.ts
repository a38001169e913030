import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { contacts } from '../../db/schema/index.js';

/** What a reply to the customer needs of them: address, name, language and consent. */
export async function findCaseContact(db: Db, organizationId: string, contactId: string) {
  const [row] = await db
    .select({
      id: contacts.id,
      email: contacts.email,
      name: contacts.name,
      language: contacts.language,
      isEmailOptOut: contacts.isEmailOptOut,
    })
    .from(contacts)
    .where(and(eq(contacts.organizationId, organizationId), eq(contacts.id, contactId)));
  return row ?? null;
}
