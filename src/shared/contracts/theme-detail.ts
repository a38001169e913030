import { z } from 'zod';
import { ZTextAnalysis } from './text-analysis.js';
import { ZThemeFigures, ZThemesQuery } from './themes.js';

/** Breakdown groups with fewer analysed comments are not listed one by one (the product's thin mark). */
export const THEME_GROUP_MIN_COMMENTS = 30;
/** Example comments shown at most. */
export const THEME_EXAMPLES = 8;

export const ZThemeDetailParams = z.strictObject({
  themeId: z
    .string()
    .min(1)
    .max(100)
    .meta({ description: 'A theme id as `GET /api/v1/themes` lists it (e.g. `billing`)' }),
});

/** The longest period a theme's page draws (240 monthly points). */
export const THEME_DETAIL_MAX_YEARS = 20;

/** The period, as for the list, at most 20 years long. */
export const ZThemeDetailQuery = ZThemesQuery.refine(
  (q) =>
    Number(q.to.slice(0, 4)) * 12 +
      Number(q.to.slice(5, 7)) -
      (Number(q.from.slice(0, 4)) * 12 + Number(q.from.slice(5, 7))) <=
    THEME_DETAIL_MAX_YEARS * 12,
  { path: ['to'], message: `must be at most ${THEME_DETAIL_MAX_YEARS} years after from` },
);
export type TThemeDetailQuery = z.infer<typeof ZThemeDetailQuery>;

const ZShare = z
  .object({ percent: z.number(), ci: z.object({ low: z.number(), high: z.number() }) })
  .nullable()
  .meta({
    description:
      'Percent of the analysed comments that mention the theme, with a 95 % Wilson interval; null without comments',
  });

export const THEME_SERIES_GRAINS = ['day', 'week', 'month'] as const;

const ZSeriesPoint = z.object({
  key: z.string().meta({ description: '2026-11-03 (day), 2026-W45 (ISO week) or 2026-11 (month)' }),
  from: z
    .string()
    .meta({ description: 'First day counted (the bucket’s start, or the period’s when it starts later)' }),
  to: z.string().meta({ description: 'Day after the last counted (exclusive)' }),
  mentions: z.number().int(),
  comments: z.number().int().meta({ description: 'Analysed comments of the bucket' }),
  share: ZShare,
  sentiment: z
    .number()
    .nullable()
    .meta({ description: 'Mean sentiment (−1…1) of its mentions; null without' }),
  isThin: z
    .boolean()
    .meta({ description: `Fewer than ${THEME_GROUP_MIN_COMMENTS} analysed comments: drawn hollow` }),
});

const ZGroup = z.object({
  key: z
    .string()
    .nullable()
    .meta({ description: 'The channel, segment or touchpoint; null for comments without one' }),
  mentions: z.number().int(),
  comments: z.number().int().meta({ description: 'Analysed comments of the group' }),
  share: ZShare,
});

const ZBreakdown = z.object({
  groups: z.array(ZGroup).meta({
    description: `Groups with a mention and at least ${THEME_GROUP_MIN_COMMENTS} analysed comments, most mentions first`,
  }),
  hidden: z
    .object({
      groups: z.number().int(),
      mentions: z.number().int(),
    })
    .meta({
      description: `The mentions in groups with fewer than ${THEME_GROUP_MIN_COMMENTS} analysed comments, not listed one by one`,
    }),
});

const ZExample = z.object({
  itemId: z.string(),
  occurredAt: z.string(),
  channel: z.string(),
  metric: z.string().nullable(),
  score: z.number().int().nullable(),
  text: z.string(),
  sentiment: z.number().meta({ description: 'Sentiment (−1…1) of the sentence that mentions the theme' }),
  evidence: ZTextAnalysis.shape.themes.element.shape.evidence.meta({
    description: 'The words that put the comment in this theme (offsets into text)',
  }),
  analysis: ZTextAnalysis,
  caseId: z.string().nullable().meta({ description: 'The case holding the item, if one does' }),
});

export const ZThemeDetail = z
  .object({
    from: z.string(),
    to: z.string(),
    analysedComments: z.number().int(),
    npsAnswers: z.number().int(),
    theme: ZThemeFigures,
    grain: z.enum(THEME_SERIES_GRAINS).meta({
      description: 'day for periods up to 31 days, month beyond a year, else ISO week (UTC)',
    }),
    series: z.array(ZSeriesPoint),
    breakdowns: z.object({ channel: ZBreakdown, segment: ZBreakdown, touchpoint: ZBreakdown }),
    examples: z.array(ZExample).meta({
      description: `Up to ${THEME_EXAMPLES} of the most recent comments that mention it, negative and positive mixed (half each where there are enough)`,
    }),
  })
  .meta({ id: 'ThemeDetail' });
export type TThemeDetail = z.infer<typeof ZThemeDetail>;
