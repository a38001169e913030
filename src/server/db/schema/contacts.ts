import {
  boolean,
  doublePrecision,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organization } from './auth.js';

export type CustomAttributeValue = string | number | boolean | null;

/**
 * One customer, keyed by the organization's own customer id (`external_id`), the same across
 * every product and channel. Typed columns for what Resonance computes with (language for
 * surveys, segment/region for breakdowns, revenue for CLV, churned_at for churn); custom
 * attributes live in `attributes`, typed by `contact_attribute_definitions`.
 */
export const contacts = pgTable(
  'contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organization.id, { onDelete: 'cascade' }),
    externalId: text('external_id').notNull(),
    email: text('email'),
    name: text('name'),
    phone: text('phone'),
    language: text('language'),
    segment: text('segment'),
    region: text('region'),
    plan: text('plan'),
    accountOwner: text('account_owner'),
    productsUsed: jsonb('products_used').$type<string[]>().notNull().default([]),
    /** Yearly revenue in the organization's currency, for CLV and weighted NPS. */
    revenue: doublePrecision('revenue'),
    customerSince: timestamp('customer_since', { withTimezone: true }),
    churnedAt: timestamp('churned_at', { withTimezone: true }),
    /** Consent: no e-mail at all, and never any survey on any channel. Honoured everywhere. */
    isEmailOptOut: boolean('is_email_opt_out').notNull().default(false),
    isNeverSurvey: boolean('is_never_survey').notNull().default(false),
    attributes: jsonb('attributes').$type<Record<string, CustomAttributeValue>>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('contacts_org_external_idx').on(t.organizationId, t.externalId),
    index('contacts_org_segment_idx').on(t.organizationId, t.segment),
    index('contacts_org_email_idx').on(t.organizationId, t.email),
    index('contacts_org_created_idx').on(t.organizationId, t.createdAt, t.id),
  ],
);

/**
 * When two contacts are merged the loser's external id keeps resolving to the survivor, so
 * systems that still send the old id land on the joined timeline.
 */
export const contactAliases = pgTable(
  'contact_aliases',
  {
    organizationId: text('organization_id')
      .notNull()
      .references(() => organization.id, { onDelete: 'cascade' }),
    externalId: text('external_id').notNull(),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.externalId] })],
);

/** Custom attributes are declared once per organization with their type; values are checked against it. */
export const contactAttributeDefinitions = pgTable(
  'contact_attribute_definitions',
  {
    organizationId: text('organization_id')
      .notNull()
      .references(() => organization.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    type: text('type', { enum: ['string', 'number', 'date', 'boolean'] }).notNull(),
    label: text('label'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.key] })],
);

/** Behaviour: logins, purchases, ignored offers, cancellations; idempotent by the sender's event id. */
export const contactEvents = pgTable(
  'contact_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organization.id, { onDelete: 'cascade' }),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    value: doublePrecision('value'),
    revenue: doublePrecision('revenue'),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    properties: jsonb('properties').$type<Record<string, unknown>>().notNull().default({}),
    eventId: text('event_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('contact_events_org_event_idx').on(t.organizationId, t.eventId),
    index('contact_events_contact_time_idx').on(t.organizationId, t.contactId, t.occurredAt),
    index('contact_events_org_type_time_idx').on(t.organizationId, t.type, t.occurredAt),
  ],
);

/** Saved filters over contact attributes (and later over metrics), used for sending and analytics. */
export const segments = pgTable(
  'segments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organization.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    filter: jsonb('filter').$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('segments_org_name_idx').on(t.organizationId, t.name)],
);
