import { z } from 'zod';
import { TOKEN_PATTERN } from '../sending/invitation-token.js';

/**
 * The public widget endpoints' schemas. They live beside the routes rather than in
 * `shared/contracts` because the browser side must stay free of zod (size budget): the widget
 * declares the few response fields it reads in `src/widget/api.ts`.
 */

const ZWidgetKey = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(100)
  .meta({ description: 'The organization’s public widget key (`data-key`)' });

export const ZWidgetIdentify = z
  .object({
    key: ZWidgetKey,
    externalId: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(200, 'must be at most 200 characters')
      .optional()
      .meta({ description: 'The customer’s id in your systems; required unless `anonymous` is true' }),
    userHash: z
      .string()
      .regex(/^[0-9a-fA-F]{64}$/, 'must be the 64 hex digits of HMAC-SHA256(widget secret, externalId)')
      .optional()
      .meta({
        description:
          'HMAC-SHA256 of `externalId` under the organization’s widget secret, hex, computed on your server. Required while identity verification is on (the default)',
      }),
    anonymous: z.literal(true).optional().meta({
      description:
        'A visitor you do not identify: the answer is recorded without a contact and marked `identity: anonymous`',
    }),
    lastShownAt: z.int().min(0).optional().meta({
      description:
        'Anonymous visitors only: when this browser last showed a survey (ms since 1970), for the quiet period',
    }),
    // Usually the host page's `lang` or the browser's language, which the visitor cannot fix:
    // a tag that names no language is ignored rather than refused.
    language: z.string().max(100).optional().meta({
      description:
        'The visitor’s language (`de`, `de-AT`); else the contact’s, else the organization default',
    }),
    event: z
      .string()
      .trim()
      .min(1)
      .max(64)
      .optional()
      .meta({ description: 'The `Resonance.track()` event that fired; omitted on page load' }),
  })
  // Not strict: snippets may pass e-mail, name or more; the widget never writes contacts, so they are ignored.
  .superRefine((body, ctx) => {
    if (body.anonymous && body.externalId !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['externalId'],
        message: 'must be absent when anonymous is true',
      });
    if (!body.anonymous && body.externalId === undefined)
      ctx.addIssue({ code: 'custom', path: ['externalId'], message: 'is required unless anonymous is true' });
  })
  .meta({ id: 'WidgetIdentify' });
export type TWidgetIdentify = z.infer<typeof ZWidgetIdentify>;

/** No `unknown_contact`: whether an external id is a customer is not the public key's to tell. */
export const WIDGET_NO_SURVEY_REASONS = ['no_survey', 'throttled'] as const;

export const ZWidgetSurvey = z.object({
  invitationId: z.uuid(),
  token: z.string().meta({ description: 'Answers to this invitation must carry it' }),
  language: z.string(),
  delaySeconds: z.number().int(),
  colors: z.object({ brand: z.string(), onBrand: z.string(), ink: z.string() }),
  score: z.object({
    id: z.string(),
    type: z.string(),
    prompt: z.string(),
    min: z.number().int(),
    max: z.number().int(),
    low: z.string(),
    high: z.string(),
  }),
  why: z
    .object({
      id: z.string(),
      maxLength: z.number().int(),
      prompts: z.array(z.string()).length(3).meta({
        description:
          'For detractors, passives, promoters (the same text three times unless the survey words them apart)',
      }),
    })
    .nullable(),
});
export type TWidgetSurvey = z.infer<typeof ZWidgetSurvey>;

export const ZWidgetIdentifyResult = z
  .object({
    survey: ZWidgetSurvey.nullable(),
    reason: z.enum(WIDGET_NO_SURVEY_REASONS).nullable().meta({
      description:
        'Why no survey is shown: nothing targets this visitor now (also when the externalId is no contact: the answer does not tell), or the quiet/recontact period',
    }),
  })
  .meta({ id: 'WidgetIdentifyResult' });
export type TWidgetIdentifyResult = z.infer<typeof ZWidgetIdentifyResult>;

export const ZWidgetAnswer = z
  .strictObject({
    key: ZWidgetKey,
    token: z.string().regex(TOKEN_PATTERN, 'is not a widget answer token'),
    answers: z
      .record(z.string().max(40), z.union([z.number(), z.string().max(20_000), z.null()]))
      .refine(
        (a) => Object.keys(a).length > 0 && Object.keys(a).length <= 20,
        'answer between 1 and 20 questions',
      ),
  })
  .meta({ id: 'WidgetAnswer' });
export type TWidgetAnswer = z.infer<typeof ZWidgetAnswer>;

export const ZWidgetAnswerResult = z.object({ recorded: z.literal(true) }).meta({ id: 'WidgetAnswerResult' });
