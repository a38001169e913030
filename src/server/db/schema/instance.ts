import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Installation-wide values every node must share, such as the generated session-signing secret
 * when AUTH_SECRET is not set. Not organization data.
 */
export const instanceSettings = pgTable('instance_settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
