import { z } from 'zod';

export const SENTIMENT_LABELS = ['positive', 'neutral', 'negative'] as const;
export type SentimentLabel = (typeof SENTIMENT_LABELS)[number];

/**
 * A theme id as filters take it: the catalog's (`billing`, `support_reach`) and any an
 * organization adds later, so it is checked for form, not looked up (an unknown id matches nothing).
 */
export const THEME_ID_PATTERN = /^[a-z0-9][a-z0-9_-]{0,63}$/;

/** The filters of answers and metrics by what the text stage read in the comment. */
export const textFilterFields = {
  theme: z
    .string()
    .regex(THEME_ID_PATTERN, 'must be a theme id: lowercase letters, digits, _ or -, at most 64 characters')
    .optional()
    .meta({
      description:
        'Only answers whose comment mentions this theme (a theme id as `GET /api/v1/themes` lists it, e.g. `billing`)',
    }),
  sentiment: z.enum(SENTIMENT_LABELS).optional().meta({
    description:
      "Only answers whose comment reads this way as a whole (the analysis's `sentiment.label`); answers without an analysed comment never match",
  }),
};

/** Words of the comment that decided a label: offsets into the comment (UTF-16 code units, end exclusive). */
export const ZEvidence = z
  .object({
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    text: z.string(),
    weight: z
      .number()
      .meta({ description: 'What the words added: −1…1 for sentiment, their strength for a theme' }),
    kind: z.string().meta({ description: 'lexicon, cue, negated, intensified, emoji, theme, …' }),
  })
  .meta({ id: 'TextEvidence' });

export const ZTextAnalysis = z
  .object({
    language: z.string().meta({ description: 'de, en or other, as detected from the comment' }),
    sentiment: z.object({
      score: z.number().min(-1).max(1),
      label: z.enum(SENTIMENT_LABELS),
      evidence: z.array(ZEvidence),
    }),
    themes: z.array(
      z.object({
        id: z.string(),
        name: z
          .string()
          .meta({ description: "The theme's English name (the dashboard shows the reader's language)" }),
        sentiment: z
          .number()
          .min(-1)
          .max(1)
          .meta({ description: 'The sentiment of the sentence around the evidence' }),
        evidence: z.array(ZEvidence),
      }),
    ),
    analyser: z
      .string()
      .meta({ description: 'Which analyser read it (lexicon-1, or an organization’s model)' }),
  })
  .meta({
    id: 'TextAnalysis',
    description:
      'What Resonance read in the comment on this server (no text leaves it): null until the text stage ran, and for an item without a comment',
  });
export type TTextAnalysis = z.infer<typeof ZTextAnalysis>;
