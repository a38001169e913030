import { z } from 'zod';
import { textFilterFields } from './text-analysis.js';

/**
 * `GET /api/v1/metrics` and `/api/v1/metrics/compare`: NPS, CSAT and CES with n, interval and
 * category counts per group, in the shape the dashboard uses. Every number comes from the
 * rollups (score histograms per day), never from a scan of the raw answers, except under a
 * `theme` or `sentiment` filter: no rollup knows what a comment says, so those figures are
 * counted from the matching answers with the rollups' own dimensions and the same statistics.
 */

export const METRICS = ['nps', 'csat', 'ces'] as const;
export const TIME_GROUPS = ['week', 'month', 'quarter'] as const;
export const DIMENSION_GROUPS = [
  'segment',
  'region',
  'channel',
  'touchpoint',
  'product',
  'survey',
  'language',
] as const;
export const GROUP_BYS = ['none', ...TIME_GROUPS, ...DIMENSION_GROUPS] as const;
export type TMetric = (typeof METRICS)[number];
export type TGroupBy = (typeof GROUP_BYS)[number];
export type TDimension = (typeof DIMENSION_GROUPS)[number];

/** Groups with fewer answers are drawn hollow and get no significance mark. */
export const THIN_BELOW = 30;
/** False-discovery rate of the significance marks of a breakdown. */
export const BREAKDOWN_FDR = 0.05;

const ZDay = z.iso.date().meta({ description: 'A UTC day, YYYY-MM-DD' });
const dimension = (what: string) =>
  z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .meta({ description: `Only answers whose ${what} is this value` });

const ZFilters = {
  from: ZDay.optional().meta({ description: 'First UTC day (inclusive); default: the first answer' }),
  to: ZDay.optional().meta({
    description:
      'End of the period, exclusive: the first UTC day not counted (`from=2026-12-01&to=2026-12-05` is 1–4 December); default: after the last answer. ' +
      'The dashboard’s own addresses name the last day shown instead (`to=2026-12-04`).',
  }),
  surveyId: z.string().trim().min(1).max(200).optional().meta({
    description:
      "A survey's id (404 when it is not the organization's), or the source of answers sent through the feedback API",
  }),
  channel: dimension(
    'answering channel (email, link, widget, api; for non-survey items the feedback channel)',
  ),
  segment: dimension("contact's segment"),
  region: dimension("contact's region"),
  product: dimension('product'),
  language: dimension('language'),
  touchpoint: dimension(
    'touchpoint (e.g. support, onboarding, checkout; survey answers recorded by Resonance carry none)',
  ),
  // No rollup knows what a comment says: with either of these the figures are counted from the answers themselves.
  ...textFilterFields,
};

const boolParam = z.enum(['true', 'false']).transform((v) => v === 'true');

export const ZMetricsQuery = z
  .strictObject({
    metric: z.enum(METRICS).default('nps'),
    groupBy: z.enum(GROUP_BYS).default('none').meta({
      description: 'Trend buckets (UTC; ISO weeks) or a breakdown; `none` returns the overall figure only',
    }),
    weighted: boolParam
      .default(false)
      .meta({ description: "NPS only: also the NPS weighted by the contact's yearly revenue, per group" }),
    ...ZFilters,
  })
  .refine((q) => !q.from || !q.to || q.from < q.to, { path: ['to'], message: 'must be after from' });
export type TMetricsQuery = z.infer<typeof ZMetricsQuery>;
/** The filters every analytics view shares (and the drill-down to the answers behind a number). */
export type TMetricFilters = Omit<TMetricsQuery, 'metric' | 'groupBy' | 'weighted'>;

const count = z.number().int().min(0);
const ZInterval = z.object({ low: z.number(), high: z.number() });

const ZWeighted = z
  .object({
    n: count.meta({ description: 'Answers with a known positive revenue' }),
    effectiveN: z.number().meta({ description: 'Kish effective sample size (Σw)²/Σw²' }),
    score: z.number(),
    ci: ZInterval.nullable().meta({
      description: 'Linearised 95 % interval; null with fewer than two weighted answers',
    }),
  })
  .meta({ id: 'WeightedNps' });

const ZSignificance = z
  .object({
    difference: z.number().meta({
      description:
        'This group minus all other answers. NPS: adjusted-Wald NPS points (adjusted-Wald test); CSAT: top-2-box (4–5) percentage points; CES: % agree (5–7) percentage points (CSAT and CES: two-proportion z-test)',
    }),
    pValue: z.number(),
    adjustedP: z.number().nullable().meta({
      description:
        'Benjamini–Hochberg q-value among the groups with at least 30 answers; null for thinner ones',
    }),
    significant: z.boolean(),
    tooFewAnswers: z.boolean(),
    minDetectableDifference: z.number().nullable().meta({
      description:
        'When not significant: the smallest true difference (NPS points, or percentage points of the share) this comparison detects at 80 % power, 5 % two-sided',
    }),
  })
  .meta({ id: 'MetricSignificance' });

export const ZMetricGroup = z
  .object({
    key: z.string().meta({
      description:
        "`all` for the overall figure, `2026-W05`/`2026-02`/`2026-Q1` for trend buckets, else the dimension's value ('' = unknown)",
    }),
    start: ZDay.nullable().meta({ description: 'Trend buckets: first day (inclusive)' }),
    end: ZDay.nullable().meta({ description: 'Trend buckets: end day (exclusive)' }),
    n: count,
    score: z
      .number()
      .nullable()
      .meta({ description: 'NPS in points; CSAT top-2-box %; CES % agree (5–7). null without answers' }),
    ci: ZInterval.nullable().meta({ description: 'NPS: adjusted-Wald 95 %; CSAT/CES: Wilson 95 %' }),
    isThin: z.boolean().meta({ description: 'Fewer than 30 answers' }),
    distribution: z.record(z.string(), count).meta({ description: 'Answers per score' }),
    promoters: count.nullable(),
    passives: count.nullable(),
    detractors: count.nullable(),
    mean: z
      .object({ value: z.number(), sd: z.number().nullable(), ci: ZInterval.nullable() })
      .nullable()
      .meta({ description: 'CSAT/CES: mean score with its t-interval' }),
    weighted: ZWeighted.nullable(),
    significance: ZSignificance.nullable().meta({
      description: 'Breakdowns (not trends): this group against all other answers',
    }),
  })
  .meta({ id: 'MetricGroup' });
export type TMetricGroup = z.infer<typeof ZMetricGroup>;

export const ZMetricsResult = z
  .object({
    metric: z.enum(METRICS),
    groupBy: z.enum(GROUP_BYS),
    from: ZDay.nullable(),
    to: ZDay.nullable(),
    thinBelow: count,
    fdr: z.number(),
    overall: ZMetricGroup,
    groups: z.array(ZMetricGroup),
  })
  .meta({ id: 'MetricsResult' });
export type TMetricsResult = z.infer<typeof ZMetricsResult>;

export const ZMetricsCompareQuery = z
  .strictObject({
    metric: z
      .literal('nps')
      .default('nps')
      .meta({ description: 'Two-period comparison with the drop states is defined for NPS' }),
    aFrom: ZDay,
    aTo: ZDay.meta({ description: 'End of period A, exclusive: the first UTC day not counted' }),
    bFrom: ZDay,
    bTo: ZDay.meta({ description: 'End of period B, exclusive: the first UTC day not counted' }),
    ...ZFilters,
  })
  .omit({ from: true, to: true })
  .refine((q) => q.aFrom < q.aTo, { path: ['aTo'], message: 'must be after aFrom' })
  .refine((q) => q.bFrom < q.bTo, { path: ['bTo'], message: 'must be after bFrom' });
export type TMetricsCompareQuery = z.infer<typeof ZMetricsCompareQuery>;

export const NPS_DROP_VERDICTS = [
  'confirmed-drop',
  'material-drop',
  'significant-drop',
  'cannot-tell',
  'no-material-drop',
] as const;

export const ZMetricsComparison = z
  .object({
    metric: z.literal('nps'),
    a: ZMetricGroup,
    b: ZMetricGroup,
    comparison: z
      .object({
        difference: z.number().meta({ description: 'B minus A, adjusted-Wald points' }),
        observedDifference: z.number().meta({ description: 'B minus A, plain scores' }),
        standardError: z.number(),
        ci: ZInterval,
        pValue: z.number(),
        drop: z.object({
          verdict: z.enum(NPS_DROP_VERDICTS),
          significant: z.boolean(),
          material: z.boolean(),
          confirmed: z.boolean(),
          answersNeededPerPeriod: count.nullable(),
        }),
      })
      .nullable()
      .meta({ description: 'null when a period has no answers' }),
  })
  .meta({ id: 'MetricsComparison' });
export type TMetricsComparison = z.infer<typeof ZMetricsComparison>;
