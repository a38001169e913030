import { z } from 'zod';
import { TOKEN_PATTERN } from '../sending/invitation-token.js';

/**
 * The public widget endpoints' schemas. They live beside the routes rather than in
 * `shared/contracts` because the browser side must stay free of zod (size budget): the widget
 * declares the few response fields it reads in `src/widget/api.ts`.
 */

const ZWidgetKey = z.string().trim().min(1, 'must not be empty').max(100).meta({ description: 'The organization’s public widget key (`data-key`)' });

export const ZWidgetIdentify = z
  .object({
    key: ZWidgetKey,
    externalId: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
    // Usually the host page's `lang` or the browser's language, which the visitor cannot fix:
    // a tag that names no language is ignored rather than refused.
    language: z.string().max(100).optional().meta({ description: 'The visitor’s language (`de`, `de-AT`); else the contact’s, else the organization default' }),
    event: z.string().trim().min(1).max(64).optional().meta({ description: 'The `Resonance.track()` event that fired; omitted on page load' }),
  })
  // Not strict: snippets may pass e-mail, name or more; the widget never writes contacts, so they are ignored.
  .meta({ id: 'WidgetIdentify' });
export type TWidgetIdentify = z.infer<typeof ZWidgetIdentify>;

export const WIDGET_NO_SURVEY_REASONS = ['unknown_contact', 'no_survey', 'throttled'] as const;

export const ZWidgetSurvey = z.object({
  invitationId: z.uuid(),
  token: z.string().meta({ description: 'Answers to this invitation must carry it' }),
  language: z.string(),
  delaySeconds: z.number().int(),
  colors: z.object({ brand: z.string(), onBrand: z.string(), ink: z.string() }),
  score: z.object({ id: z.string(), type: z.string(), prompt: z.string(), min: z.number().int(), max: z.number().int(), low: z.string(), high: z.string() }),
  why: z
    .object({
      id: z.string(),
      maxLength: z.number().int(),
      prompts: z.array(z.string()).length(3).meta({ description: 'For detractors, passives, promoters (the same text three times unless the survey words them apart)' }),
    })
    .nullable(),
});
export type TWidgetSurvey = z.infer<typeof ZWidgetSurvey>;

export const ZWidgetIdentifyResult = z
  .object({
    survey: ZWidgetSurvey.nullable(),
    reason: z.enum(WIDGET_NO_SURVEY_REASONS).nullable().meta({ description: 'Why no survey is shown: the externalId is no contact (the widget creates none), nothing targets this visitor now, or the quiet/recontact period' }),
  })
  .meta({ id: 'WidgetIdentifyResult' });
export type TWidgetIdentifyResult = z.infer<typeof ZWidgetIdentifyResult>;

export const ZWidgetAnswer = z
  .strictObject({
    key: ZWidgetKey,
    token: z.string().regex(TOKEN_PATTERN, 'is not a widget answer token'),
    answers: z
      .record(z.string().max(40), z.union([z.number(), z.string().max(20_000), z.null()]))
      .refine((a) => Object.keys(a).length > 0 && Object.keys(a).length <= 20, 'answer between 1 and 20 questions'),
  })
  .meta({ id: 'WidgetAnswer' });
export type TWidgetAnswer = z.infer<typeof ZWidgetAnswer>;

export const ZWidgetAnswerResult = z.object({ recorded: z.literal(true) }).meta({ id: 'WidgetAnswerResult' });
