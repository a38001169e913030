import { index, jsonb, pgTable, primaryKey, real, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { feedbackItems } from './feedback.js';

export interface StoredEvidence {
  start: number;
  end: number;
  text: string;
  weight: number;
  kind: string;
}

/**
 * What the text stage read in an item's comment. `sentiment` is −1…1, as case rules read it;
 * `themes` the theme ids (item_themes indexes them); the evidence says why.
 */
export interface FeedbackAnalysis {
  language?: string;
  sentiment?: number;
  sentimentLabel?: 'positive' | 'neutral' | 'negative';
  sentimentEvidence?: StoredEvidence[];
  themes?: string[];
  themeDetails?: Array<{ id: string; sentiment: number; evidence: StoredEvidence[] }>;
  /** Which analyser wrote it (`lexicon-1`, or an organization's model), so a change is visible. */
  analyser?: string;
}

/**
 * What the text stage read in each item's comment, one row per analysed item (none for an item
 * without a comment). Its own table rather than a column of feedback_items: writing a column there
 * rewrites the whole item row and, as the row's page is full, every index of it (the comment search's
 * GIN entry included) — at an answers' peak that halved the answer rate. A narrow insert here does
 * not touch the item. A deleted item takes its row with it (the foreign key).
 */
export const itemAnalyses = pgTable(
  'item_analyses',
  {
    itemId: uuid('item_id')
      .primaryKey()
      .references(() => feedbackItems.id, { onDelete: 'cascade' }),
    organizationId: text('organization_id').notNull(),
    /** positive | neutral | negative: what sentiment filters and counts read without the JSON. */
    sentimentLabel: text('sentiment_label').notNull(),
    /** The item's time, copied so a period's analysed comments are counted from this table alone. */
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    analysis: jsonb('analysis').$type<FeedbackAnalysis>().notNull(),
  },
  (t) => [index('item_analyses_org_time_idx').on(t.organizationId, t.occurredAt)],
);

/**
 * The themes the text stage found in an item's comment, one row per item and theme: what the
 * theme analytics count and what the answers' theme filter joins, by organization, theme and time.
 * The evidence (the matched words) stays in the item's analysis (item_analyses); this table is the index.
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
