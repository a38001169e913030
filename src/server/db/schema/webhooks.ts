import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
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

/**
 * An organization's webhook endpoints (issue 15). The signing secrets are sealed (AES-256-GCM
 * under AUTH_SECRET, like the own SMTP URL): the current one and earlier ones still in their
 * rotation overlap, as JSON `[{ secret, retiresAt }]`.
 */
export const webhookEndpoints = pgTable(
  'webhook_endpoints',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organization.id, { onDelete: 'cascade' }),
    url: text('url').notNull(),
    description: text('description'),
    eventTypes: jsonb('event_types').$type<string[]>().notNull(),
    isEnabled: boolean('is_enabled').notNull().default(true),
    /** Why it is off: manual | gone (the receiver answered 410) | failing (five days without a delivery). */
    disabledReason: text('disabled_reason'),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    secretsSealed: text('secrets_sealed').notNull(),
    /** The first failed attempt since the last delivered one (domain/webhooks/endpoint-health.ts). */
    failingSince: timestamp('failing_since', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('webhook_endpoints_org_idx').on(t.organizationId, t.createdAt)],
);

/**
 * One message to one endpoint, with its schedule: what the receiver gets (the body is signed as
 * stored) and where it stands. Kept 30 days with its attempts. A delivery made by an event is
 * unique per endpoint and event (`event_key`), so a stage batch run twice sends nothing twice;
 * "send again" and "replay" add copies with the same `message_id` (the `webhook-id` receivers
 * deduplicate by).
 */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: text('organization_id').notNull(),
    /** The webhook endpoint it goes to; null for an alert rule's Slack or Teams message. */
    endpointId: uuid('endpoint_id').references(() => webhookEndpoints.id, { onDelete: 'cascade' }),
    /**
     * The alert rule (schema/alerts.ts) whose Slack or Teams message this is: the same attempts,
     * schedule and log serve both. No foreign key, so this file need not import alerts.ts (which
     * imports this one); deleting a rule deletes its deliveries in the same transaction.
     */
    alertRuleId: uuid('alert_rule_id'),
    /** The `webhook-id` header: `msg_` and 32 hex digits, the same for every attempt and copy. */
    messageId: text('message_id').notNull(),
    /** event | test | redelivery | replay */
    origin: text('origin').notNull(),
    eventType: text('event_type').notNull(),
    /** type:subject:sequence, for events (null for tests and copies). */
    eventKey: text('event_key'),
    subjectId: uuid('subject_id'),
    sequence: bigint('sequence', { mode: 'number' }),
    /** The person the payload may name: erasing them removes their deliveries. */
    contactId: uuid('contact_id'),
    payload: text('payload').notNull(),
    /** pending | delivered | failed (schedule spent or endpoint gone) | cancelled (endpoint disabled) */
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }),
    /** Set while an attempt runs; a worker that died leaves it to the job's retry after a minute. */
    attemptingSince: timestamp('attempting_since', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('webhook_deliveries_event_idx')
      .on(t.endpointId, t.eventKey)
      .where(sql`${t.eventKey} is not null`),
    index('webhook_deliveries_endpoint_idx').on(t.endpointId, t.createdAt),
    index('webhook_deliveries_created_idx').on(t.createdAt),
    index('webhook_deliveries_contact_idx')
      .on(t.contactId)
      .where(sql`${t.contactId} is not null`),
    index('webhook_deliveries_alert_rule_idx')
      .on(t.alertRuleId, t.createdAt)
      .where(sql`${t.alertRuleId} is not null`),
    check('webhook_deliveries_one_target', sql`num_nonnulls(${t.endpointId}, ${t.alertRuleId}) = 1`),
  ],
);

/** Each attempt of a delivery, as the log shows it. */
export const webhookAttempts = pgTable(
  'webhook_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    deliveryId: uuid('delivery_id')
      .notNull()
      .references(() => webhookDeliveries.id, { onDelete: 'cascade' }),
    organizationId: text('organization_id').notNull(),
    attempt: integer('attempt').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    durationMs: integer('duration_ms').notNull(),
    /** delivered | gone | redirect | status | throttled | timeout | network | address-refused */
    outcome: text('outcome').notNull(),
    statusCode: integer('status_code'),
    /** The first bytes the receiver answered (text), or the error. */
    responseExcerpt: text('response_excerpt'),
  },
  (t) => [index('webhook_attempts_delivery_idx').on(t.deliveryId, t.attempt)],
);
