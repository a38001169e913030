import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Request counters every web node shares: the API's per-caller limit, failed authentication per
 * address, failed sign-ins per account. One row per bucket, updated by a single upsert per hit
 * (`features/rate-limits/request-limits.repo.ts`). Not organization data.
 */
export const requestLimits = pgTable(
  'request_limits',
  {
    /** `<bucket kind>:<subject>`, e.g. `api:key:<api key id>`, `auth-fail:<address>`, `sign-in:<e-mail>`. */
    key: text('key').primaryKey(),
    hits: integer('hits').notNull(),
    /** When the current window ends; the next hit after it starts counting from 1 again. */
    windowEndsAt: timestamp('window_ends_at', { withTimezone: true }).notNull(),
    lastHitAt: timestamp('last_hit_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('request_limits_window_ends_at_idx').on(t.windowEndsAt)],
);
