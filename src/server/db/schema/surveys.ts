import {
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organization } from './auth.js';

/** In-app widget: which visitors see a survey (segment, event, delay, sample). */
export interface WidgetTargeting {
  segmentId: string | null;
  /** Show after this `Resonance.track()` event; null shows on page load. */
  event: string | null;
  delaySeconds: number;
  /** 1–100: the share of eligible visitors asked. */
  samplePercent: number;
}

/**
 * A survey and its versions. The survey row holds what may change without touching answers
 * (name, status); every wording or question change is a new immutable `survey_versions` row, so
 * each answer can point at the exact definition it was given to.
 */
export const surveys = pgTable(
  'surveys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organization.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    templateId: text('template_id'),
    metric: text('metric', { enum: ['nps', 'csat', 'ces', 'brand'] }).notNull(),
    status: text('status', { enum: ['draft', 'live', 'archived'] })
      .notNull()
      .default('draft'),
    currentVersion: integer('current_version').notNull().default(1),
    /** Days before the same contact may get this survey again; null: only the organization's quiet period. */
    recontactPeriodDays: integer('recontact_period_days'),
    /** The public link's unguessable key (`/l/<key>`); null until the link is turned on. */
    linkKey: text('link_key'),
    /** In-app widget targeting; null: not shown in the widget. */
    widget: jsonb('widget').$type<WidgetTargeting>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('surveys_org_name_idx').on(t.organizationId, t.name),
    uniqueIndex('surveys_link_key_idx').on(t.linkKey),
  ],
);

export const surveyVersions = pgTable(
  'survey_versions',
  {
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organization.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    /** The first version whose answers can be pooled with this one's (domain/survey/versions.ts). */
    comparableSince: integer('comparable_since').notNull(),
    /** A `SurveyDefinition` (shared/contracts/survey-model.ts), validated before it is stored. */
    definition: jsonb('definition').$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.surveyId, t.version] }),
    index('survey_versions_org_idx').on(t.organizationId),
  ],
);
