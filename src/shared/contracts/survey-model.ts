import { z } from 'zod';

/**
 * The survey question model, shared by the server (validation, storage) and the dashboard
 * (survey builder). Scales are fixed per question type so that scores stay comparable across
 * organizations and benchmarks; only `rating` lets the author choose its length.
 */

/** ISO 639-1: two lower-case letters. Regional variants (`de-AT`) are folded to this before lookup. */
export const LANGUAGE_CODE_PATTERN = /^[a-z]{2}$/;
export const ZLanguageCode = z
  .string()
  .regex(LANGUAGE_CODE_PATTERN, 'must be an ISO 639-1 code such as "en" or "de"');
export type LanguageCode = z.infer<typeof ZLanguageCode>;

/** Built-in templates ship in these; organizations may add more languages per survey. */
export const BUILT_IN_LANGUAGES = ['en', 'de'] as const;

export const SURVEY_LIMITS = {
  promptLength: 500,
  questions: 20,
  choices: 20,
  /** Default limit for open answers: a long paragraph, well short of anything abusive. */
  textAnswerLength: 5000,
  /** No question may allow more; keeps single rows small and text analytics fast. */
  textAnswerLengthMax: 10_000,
  ratingMaxPoints: 10,
} as const;

export const ZLocalizedText = z
  .record(ZLanguageCode, z.string().trim().min(1, 'must not be empty').max(SURVEY_LIMITS.promptLength))
  .refine((texts) => Object.keys(texts).length > 0, 'needs a text in at least one language');
export type LocalizedText = z.infer<typeof ZLocalizedText>;

const ZQuestionId = z
  .string()
  .regex(/^[a-z][a-z0-9_-]{0,39}$/, 'must be lower case: a letter, then up to 39 of a-z 0-9 _ -');

/** End labels of a scale ("Not at all likely" … "Extremely likely"), shown under the first and last point. */
const ZScaleLabels = z.strictObject({ low: ZLocalizedText, high: ZLocalizedText });

const base = {
  id: ZQuestionId,
  prompt: ZLocalizedText,
  required: z.boolean(),
};

/** The CES 2.0 agreement scale, 1–7. A later scale change bumps this so old and new answers never mix. */
export const CES_SCALE_VERSION = 1;

export const NPS_CATEGORIES = ['detractor', 'passive', 'promoter'] as const;
export const ZNpsCategory = z.enum(NPS_CATEGORIES);
export type NpsCategory = z.infer<typeof ZNpsCategory>;

export const ZNpsQuestion = z.strictObject({
  ...base,
  type: z.literal('nps'),
  labels: ZScaleLabels.optional(),
});
export const ZCsatQuestion = z.strictObject({
  ...base,
  type: z.literal('csat'),
  labels: ZScaleLabels.optional(),
});
export const ZCesQuestion = z.strictObject({
  ...base,
  type: z.literal('ces'),
  scaleVersion: z.int().min(1),
  labels: ZScaleLabels.optional(),
});
export const ZBrandQuestion = z.strictObject({
  ...base,
  type: z.literal('brand'),
  labels: ZScaleLabels.optional(),
});
export const ZRatingQuestion = z.strictObject({
  ...base,
  type: z.literal('rating'),
  max: z.int().min(2).max(SURVEY_LIMITS.ratingMaxPoints),
  labels: ZScaleLabels.optional(),
});
export const ZTextQuestion = z.strictObject({
  ...base,
  type: z.literal('text'),
  maxLength: z.int().min(1).max(SURVEY_LIMITS.textAnswerLengthMax),
  /** The "why?" after an NPS score: asked differently of promoters than of everyone else. */
  promptByCategory: z
    .strictObject({ promoter: ZLocalizedText, passive: ZLocalizedText, detractor: ZLocalizedText })
    .optional(),
});
export const ZChoice = z.strictObject({ id: ZQuestionId, label: ZLocalizedText });
export const ZSingleChoiceQuestion = z.strictObject({
  ...base,
  type: z.literal('single_choice'),
  choices: z
    .array(ZChoice)
    .min(2)
    .max(SURVEY_LIMITS.choices)
    .refine(
      (choices) => new Set(choices.map((c) => c.id)).size === choices.length,
      'choice ids must be unique',
    ),
});

export const ZQuestion = z.discriminatedUnion('type', [
  ZNpsQuestion,
  ZCsatQuestion,
  ZCesQuestion,
  ZBrandQuestion,
  ZRatingQuestion,
  ZTextQuestion,
  ZSingleChoiceQuestion,
]);
export type Question = z.infer<typeof ZQuestion>;
export type QuestionType = Question['type'];
export type ScaleQuestion = Extract<Question, { type: 'nps' | 'csat' | 'ces' | 'brand' | 'rating' }>;
export type TextQuestion = z.infer<typeof ZTextQuestion>;
export type SingleChoiceQuestion = z.infer<typeof ZSingleChoiceQuestion>;

/** Every translatable text of a question: prompt, scale labels, follow-up prompts, choice labels. */
export function questionTexts(question: Question): LocalizedText[] {
  const texts: LocalizedText[] = [question.prompt];
  if ('labels' in question && question.labels) texts.push(question.labels.low, question.labels.high);
  if (question.type === 'text' && question.promptByCategory) {
    const { promoter, passive, detractor } = question.promptByCategory;
    texts.push(promoter, passive, detractor);
  }
  if (question.type === 'single_choice') texts.push(...question.choices.map((c) => c.label));
  return texts;
}

export const SURVEY_METRICS = ['nps', 'csat', 'ces', 'brand'] as const;
export const ZSurveyMetric = z.enum(SURVEY_METRICS);
export type SurveyMetric = z.infer<typeof ZSurveyMetric>;

export const TEMPLATE_IDS = [
  'relationship-nps',
  'csat-after-support',
  'ces-after-resolution',
  'brand-bond',
  'pre-change-pulse',
] as const;
export const ZTemplateId = z.enum(TEMPLATE_IDS);
export type TemplateId = z.infer<typeof ZTemplateId>;

/** When a survey is meant to go out; a suggestion the sending setup starts from, not a schedule. */
export const ZSurveyTrigger = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('recurring'), everyDays: z.int().min(1).max(366) }),
  z.strictObject({
    kind: z.literal('event'),
    event: z.string().min(1).max(64),
    delaySeconds: z.int().min(0),
  }),
  z.strictObject({ kind: z.literal('one_off') }),
]);
export type SurveyTrigger = z.infer<typeof ZSurveyTrigger>;

export const ZSurveyDefinition = z
  .strictObject({
    metric: ZSurveyMetric,
    languages: z.array(ZLanguageCode).min(1),
    questions: z.array(ZQuestion).min(1).max(SURVEY_LIMITS.questions),
    trigger: ZSurveyTrigger,
  })
  .superRefine((survey, ctx) => {
    const ids = survey.questions.map((q) => q.id);
    if (new Set(ids).size !== ids.length)
      ctx.addIssue({ code: 'custom', path: ['questions'], message: 'question ids must be unique' });
    // The headline metric has to be asked, or the survey could never produce its score.
    if (!survey.questions.some((q) => q.type === survey.metric)) {
      ctx.addIssue({ code: 'custom', path: ['metric'], message: `no question of type "${survey.metric}"` });
    }
    // A respondent gets one language for the whole survey, so every text must exist in each one offered.
    survey.questions.forEach((question, index) => {
      for (const text of questionTexts(question)) {
        const missing = survey.languages.filter((language) => !(language in text));
        if (missing.length > 0) {
          ctx.addIssue({
            code: 'custom',
            path: ['questions', index],
            message: `question "${question.id}" has no text in ${missing.join(', ')}`,
          });
          return;
        }
      }
    });
  });
export type SurveyDefinition = z.infer<typeof ZSurveyDefinition>;

/** One stored answer. `scaleVersion` is set for CES answers so analytics never mix scales. */
export const ZAnswer = z.strictObject({
  questionId: ZQuestionId,
  value: z.union([z.int(), z.string(), z.null()]),
  scaleVersion: z.int().min(1).optional(),
});
export type Answer = z.infer<typeof ZAnswer>;
