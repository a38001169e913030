import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { contacts, surveys } from '../../db/schema/index.js';

export async function contactForPage(db: Db, organizationId: string, contactId: string) {
  const [row] = await db
    .select({ id: contacts.id, email: contacts.email, name: contacts.name })
    .from(contacts)
    .where(and(eq(contacts.organizationId, organizationId), eq(contacts.id, contactId)));
  return row ?? null;
}

/** The survey a public link key opens; keys are unique across organizations. */
export async function surveyByLinkKey(db: Db, key: string) {
  const [row] = await db.select({ id: surveys.id, organizationId: surveys.organizationId }).from(surveys).where(eq(surveys.linkKey, key));
  return row ?? null;
}
