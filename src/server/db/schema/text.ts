import { sql } from 'drizzle-orm';
import { check, index, pgTable, primaryKey, real, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { user } from './auth.js';
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

/**
 * The organization's verdicts on the themes the text stage tagged (issue 16, "why this tag"): an
 * agent agreed or disagreed that an item's comment is about a theme. The latest verdict from anyone
 * replaces the earlier one (who and when are the latest's). A disagreed theme is kept out of
 * `item_themes` for the item, now and whenever the stage reads the comment again. Together with
 * `sentiment_verdicts` these rows are the organization's own labelled set. A deleted item takes its
 * verdicts with it; an erased one loses them in the erasure's transaction.
 */
export const themeVerdicts = pgTable(
  'theme_verdicts',
  {
    organizationId: text('organization_id').notNull(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => feedbackItems.id, { onDelete: 'cascade' }),
    themeId: text('theme_id').notNull(),
    /** agree | disagree */
    verdict: text('verdict').notNull(),
    /** Which analyser had tagged it (`lexicon-1`, …), so an evaluation compares like with like. */
    analyser: text('analyser'),
    /** The person who gave the latest verdict; null for an API key or a deleted account. */
    byUserId: text('by_user_id').references(() => user.id, { onDelete: 'set null' }),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.itemId, t.themeId] }),
    index('theme_verdicts_org_theme_idx').on(t.organizationId, t.themeId),
    check('theme_verdicts_verdict_check', sql`${t.verdict} in ('agree', 'disagree')`),
  ],
);

/**
 * The organization's verdict on an item's sentiment label: agreed, or corrected to the label the
 * agent says is right. A correction wins over the analyser's label wherever the label is read: it
 * is written into the item's `analysis.sentimentLabel` (the analyser's kept beside it as
 * `analyserSentimentLabel`), also after the stage reads the comment again.
 */
export const sentimentVerdicts = pgTable(
  'sentiment_verdicts',
  {
    organizationId: text('organization_id').notNull(),
    itemId: uuid('item_id')
      .primaryKey()
      .references(() => feedbackItems.id, { onDelete: 'cascade' }),
    /** agree | correct */
    verdict: text('verdict').notNull(),
    /** The label the agent says is right: the analyser's when agreeing, the correction otherwise. */
    label: text('label').notNull(),
    /** What the analyser had said when the verdict was given. */
    analyserLabel: text('analyser_label').notNull(),
    analyser: text('analyser'),
    byUserId: text('by_user_id').references(() => user.id, { onDelete: 'set null' }),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('sentiment_verdicts_org_idx').on(t.organizationId),
    check('sentiment_verdicts_verdict_check', sql`${t.verdict} in ('agree', 'correct')`),
    check('sentiment_verdicts_label_check', sql`${t.label} in ('positive', 'neutral', 'negative')`),
  ],
);
