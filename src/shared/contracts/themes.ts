import { z } from 'zod';

/** A UTC day; year 0 is refused, since PostgreSQL's calendar has none (1 BC precedes AD 1). */
const ZThemeDay = z.iso
  .date()
  .refine((day) => day >= '0001-01-01', { message: 'must be in year 1 or later' });

export const ZThemesQuery = z
  .strictObject({
    from: ZThemeDay.meta({ description: 'First day (YYYY-MM-DD, UTC)' }),
    to: ZThemeDay.meta({ description: 'Day after the last (exclusive)' }),
  })
  .refine((q) => q.to > q.from, { path: ['to'], message: 'must be after from' });
export type TThemesQuery = z.infer<typeof ZThemesQuery>;

const ZInterval = z.object({ low: z.number(), high: z.number() });

export const ZThemeFigures = z
  .object({
    id: z.string(),
    name: z.object({ de: z.string(), en: z.string() }),
    mentions: z.number().int().meta({ description: 'Comments of the period that mention the theme' }),
    share: z.object({ percent: z.number(), ci: ZInterval }).nullable().meta({
      description:
        'Of the period’s analysed comments, percent, with a 95 % Wilson interval; null without comments',
    }),
    sentiment: z
      .number()
      .nullable()
      .meta({ description: 'Mean sentiment (−1…1) of the sentences that mention it' }),
    negativeShare: z.number().nullable().meta({ description: 'Percent of its mentions that are negative' }),
    nps: z
      .object({
        answers: z.number().int().meta({ description: 'NPS answers with a comment that mentions the theme' }),
        npsWith: z.number(),
        npsWithout: z.number(),
        impact: z.number().meta({
          description:
            'NPS(all) − NPS(all without the theme), in points: negative where the theme drags the score down',
        }),
        ci: ZInterval.meta({
          description:
            '95 % percentile bootstrap interval of the impact: the answers with and without the theme resampled separately (their promoter/passive/detractor counts), 2,000 times, with a fixed seed per theme so the figures are the same on every call',
        }),
        analyticCi: ZInterval.meta({
          description:
            '95 % normal-approximation interval, impact ± 1.96·(n_T/n)·√(V_T/n_T + V_R/n_R), for comparison',
        }),
        hidden: z
          .boolean()
          .meta({ description: 'Fewer than 10 answers: the impact is mostly noise and not shown' }),
      })
      .nullable()
      .meta({ description: 'null when no NPS answer mentions it, or every one does' }),
    rising: z
      .object({
        baselineShare: z.number().meta({
          description: 'Percent of the baseline’s analysed comments that mention it',
        }),
        pValue: z.number().meta({
          description:
            'One-sided p of the pooled two-proportion z-test: is its share higher than in the baseline?',
        }),
        qValue: z.number().meta({
          description: 'Benjamini–Hochberg adjusted across the themes tested in this period',
        }),
        rising: z.boolean().meta({ description: 'q ≤ 0.05' }),
      })
      .nullable()
      .meta({
        description:
          'Whether its share of the comments rose significantly against its baseline — the 3× longer stretch right before `from` (for 1–30 November, 2 August – 31 October). null when not tested: fewer than 10 mentions in the period, or no analysed comments in the period or the baseline',
      }),
  })
  .meta({ id: 'ThemeFigures' });
export type TThemeFigures = z.infer<typeof ZThemeFigures>;

export const ZThemes = z
  .object({
    from: z.string(),
    to: z.string(),
    analysedComments: z
      .number()
      .int()
      .meta({ description: 'Comments of the period the text stage has read' }),
    npsAnswers: z
      .number()
      .int()
      .meta({ description: 'NPS answers of the period (with or without a comment)' }),
    themes: z.array(ZThemeFigures),
  })
  .meta({ id: 'Themes' });
export type TThemes = z.infer<typeof ZThemes>;
