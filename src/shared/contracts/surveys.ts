import { z } from 'zod';
import { ZIsoDate } from './common.js';
import {
  ZLanguageCode,
  ZQuestion,
  ZSurveyDefinition,
  ZSurveyMetric,
  ZSurveyTrigger,
  ZTemplateId,
} from './survey-model.js';

export const SURVEY_STATUSES = ['draft', 'live', 'archived'] as const;
export const ZSurveyStatus = z.enum(SURVEY_STATUSES);
export type SurveyStatus = z.infer<typeof ZSurveyStatus>;

const ZSurveyName = z.string().trim().min(1, 'must not be empty').max(120, 'must be at most 120 characters');

/**
 * One object with both options rather than a union: a union would refuse an unknown template
 * with one vague error at `body`, while this names `body.template` or the definition's field.
 */
export const ZCreateSurvey = z
  .strictObject({
    name: ZSurveyName,
    template: ZTemplateId.optional().meta({
      description: 'Start from a built-in template; the organization name fills in {company}',
    }),
    definition: ZSurveyDefinition.optional().meta({
      description: 'A complete definition instead of a template',
    }),
  })
  .refine((v) => (v.template === undefined) !== (v.definition === undefined), {
    message: 'send either template or definition',
  });
export type TCreateSurvey = z.infer<typeof ZCreateSurvey>;

export const ZSaveSurveyDefinition = z.strictObject({ definition: ZSurveyDefinition });
export type TSaveSurveyDefinition = z.infer<typeof ZSaveSurveyDefinition>;

export const ZSetSurveyStatus = z.strictObject({ status: ZSurveyStatus });
export type TSetSurveyStatus = z.infer<typeof ZSetSurveyStatus>;

export const ZSurveyQuery = z.strictObject({
  version: z.coerce
    .number()
    .int()
    .min(1)
    .optional()
    .meta({ description: 'An earlier version; the current one when omitted' }),
});

export const ZSurvey = z
  .object({
    id: z.uuid(),
    name: z.string(),
    templateId: ZTemplateId.nullable(),
    metric: ZSurveyMetric,
    status: ZSurveyStatus,
    version: z
      .number()
      .int()
      .meta({ description: 'The version shown (the current one unless ?version= asked for another)' }),
    currentVersion: z.number().int(),
    comparableSince: z
      .number()
      .int()
      .meta({ description: 'The first version whose answers can be pooled with this one' }),
    languages: z.array(ZLanguageCode),
    questions: z.array(ZQuestion),
    trigger: ZSurveyTrigger,
    createdAt: ZIsoDate,
    updatedAt: ZIsoDate,
  })
  .meta({ id: 'Survey' });
export type TSurvey = z.infer<typeof ZSurvey>;

export const ZSurveyList = z.object({ items: z.array(ZSurvey) });
export type TSurveyList = z.infer<typeof ZSurveyList>;

export const ZSaveSurveyDefinitionResult = z.object({
  survey: ZSurvey,
  isNewVersion: z
    .boolean()
    .meta({ description: 'False when the definition equals the current one: no version is made' }),
  isComparable: z
    .boolean()
    .meta({ description: 'Whether answers to earlier versions stay comparable with the new one' }),
  changes: z.array(z.object({ questionId: z.string(), kind: z.string(), keepsComparable: z.boolean() })),
});
export type TSaveSurveyDefinitionResult = z.infer<typeof ZSaveSurveyDefinitionResult>;
