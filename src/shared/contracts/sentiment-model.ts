import { z } from 'zod';

const ZAuc = z
  .object({ auc: z.number(), low: z.number(), high: z.number() })
  .meta({ description: 'ROC AUC on the held-out comments with a 95 % stratified bootstrap interval' });

export const ZSentimentModel = z
  .object({
    trainedAt: z.iso.datetime({ offset: true }),
    chosen: z.enum(['model', 'lexicon']).meta({
      description: 'What new comments are read with: the organization’s model where it beat the lexicon',
    }),
    reason: z.enum(['too-few-comments', 'model-better', 'lexicon-as-good']),
    minPerClass: z.number().int().meta({ description: 'Positive and negative comments needed to train' }),
    comments: z.object({ positive: z.number().int(), negative: z.number().int() }).meta({
      description:
        'Scored comments trained and tested on: promoters and CSAT 4–5 positive, detractors and CSAT 1–2 negative, an agent’s correction overriding the score',
    }),
    heldOut: z
      .object({ positive: z.number().int(), negative: z.number().int() })
      .meta({ description: 'One in five, by item id: never trained on, scores both readers' }),
    lexicon: ZAuc.nullable(),
    model: ZAuc.nullable(),
  })
  .meta({ id: 'SentimentModel' });
export type TSentimentModel = z.infer<typeof ZSentimentModel>;

export const ZSentimentModelState = z.object({ model: ZSentimentModel.nullable() }).meta({
  id: 'SentimentModelState',
  description: 'The last training, null before the first',
});
export type TSentimentModelState = z.infer<typeof ZSentimentModelState>;
