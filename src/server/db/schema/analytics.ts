import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organization, user } from './auth.js';

/**
 * Which dimensions a rollup row keeps. Every answer is counted once per grain, so a query reads
 * the smallest grain that holds the dimensions it filters and groups by: the overview and the
 * trend read `total` (one row per day and score), a breakdown by segment reads `segment`, and
 * only a combination of dimensions falls back to `all`. One grain with every dimension would
 * be nearly as many rows as answers (days × segments × regions × … × scores) and no faster
 * than the raw scan.
 */
export const ROLLUP_GRAINS = [
  'total',
  'survey',
  'channel',
  'segment',
  'region',
  'product',
  'language',
  'touchpoint',
  'all',
] as const;
export type RollupGrain = (typeof ROLLUP_GRAINS)[number];

/**
 * Score histograms of the survey metrics (nps, csat, ces on their canonical scales) per
 * organization, UTC day, grain, dimensions and score, kept current by the rollups pipeline stage
 * (each item's contribution, `rollup_contributions`, taken out and put back in as it changes).
 * Dimensions a row does not keep, and values an answer does not have, are '' so one primary key
 * covers all. Segment and region are the contact's when the stage last processed the item; a full
 * rebuild (`rebuildRollups`) moves older answers to the contacts' current segments.
 *
 * `sum_weight`/`sum_weight_sq` are Σw and Σw² with w = the contact's yearly revenue (0 when
 * unknown): with the score fixed per row they give the weighted NPS and its linearised variance
 * exactly (domain/metrics/weighted-nps-sums.ts).
 */
export const metricRollups = pgTable(
  'metric_rollups',
  {
    organizationId: text('organization_id')
      .notNull()
      .references(() => organization.id, { onDelete: 'cascade' }),
    metric: text('metric').notNull(),
    grain: text('grain', { enum: ROLLUP_GRAINS }).notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    /** survey_responses.survey_id, else feedback_items.source. */
    survey: text('survey').notNull().default(''),
    /** The answering channel (email | link | widget | api) of a survey answer, else the item's channel. */
    channel: text('channel').notNull().default(''),
    segment: text('segment').notNull().default(''),
    region: text('region').notNull().default(''),
    product: text('product').notNull().default(''),
    language: text('language').notNull().default(''),
    /** feedback_items.touchpoint (e.g. support, onboarding, billing). */
    touchpoint: text('touchpoint').notNull().default(''),
    score: integer('score').notNull(),
    n: integer('n').notNull(),
    /** Answers with a positive weight (the n of the weighted NPS). */
    weightedN: integer('weighted_n').notNull(),
    sumWeight: doublePrecision('sum_weight').notNull(),
    sumWeightSq: doublePrecision('sum_weight_sq').notNull(),
  },
  (t) => [
    primaryKey({
      name: 'metric_rollups_pk',
      columns: [
        t.organizationId,
        t.metric,
        t.grain,
        t.day,
        t.survey,
        t.channel,
        t.segment,
        t.region,
        t.product,
        t.language,
        t.touchpoint,
        t.score,
      ],
    }),
    index('metric_rollups_org_day_idx').on(t.organizationId, t.day),
  ],
);

/**
 * What each feedback item adds to the rollups, as the rollups stage last counted it: one row per
 * item that is a survey metric. The stage subtracts this row and adds the item's current values,
 * so a changed score, a moved contact or an erasure corrects the histograms without re-reading a
 * whole day, and running it twice changes nothing. Segment, region and revenue weight are the
 * contact's when the item was last processed; an erasure announces the item again, which clears
 * them here too.
 */
export const rollupContributions = pgTable(
  'rollup_contributions',
  {
    itemId: uuid('item_id').primaryKey(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organization.id, { onDelete: 'cascade' }),
    metric: text('metric').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    survey: text('survey').notNull(),
    channel: text('channel').notNull(),
    segment: text('segment').notNull(),
    region: text('region').notNull(),
    product: text('product').notNull(),
    language: text('language').notNull(),
    touchpoint: text('touchpoint').notNull(),
    score: integer('score').notNull(),
    weight: doublePrecision('weight').notNull(),
  },
  (t) => [index('rollup_contributions_org_day_idx').on(t.organizationId, t.day)],
);

/**
 * An organization's own benchmark entries. The built-in table lives in
 * `domain/metrics/benchmarks.ts`; a row with `builtin_id` replaces (or, `hidden`, hides) that
 * built-in entry for this organization, a row without it is the organization's own entry. Every
 * entry carries source, year, method and market, as STATS.md requires.
 */
export const orgBenchmarks = pgTable(
  'org_benchmarks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organization.id, { onDelete: 'cascade' }),
    builtinId: text('builtin_id'),
    hidden: boolean('hidden').notNull().default(false),
    industry: text('industry').notNull(),
    metric: text('metric').notNull(),
    score: doublePrecision('score').notNull(),
    label: text('label').notNull(),
    source: text('source').notNull(),
    year: integer('year').notNull(),
    method: text('method').notNull(),
    /** b2b | b2c | both */
    market: text('market').notNull(),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('org_benchmarks_org_idx').on(t.organizationId),
    uniqueIndex('org_benchmarks_builtin_idx').on(t.organizationId, t.builtinId),
  ],
);

/**
 * Members who receive the weekly digest e-mail of an organization. `last_period` is the ISO week
 * (e.g. `2026-W48`) of the last digest sent, so a retried job never mails a week twice.
 */
export const digestSubscriptions = pgTable(
  'digest_subscriptions',
  {
    organizationId: text('organization_id')
      .notNull()
      .references(() => organization.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    lastPeriod: text('last_period'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'digest_subscriptions_pk', columns: [t.organizationId, t.userId] })],
);
