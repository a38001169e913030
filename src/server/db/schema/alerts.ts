import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organization } from './auth.js';
import { webhookDeliveries, webhookEndpoints } from './webhooks.js';

/**
 * An organization's integration settings (issue 15): whether webhook payloads and alert
 * messages carry ids, scores and links only. No row: personal data allowed (the default).
 */
export const integrationSettings = pgTable('integration_settings', {
  organizationId: text('organization_id')
    .primaryKey()
    .references(() => organization.id, { onDelete: 'cascade' }),
  idsOnly: boolean('ids_only').notNull().default(false),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

/**
 * Alert rules: which events (with conditions) go to which target in which language. A Slack or
 * Teams webhook URL is a credential: sealed (AES-256-GCM under AUTH_SECRET), with a hint to show
 * and a keyed hash (`target_key`) that groups rules writing to the same channel, so the channel is
 * paced as one. An e-mail list is kept as given; a webhook target is an existing endpoint.
 */
export const alertRules = pgTable(
  'alert_rules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organization.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    eventTypes: jsonb('event_types').$type<string[]>().notNull(),
    conditions: jsonb('conditions').$type<Record<string, unknown>>().notNull(),
    language: text('language').notNull(),
    /** slack | teams | email | webhook */
    targetKind: text('target_kind').notNull(),
    targetSealed: text('target_sealed'),
    targetHint: text('target_hint'),
    targetKey: text('target_key'),
    emails: jsonb('emails').$type<string[]>(),
    /** A webhook target: the endpoint, whose deletion deletes the rule. */
    endpointId: uuid('endpoint_id').references(() => webhookEndpoints.id, { onDelete: 'cascade' }),
    isEnabled: boolean('is_enabled').notNull().default(true),
    /** manual | gone (410) | failing (five days without a delivery) */
    disabledReason: text('disabled_reason'),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    failingSince: timestamp('failing_since', { withTimezone: true }),
    /** When its last message (or mail) was written: the channel's pacing reads it. */
    lastSentAt: timestamp('last_sent_at', { withTimezone: true }),
    /** The gap its last message left before the next to its channel: doubled while a burst goes on. */
    paceMs: integer('pace_ms'),
    /** When a flush job waiting for the channel is due (one waits per rule; null: none waits). */
    flushAt: timestamp('flush_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('alert_rules_org_idx').on(t.organizationId, t.createdAt),
    index('alert_rules_target_idx')
      .on(t.organizationId, t.targetKey)
      .where(sql`${t.targetKey} is not null`),
  ],
);

/**
 * One event a rule matched, with the facts its message shows (captured once, ids-only applied),
 * waiting to go out alone or in a burst's summary: pending until a message (a delivery, or mails)
 * carries it. Unique per rule and event, so a stage batch seen twice alerts once. Kept 30 days.
 */
export const alertEvents = pgTable(
  'alert_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: text('organization_id').notNull(),
    ruleId: uuid('rule_id')
      .notNull()
      .references(() => alertRules.id, { onDelete: 'cascade' }),
    /** type:subject:sequence, as the webhooks' event keys. */
    eventKey: text('event_key').notNull(),
    eventType: text('event_type').notNull(),
    subjectId: uuid('subject_id').notNull(),
    /** The person its facts may name: erasing them removes it and the messages carrying it. */
    contactId: uuid('contact_id'),
    facts: jsonb('facts').$type<Record<string, unknown>>().notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    /** pending | sent | dropped (its rule was turned off before it went) */
    status: text('status').notNull().default('pending'),
    deliveryId: uuid('delivery_id').references(() => webhookDeliveries.id, { onDelete: 'set null' }),
    /** The mails of an e-mail target that carried it. */
    mailIds: jsonb('mail_ids').$type<string[]>(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('alert_events_key_idx').on(t.ruleId, t.eventKey),
    index('alert_events_pending_idx')
      .on(t.ruleId, t.occurredAt)
      .where(sql`${t.status} = 'pending'`),
    index('alert_events_contact_idx')
      .on(t.contactId)
      .where(sql`${t.contactId} is not null`),
    index('alert_events_created_idx').on(t.createdAt),
  ],
);
