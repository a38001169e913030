import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { contactAttributeDefinitions, contactEvents, contacts, feedbackItems, organization } from '../../db/schema/index.js';

/** 500 rows per statement: few round trips, far below PostgreSQL's 65,535 bind parameters. */
const BATCH_SIZE = 500;

export interface NewDemoContact {
  externalId: string;
  name: string;
  email: string;
  language: string;
  segment: string;
  region: string;
  plan: string;
  revenue: number;
  customerSince: Date;
  productsUsed: string[];
  churnedAt: Date | null;
  /** Custom attributes only; each key needs a definition in `attributeDefinitions`. */
  attributes: Record<string, string | number | boolean | null>;
  createdAt: Date;
}

export interface NewDemoAttributeDefinition {
  key: string;
  type: 'string' | 'number' | 'date' | 'boolean';
  label: string;
}

export interface NewDemoFeedbackItem {
  contactExternalId: string | null;
  channel: string;
  source: string;
  metric: string | null;
  score: number | null;
  scaleMin: number | null;
  scaleMax: number | null;
  text: string | null;
  language: string;
  product: string | null;
  touchpoint: string | null;
  occurredAt: Date;
  externalRef: string;
}

export async function countContacts(db: Db, organizationId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(contacts)
    .where(eq(contacts.organizationId, organizationId));
  return Number(row?.n ?? 0);
}

export interface NewDemoEvent {
  contactExternalId: string;
  type: string;
  value: number | null;
  revenue: number | null;
  occurredAt: Date;
  properties: Record<string, string | number>;
  eventId: string;
}

/**
 * Writes the whole demo in one transaction, so a failure leaves nothing half-written. Contacts
 * are inserted plainly: if another request filled the organization meanwhile, the unique
 * (organization, external id) index refuses them and the caller reports a conflict. Items skip
 * refs that already exist, so a rerun after contacts were deleted cannot duplicate them.
 */
export async function insertDemoData(
  db: Db,
  organizationId: string,
  newContacts: readonly NewDemoContact[],
  items: readonly NewDemoFeedbackItem[],
  attributeDefinitions: readonly NewDemoAttributeDefinition[] = [],
  events: readonly NewDemoEvent[] = [],
): Promise<{ contacts: number; feedbackItems: number; events: number }> {
  return db.transaction(async (tx) => {
    if (attributeDefinitions.length > 0) {
      await tx
        .insert(contactAttributeDefinitions)
        .values(attributeDefinitions.map((d) => ({ ...d, organizationId })))
        .onConflictDoNothing();
    }
    const idByExternalId = new Map<string, string>();
    for (const batch of chunks(newContacts)) {
      const rows = await tx
        .insert(contacts)
        .values(batch.map((c) => ({ ...c, organizationId, updatedAt: c.createdAt })))
        .returning({ id: contacts.id, externalId: contacts.externalId });
      for (const row of rows) idByExternalId.set(row.externalId, row.id);
    }
    let inserted = 0;
    for (const batch of chunks(items)) {
      const rows = await tx
        .insert(feedbackItems)
        .values(
          batch.map(({ contactExternalId, ...item }) => ({
            ...item,
            organizationId,
            contactId: contactExternalId ? (idByExternalId.get(contactExternalId) ?? null) : null,
            // Received when it happened: "new this week" views should see history, not one spike.
            createdAt: item.occurredAt,
          })),
        )
        .onConflictDoNothing({ target: [feedbackItems.organizationId, feedbackItems.channel, feedbackItems.externalRef] })
        .returning({ id: feedbackItems.id });
      inserted += rows.length;
    }
    let eventCount = 0;
    const eventRows = events.flatMap(({ contactExternalId, ...event }) => {
      const contactId = idByExternalId.get(contactExternalId);
      return contactId ? [{ ...event, organizationId, contactId, createdAt: event.occurredAt }] : [];
    });
    for (const batch of chunks(eventRows)) {
      const rows = await tx
        .insert(contactEvents)
        .values(batch)
        .onConflictDoNothing({ target: [contactEvents.organizationId, contactEvents.eventId] })
        .returning({ id: contactEvents.id });
      eventCount += rows.length;
    }
    return { contacts: idByExternalId.size, feedbackItems: inserted, events: eventCount };
  });
}

/**
 * Installation-wide, like countAccounts: the CLI's `demo` without --org needs to know whether
 * there is no organization, exactly one, or several to choose from.
 */
export async function listOrganizations(db: Db, limit: number) {
  return db
    .select({ id: organization.id, name: organization.name, slug: organization.slug })
    .from(organization)
    .orderBy(asc(organization.createdAt), asc(organization.slug))
    .limit(limit);
}

function* chunks<T>(rows: readonly T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += BATCH_SIZE) yield rows.slice(i, i + BATCH_SIZE);
}
