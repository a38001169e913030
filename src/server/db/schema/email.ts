import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organization } from './auth.js';

/**
 * Every mail Resonance writes is a row first. Delivery is a job that moves it from `queued`
 * to `sent` (or `failed` after retries); without SMTP configured it stays in `outbox`, shown in
 * the dashboard, so nothing is lost while someone evaluates Resonance.
 */
export const emailMessages = pgTable(
  'email_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: text('organization_id').references(() => organization.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    toAddress: text('to_address').notNull(),
    /** The sender when not the instance's MAIL_FROM (an organization's sender name or own SMTP sender). */
    fromAddress: text('from_address'),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    htmlBody: text('html_body'),
    headers: jsonb('headers').$type<Record<string, string>>(),
    status: text('status', { enum: ['outbox', 'queued', 'sent', 'failed'] }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [index('email_messages_org_idx').on(t.organizationId, t.createdAt)],
);
