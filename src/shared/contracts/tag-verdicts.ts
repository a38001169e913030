import { z } from 'zod';
import { SENTIMENT_LABELS, THEME_VERDICTS } from './text-analysis.js';

export const ZTagItemParams = z.object({ id: z.uuid().meta({ description: 'The feedback item' }) });

export const ZThemeTagParams = z.object({
  id: z.uuid().meta({ description: 'The feedback item' }),
  themeId: z
    .string()
    .min(1)
    .max(100)
    .meta({ description: 'A theme the text stage found in the item’s comment' }),
});

export const ZThemeVerdictBody = z
  .strictObject({
    verdict: z.enum(THEME_VERDICTS).meta({
      description:
        '`agree`: the comment is about the theme; `disagree`: it is not (the theme stops counting)',
    }),
  })
  .meta({ id: 'ThemeVerdictRequest' });
export type TThemeVerdictBody = z.infer<typeof ZThemeVerdictBody>;

export const ZSentimentVerdictBody = z
  .strictObject({
    verdict: z.literal('agree').optional().meta({ description: '`agree` with the analyser’s label' }),
    label: z
      .enum(SENTIMENT_LABELS)
      .optional()
      .meta({ description: 'The label that is right instead; it then counts over the analyser’s' }),
  })
  .refine((b) => (b.verdict === undefined) !== (b.label === undefined), {
    path: ['verdict'],
    message: 'send either { "verdict": "agree" } or { "label": "positive" | "neutral" | "negative" }',
  })
  .meta({ id: 'SentimentVerdictRequest' });
export type TSentimentVerdictBody = z.infer<typeof ZSentimentVerdictBody>;

export const ZLabelsQuery = z.strictObject({
  format: z
    .enum(['jsonl', 'csv'])
    .default('jsonl')
    .meta({ description: 'jsonl: one item a line with all its verdicts; csv: one verdict a row' }),
});
export type TLabelsQuery = z.infer<typeof ZLabelsQuery>;

/** One line of the JSON-lines labelled set. */
export const ZLabelledItem = z
  .object({
    itemId: z.string(),
    language: z.string().nullable(),
    text: z.string(),
    occurredAt: z.string(),
    sentiment: z
      .object({
        label: z.enum(SENTIMENT_LABELS).meta({ description: 'The label the agent says is right' }),
        analyserLabel: z.enum(SENTIMENT_LABELS),
        verdict: z.enum(['agree', 'correct']),
        analyser: z.string().nullable(),
        at: z.string(),
      })
      .nullable(),
    themes: z.array(
      z.object({
        id: z.string(),
        verdict: z.enum(THEME_VERDICTS),
        analyser: z.string().nullable(),
        at: z.string(),
      }),
    ),
  })
  .meta({ id: 'LabelledItem' });
export type TLabelledItem = z.infer<typeof ZLabelledItem>;

export const ZLabelsFile = z.string().meta({
  id: 'LabelsFile',
  description:
    'JSON lines (application/x-ndjson), one LabelledItem a line; or RFC 4180 CSV with a byte-order mark and formula-safe cells: item_id, language, occurred_at, text, tag (sentiment or a theme id), verdict, label, analyser_label, analyser, at',
});

const ZInterval = z.object({ low: z.number(), high: z.number() });

export const ZThemePrecision = z
  .object({
    themes: z.array(
      z.object({
        id: z.string(),
        name: z.object({ de: z.string(), en: z.string() }),
        agreed: z.number().int(),
        disagreed: z.number().int(),
        precision: z.object({ percent: z.number(), ci: ZInterval }).nullable().meta({
          description:
            'agreed / (agreed + disagreed) in percent with a 95 % Wilson interval: how often the analyser’s tag was right by this organization’s verdicts; null without verdicts',
        }),
      }),
    ),
  })
  .meta({ id: 'ThemePrecision' });
export type TThemePrecision = z.infer<typeof ZThemePrecision>;
