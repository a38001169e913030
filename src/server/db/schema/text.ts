import { index, pgTable, primaryKey, real, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { feedbackItems } from './feedback.js';

/**
 * The themes the text stage found in an item's comment, one row per item and theme: what the
 * theme analytics count and what the answers' theme filter joins, by organization, theme and time.
 * The evidence (the matched words) stays in the item's `analysis`; this table is the index.
 * Rewritten whole for an item each time its comment is analysed; a deleted item takes its rows
 * with it (the foreign key: only the text stage writes here, never the answer's hot statement), an
 * erased one loses them through the stage.
 */
export const itemThemes = pgTable(
  'item_themes',
  {
    organizationId: text('organization_id').notNull(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => feedbackItems.id, { onDelete: 'cascade' }),
    themeId: text('theme_id').notNull(),
    /** The sentiment of the sentence around the theme's evidence, −1…1. */
    sentiment: real('sentiment').notNull(),
    /** The item's time, copied so a theme's volume over a period is read from this table alone. */
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.itemId, t.themeId] }),
    index('item_themes_org_theme_time_idx').on(t.organizationId, t.themeId, t.occurredAt),
  ],
);
