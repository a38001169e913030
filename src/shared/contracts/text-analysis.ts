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

export const THEME_VERDICTS = ['agree', 'disagree'] as const;

/** Who gave a verdict: a person of the organization; null for an API key or a deleted account. */
const ZVerdictBy = z
  .object({ userId: z.string(), name: z.string() })
  .nullable()
  .meta({ description: 'The person who gave the latest verdict; null for an API key or a deleted account' });

export const ZThemeVerdict = z
  .object({ value: z.enum(THEME_VERDICTS), by: ZVerdictBy, at: z.iso.datetime() })
  .nullable()
  .meta({
    id: 'ThemeVerdict',
    description:
      "The organization's latest verdict on this tag (anyone's later verdict replaces it); null when nobody judged it. A disagreed theme no longer counts for the item (Themes report, theme filters)",
  });

export const ZSentimentVerdict = z
  .object({
    value: z.enum(['agree', ...SENTIMENT_LABELS]).meta({
      description: '`agree` with the analyser, or the label the agent says is right',
    }),
    by: ZVerdictBy,
    at: z.iso.datetime(),
  })
  .nullable()
  .meta({
    id: 'SentimentVerdict',
    description: "The organization's latest verdict on the sentiment label; null when nobody judged it",
  });

export const ZTextAnalysis = z
  .object({
    language: z.string().meta({ description: 'de, en or other, as detected from the comment' }),
    sentiment: z.object({
      score: z.number().min(-1).max(1),
      label: z.enum(SENTIMENT_LABELS).meta({
        description:
          "The label that counts: an agent's correction when there is one (see `verdict`), else the analyser's. Sentiment filters and counts read the same label",
      }),
      analyserLabel: z.enum(SENTIMENT_LABELS).meta({
        description: 'What the analyser said (differs from `label` only after a correction)',
      }),
      evidence: z.array(ZEvidence),
      verdict: ZSentimentVerdict,
    }),
    themes: z.array(
      z.object({
        id: z.string(),
        name: z
          .string()
          .meta({ description: "The theme's English name (the dashboard shows the reader's language)" }),
        names: z.object({ en: z.string(), de: z.string() }).meta({
          description: 'Its name in English and German (an organization’s own theme as it named it)',
        }),
        sentiment: z
          .number()
          .min(-1)
          .max(1)
          .meta({ description: 'The sentiment of the sentence around the evidence' }),
        evidence: z.array(ZEvidence),
        verdict: ZThemeVerdict,
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
