import { z } from 'zod';

export const SENTIMENT_LABELS = ['positive', 'neutral', 'negative'] as const;

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
