import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, primaryKey, real, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { user } from './auth.js';
import type { StoredTextSentimentModel } from '../../../domain/text/text-sentiment-model.js';
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
  /** The label that counts: an agent's correction (sentiment_verdicts) when there is one. */
  sentimentLabel?: 'positive' | 'neutral' | 'negative';
  /** What the analyser said, present only while a correction overrides it. */
  analyserSentimentLabel?: 'positive' | 'neutral' | 'negative';
  sentimentEvidence?: StoredEvidence[];
  themes?: string[];
  /** `names` only for the organization's own themes (a rename replays the stage, so they stay current). */
  themeDetails?: Array<{
    id: string;
    sentiment: number;
    evidence: StoredEvidence[];
    names?: { en: string; de: string };
  }>;
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
    /** positive | neutral | negative, an agent's correction over the analyser's: what sentiment filters and counts read without the JSON. */
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

/**
 * An organization's own sentiment model and how it compared with the lexicon on the organization's
 * held-out comments (issue 16): one row per organization, replaced by each training. `model` is
 * kept only when the model was chosen (it reads the held-out comments better); `figures` holds both
 * readers' AUC with intervals and the counts, as shown on the Themes page.
 */
export const textModels = pgTable('text_models', {
  organizationId: text('organization_id').primaryKey(),
  trainedAt: timestamp('trained_at', { withTimezone: true }).notNull(),
  /** model | lexicon */
  chosen: text('chosen').notNull(),
  figures: jsonb('figures').$type<TextModelFigures>().notNull(),
  model: jsonb('model').$type<StoredTextSentimentModel>(),
});

/** What a training measured, as stored and shown. */
export interface TextModelFigures {
  reason: 'too-few-comments' | 'model-better' | 'lexicon-as-good';
  comments: { positive: number; negative: number };
  heldOut: { positive: number; negative: number };
  lexicon: { auc: number; low: number; high: number } | null;
  model: { auc: number; low: number; high: number } | null;
}
