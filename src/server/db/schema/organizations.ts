import { index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organization, user } from './auth.js';

/** Resonance's own settings for an organization (better-auth owns the `organization` row). */
export const orgSettings = pgTable('org_settings', {
  organizationId: text('organization_id')
    .primaryKey()
    .references(() => organization.id, { onDelete: 'cascade' }),
  // No default: the row is made when the organization is, on the installation's DEFAULT_PLAN.
  planId: text('plan_id').notNull(),
  defaultLanguage: text('default_language').notNull().default('en'),
  industry: text('industry'),
  /** ISO 4217 code the organization's revenue figures are in (contacts' revenue, loyalty economics). */
  currency: text('currency').notNull().default('EUR'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Monthly counters per metric (e.g. `survey.sends` in `2026-11`). */
export const usageCounters = pgTable(
  'usage_counters',
  {
    organizationId: text('organization_id')
      .notNull()
      .references(() => organization.id, { onDelete: 'cascade' }),
    period: text('period').notNull(),
    metric: text('metric').notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.period, t.metric] })],
);

/**
 * Organization-owned API keys. Only a SHA-256 digest of the key is stored: keys are 256-bit
 * random strings, so a fast digest is enough (no dictionary to attack) and lets every request
 * look its key up by index.
 */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organization.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** The first characters of the key, shown in lists so people can tell keys apart. */
    start: text('start').notNull(),
    keyHash: text('key_hash').notNull(),
    createdByUserId: text('created_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('api_keys_key_hash_idx').on(t.keyHash), index('api_keys_org_idx').on(t.organizationId)],
);
