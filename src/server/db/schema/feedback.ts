import { sql, type SQL } from 'drizzle-orm';
import {
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';

/**
 * An item's comment as PostgreSQL's full-text search reads it: German and English comments
 * stemmed in their language (so "Rechnungen" finds "Rechnung", "invoices" finds "invoice"),
 * anything else word by word. The search index is built on exactly this expression and the
 * inbox's search repeats it, so the planner can use the index.
 */
export function commentSearchVector(language: AnyPgColumn | SQL, comment: AnyPgColumn | SQL): SQL {
  return sql`to_tsvector(case ${language} when 'de' then 'german'::regconfig when 'en' then 'english'::regconfig else 'simple'::regconfig end, coalesce(${comment}, ''))`;
}

/**
 * The one pipeline: every survey answer and every review, social comment, chat or ticket is
 * one item. Case rules, text analytics, audits, churn and analytics read items and never care
 * which channel produced them.
 */
export const feedbackItems = pgTable(
  'feedback_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // No foreign keys here or on survey_responses: their checks ran per row on every answer, in
    // the one statement all answers queue for (a sixth of its database time). What they did on
    // delete is done by triggers on the rarely deleted side (migration 0011): an organization
    // takes its items and their responses with it, a deleted contact leaves its items anonymous.
    // Every insert names its organization from the request and its contact from a row it read.
    organizationId: text('organization_id').notNull(),
    contactId: uuid('contact_id'),
    /** survey | review | social | chat | email | ticket | call | message | other */
    channel: text('channel').notNull(),
    source: text('source'),
    /** nps | csat | ces | brand | rating (a source's own stars), when the item carries a score. */
    metric: text('metric'),
    score: integer('score'),
    scaleMin: integer('scale_min'),
    scaleMax: integer('scale_max'),
    text: text('text'),
    language: text('language'),
    product: text('product'),
    /** Author details as the source gave them, kept when no contact matched (anonymous). */
    authorEmail: text('author_email'),
    authorHandle: text('author_handle'),
    authorName: text('author_name'),
    link: text('link'),
    touchpoint: text('touchpoint'),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    /** The source's own id, so a repeated delivery is stored once. */
    externalRef: text('external_ref'),
    /**
     * Counts the item's changes (score, comment, contact): each write that changes the item raises
     * it and announces the new version through the pipeline outbox, so a stage can tell a change it
     * has seen from one it has not.
     */
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('feedback_items_org_ref_idx').on(t.organizationId, t.channel, t.externalRef),
    index('feedback_items_org_time_idx').on(t.organizationId, t.occurredAt),
    index('feedback_items_contact_idx').on(t.contactId),
    // The inbox's comment search, over items with a comment only (`commentMatches` repeats the
    // predicate, so the planner may use it): a survey answer's score arrives without its comment
    // (that comes later, as an update), so the write every answer queues for no longer adds a
    // GIN entry per row, nor the pending-list merges and index vacuuming that follow. `fastupdate`
    // (GIN's pending list, PostgreSQL's default, spelled out because it is the point) keeps each
    // comment's insert an append, merged into the index by autovacuum or when the list is full.
    index('feedback_items_search_idx')
      .using('gin', commentSearchVector(t.language, t.text))
      .with({ fastupdate: true })
      .where(sql`${t.text} is not null`),
  ],
);
