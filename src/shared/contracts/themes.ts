import { z } from 'zod';

export const ZThemesQuery = z
  .strictObject({
    from: z.iso.date().meta({ description: 'First day (YYYY-MM-DD, UTC)' }),
    to: z.iso.date().meta({ description: 'Day after the last (exclusive)' }),
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
        ci: ZInterval.meta({ description: '95 % interval of the impact' }),
        hidden: z
          .boolean()
          .meta({ description: 'Fewer than 10 answers: the impact is mostly noise and not shown' }),
      })
      .nullable()
      .meta({ description: 'null when no NPS answer mentions it, or every one does' }),
  })
  .meta({ id: 'ThemeFigures' });

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
