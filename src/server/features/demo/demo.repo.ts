import { asc, eq, getTableName, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import {
  contactAttributeDefinitions,
  contactEvents,
  contacts,
  feedbackItems,
  organization,
} from '../../db/schema/index.js';
import { bulkInsert, type BulkColumn } from '../../db/bulk-insert.js';
import { insertDemoProgramme, type NewDemoProgramme } from './demo-programme.repo.js';

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
  isEmailOptOut: boolean;
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
  /** Derived (see demo-ids.ts): a survey answer's response row points at it. */
  id: string;
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

export interface NewDemoData {
  contacts: readonly NewDemoContact[];
  attributeDefinitions: readonly NewDemoAttributeDefinition[];
  items: readonly NewDemoFeedbackItem[];
  events: readonly NewDemoEvent[];
  programme: NewDemoProgramme;
}

export type { NewDemoProgramme, NewDemoResponse } from './demo-programme.repo.js';

export interface DemoInsertCounts {
  contacts: number;
  feedbackItems: number;
  events: number;
  surveys: number;
  sends: number;
  invitations: number;
  responses: number;
}

/**
 * Writes the whole demo in one transaction, so a failure leaves nothing half-written. Contacts
 * are inserted plainly: if another request filled the organization meanwhile, the unique
 * (organization, external id) index refuses them and the caller reports a conflict. Everything
 * else skips rows that already exist (items by ref, survey rows by their derived ids, surveys
 * and the segment by name), so a rerun after contacts were deleted cannot duplicate them.
 */
export async function insertDemoData(
  db: Db,
  organizationId: string,
  data: NewDemoData,
): Promise<DemoInsertCounts> {
  const { contacts: newContacts, attributeDefinitions, items, events } = data;
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
    const inTx = tx as unknown as Db;
    const contactId = (externalId: string) => idByExternalId.get(externalId) ?? null;
    const inserted = await bulkInsert(
      inTx,
      getTableName(feedbackItems),
      itemColumns(organizationId, contactId),
      items,
    );
    const eventRows = events.filter((e) => idByExternalId.has(e.contactExternalId));
    const eventCount = await bulkInsert(
      inTx,
      getTableName(contactEvents),
      eventColumns(organizationId, contactId),
      eventRows,
    );
    const programme = await insertDemoProgramme(inTx, organizationId, data.programme, idByExternalId);
    return { contacts: idByExternalId.size, feedbackItems: inserted, events: eventCount, ...programme };
  });
}

type ContactIds = (externalId: string) => string | null;

function itemColumns(organizationId: string, contactId: ContactIds): BulkColumn<NewDemoFeedbackItem>[] {
  const f = feedbackItems;
  const text = (
    column: { name: string },
    value: (row: NewDemoFeedbackItem) => string | null,
  ): BulkColumn<NewDemoFeedbackItem> => ({ name: column.name, type: 'text', value });
  const int = (
    column: { name: string },
    value: (row: NewDemoFeedbackItem) => number | null,
  ): BulkColumn<NewDemoFeedbackItem> => ({ name: column.name, type: 'integer', value });
  return [
    { name: f.id.name, type: 'uuid', value: (r) => r.id },
    text(f.organizationId, () => organizationId),
    {
      name: f.contactId.name,
      type: 'uuid',
      value: (r) => (r.contactExternalId === null ? null : contactId(r.contactExternalId)),
    },
    text(f.channel, (r) => r.channel),
    text(f.source, (r) => r.source),
    text(f.metric, (r) => r.metric),
    int(f.score, (r) => r.score),
    int(f.scaleMin, (r) => r.scaleMin),
    int(f.scaleMax, (r) => r.scaleMax),
    text(f.text, (r) => r.text),
    text(f.language, (r) => r.language),
    text(f.product, (r) => r.product),
    text(f.touchpoint, (r) => r.touchpoint),
    { name: f.occurredAt.name, type: 'timestamptz', value: (r) => r.occurredAt },
    text(f.externalRef, (r) => r.externalRef),
    // Received when it happened: "new this week" views should see history, not one spike.
    { name: f.createdAt.name, type: 'timestamptz', value: (r) => r.occurredAt },
  ];
}

function eventColumns(organizationId: string, contactId: ContactIds): BulkColumn<NewDemoEvent>[] {
  const e = contactEvents;
  return [
    { name: e.organizationId.name, type: 'text', value: () => organizationId },
    { name: e.contactId.name, type: 'uuid', value: (r) => contactId(r.contactExternalId) },
    { name: e.type.name, type: 'text', value: (r) => r.type },
    { name: e.value.name, type: 'double precision', value: (r) => r.value },
    { name: e.revenue.name, type: 'double precision', value: (r) => r.revenue },
    { name: e.occurredAt.name, type: 'timestamptz', value: (r) => r.occurredAt },
    { name: e.properties.name, type: 'jsonb', value: (r) => r.properties },
    { name: e.eventId.name, type: 'text', value: (r) => r.eventId },
    { name: e.createdAt.name, type: 'timestamptz', value: (r) => r.occurredAt },
  ];
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
