import { integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organization } from './auth.js';

export type ThemeCandidateStatus = 'candidate' | 'promoted' | 'dismissed';

/** An example comment of a candidate, copied so the list needs no join (and survives the item). */
export interface CandidateExample {
  itemId: string;
  text: string;
}

/**
 * Groups of comments no curated theme claimed, found by a discovery run (issue 16): an admin
 * renames, merges, splits, dismisses or promotes them. The id is derived from the group's label
 * words, so a later run that finds the same group finds the same row (a dismissed one stays
 * dismissed). The member item ids are kept (bounded by the run's limit) so a split can cluster
 * them again.
 */
export const themeCandidates = pgTable(
  'theme_candidates',
  {
    organizationId: text('organization_id')
      .notNull()
      .references(() => organization.id, { onDelete: 'cascade' }),
    id: text('id').notNull(),
    /** A name an admin gave it; null shows the top terms. */
    name: text('name'),
    terms: jsonb('terms').$type<string[]>().notNull(),
    examples: jsonb('examples').$type<CandidateExample[]>().notNull(),
    itemIds: jsonb('item_ids').$type<string[]>().notNull(),
    size: integer('size').notNull(),
    status: text('status').$type<ThemeCandidateStatus>().notNull().default('candidate'),
    runId: uuid('run_id').notNull(),
    runAt: timestamp('run_at', { withTimezone: true }).notNull(),
    /** The own theme it became. */
    themeId: text('theme_id'),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.id] })],
);

/**
 * An organization's own themes, tagged by the text stage beside the curated ones: id `org-<slug>`
 * (what `item_themes.theme_id` holds), names in both languages, dictionary terms per language.
 */
export const orgThemes = pgTable(
  'org_themes',
  {
    organizationId: text('organization_id')
      .notNull()
      .references(() => organization.id, { onDelete: 'cascade' }),
    id: text('id').notNull(),
    nameEn: text('name_en').notNull(),
    nameDe: text('name_de').notNull(),
    terms: jsonb('terms').$type<{ de: string[]; en: string[] }>().notNull(),
    candidateId: text('candidate_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.id] })],
);

/**
 * A replay of the text analysis over an organization's stored comments after its own themes
 * changed: how far it got, for the progress the dashboard shows.
 */
export const themeReplays = pgTable('theme_replays', {
  id: uuid('id').primaryKey().defaultRandom(),
  organizationId: text('organization_id')
    .notNull()
    .references(() => organization.id, { onDelete: 'cascade' }),
  status: text('status').$type<'queued' | 'running' | 'done'>().notNull(),
  total: integer('total').notNull(),
  done: integer('done').notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
});
