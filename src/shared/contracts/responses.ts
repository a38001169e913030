import { z } from 'zod';
import { ZId, ZIsoDate } from './common.js';
import { ZLanguageCode } from './survey-model.js';
import { textFilterFields, ZTextAnalysis } from './text-analysis.js';

export const RESPONSE_CHANNELS = ['email', 'link', 'widget', 'api'] as const;
export const ZResponseChannel = z.enum(RESPONSE_CHANNELS);
export type ResponseChannel = z.infer<typeof ZResponseChannel>;

const ZAnswerValue = z.union([z.number(), z.string(), z.null()]);

/** The metrics the drill-down narrows to; each on its canonical scale (NPS 0–10, CSAT 1–5, CES 1–7). */
export const ANSWER_METRICS = ['nps', 'csat', 'ces'] as const;
export const ANSWER_SCALES = { nps: [0, 10], csat: [1, 5], ces: [1, 7] } as const satisfies Record<
  (typeof ANSWER_METRICS)[number],
  readonly [number, number]
>;
export const NPS_CATEGORIES = ['promoter', 'passive', 'detractor'] as const;
export const ZNpsCategory = z.enum(NPS_CATEGORIES);
export type NpsCategory = z.infer<typeof ZNpsCategory>;

export const ZResponse = z
  .object({
    id: ZId.meta({ description: 'The feedback item id (every answer is one item of the feedback pipeline)' }),
    surveyId: ZId.nullable().meta({
      description: 'null for a score sent through the feedback API rather than a survey',
    }),
    surveyName: z.string().nullable(),
    surveyVersion: z.number().int().nullable(),
    invitationId: ZId.nullable(),
    contact: z
      .object({
        id: ZId,
        externalId: z.string(),
        name: z.string().nullable(),
        segment: z.string().nullable(),
      })
      .nullable(),
    channel: ZResponseChannel.meta({
      description: 'How the answer reached Resonance; `api` also for scores sent through the feedback API',
    }),
    source: z.string().nullable().meta({
      description:
        "Scores from the feedback API: the item's channel (chat, call, …); null for survey answers",
    }),
    language: z.string().meta({ description: "The answer's language ('' when unknown)" }),
    metric: z.string().nullable(),
    score: z.number().int().nullable(),
    scaleMax: z.number().int().nullable().meta({
      description:
        'The top of the scale the score was given on (from the survey version, or sent with a feedback-API rating): 10 for NPS, 5 for CSAT, 7 for CES unless the question said otherwise',
    }),
    category: ZNpsCategory.nullable().meta({
      description: 'NPS answers: promoter 9–10, passive 7–8, detractor 0–6',
    }),
    comment: z.string().nullable(),
    answers: z.record(z.string(), ZAnswerValue),
    hiddenFields: z.record(z.string(), z.string()),
    caseId: ZId.nullable().meta({
      description: 'The follow-up case this answer opened or joined, null when none',
    }),
    analysis: ZTextAnalysis.nullable(),
    createdAt: ZIsoDate.meta({ description: 'When the answer was given' }),
    updatedAt: ZIsoDate,
  })
  .meta({ id: 'Response' });
export type TResponse = z.infer<typeof ZResponse>;

export const ZResponseList = z.object({
  items: z.array(ZResponse),
  nextCursor: z.string().nullable(),
  total: z.number().int().min(0).nullable().meta({
    description: 'How many answers match the filters: on the first page (no cursor); null on later pages',
  }),
});
export type TResponseList = z.infer<typeof ZResponseList>;

/** Survey answering channels and the feedback API's channels (a score sent there is counted under its channel). */
const CHANNEL_FILTERS = [
  'email',
  'link',
  'widget',
  'api',
  'review',
  'social',
  'chat',
  'ticket',
  'call',
  'message',
  'other',
] as const;

/** A UTC day (the metrics API's form, midnight UTC) or an ISO time. */
const ZDayOrTime = z.union([z.iso.date(), ZIsoDate]);
const dimension = (what: string) =>
  z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .meta({ description: `Only answers whose ${what} is exactly this value` });
const boolParam = z.enum(['true', 'false']).transform((v) => v === 'true');

export const SEARCH_MAX_LENGTH = 200;
/** Words to find in comments: each comment is read in its own language (German and English stemmed, others word by word). */
export const ZCommentSearch = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(SEARCH_MAX_LENGTH, `must be at most ${SEARCH_MAX_LENGTH} characters`)
  .refine((v) => !v.includes('\u0000'), 'must not contain a NUL character')
  .meta({
    description: `Full-text search over comments (1–${SEARCH_MAX_LENGTH} characters): German comments are searched with German stemming ("Rechnungen" finds "Rechnung"), English with English ("invoices" finds "invoice"), others word by word. Quotes search a phrase, "or" either word, a leading "-" excludes a word`,
  });

/**
 * The filters of a drill-down: the metrics API's filters with the same meaning (so the answers
 * listed are exactly the n it reports), plus metric, NPS category, exact score and comment.
 * Shared by the list and the exports.
 */
export const answerFilterFields = {
  surveyId: ZId.optional().meta({ description: 'Only answers to this survey' }),
  contactExternalId: z.string().min(1).max(255).optional(),
  channel: z.enum(CHANNEL_FILTERS).optional().meta({
    description: 'Answering channel (email, link, widget, api); for scores from the feedback API its channel',
  }),
  from: ZDayOrTime.optional().meta({
    description: 'Answers at or after this time; a day (YYYY-MM-DD) means its start in UTC',
  }),
  to: ZDayOrTime.optional().meta({
    description: 'Answers before this time (exclusive); a day means its start in UTC, as in the metrics API',
  }),
  segment: dimension("contact's segment"),
  region: dimension("contact's region"),
  product: dimension('product'),
  language: dimension('language'),
  touchpoint: dimension('touchpoint'),
  metric: z.enum(ANSWER_METRICS).optional().meta({
    description: 'Only answers of this metric on its canonical scale (what the metrics API counts)',
  }),
  category: ZNpsCategory.optional().meta({
    description: 'NPS only (requires metric=nps): promoter 9–10, passive 7–8, detractor 0–6',
  }),
  score: z.coerce.number().int().min(0).max(10).optional().meta({ description: 'Exactly this score' }),
  hasComment: boolParam
    .optional()
    .meta({ description: 'true: only answers with a comment; false: only those without' }),
  q: ZCommentSearch.optional(),
  ...textFilterFields,
};

interface AnswerFilterShape {
  metric?: (typeof ANSWER_METRICS)[number] | undefined;
  category?: NpsCategory | undefined;
  score?: number | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** Checks that need two fields: the category needs NPS, a score must lie on the metric's scale, from before to. */
export function checkAnswerFilters(q: AnswerFilterShape, ctx: z.RefinementCtx): void {
  if (q.category !== undefined && q.metric !== 'nps')
    ctx.addIssue({ code: 'custom', path: ['category'], message: 'NPS categories need metric=nps' });
  if (q.score !== undefined && q.metric !== undefined) {
    const [min, max] = ANSWER_SCALES[q.metric];
    if (q.score < min || q.score > max)
      ctx.addIssue({
        code: 'custom',
        path: ['score'],
        message: `${q.metric} scores lie between ${min} and ${max}`,
      });
  }
  if (
    q.from !== undefined &&
    q.to !== undefined &&
    dayOrTimeToDate(q.from).getTime() >= dayOrTimeToDate(q.to).getTime()
  ) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'must be after from' });
  }
}

/** A day means midnight UTC at its start. */
export function dayOrTimeToDate(value: string): Date {
  return new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
}

export const ZResponseQuery = z
  .strictObject({
    ...answerFilterFields,
    cursor: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .superRefine(checkAnswerFilters);
export type TResponseQuery = z.infer<typeof ZResponseQuery>;
/** The drill-down filters alone, as the web sends them to the list and the exports. */
export type TAnswerFilters = Omit<TResponseQuery, 'cursor' | 'limit'>;

/** `POST /api/v1/responses`: an answer collected elsewhere (a call centre, a kiosk, another tool). */
export const ZRecordResponse = z
  .strictObject({
    surveyId: ZId,
    contactExternalId: z.string().trim().min(1).max(255).optional(),
    language: ZLanguageCode.optional(),
    answers: z
      .record(z.string().max(40), ZAnswerValue)
      .refine((a) => Object.keys(a).length > 0, 'answer at least one question'),
    occurredAt: ZIsoDate.optional(),
    externalRef: z.string().trim().min(1).max(200).optional().meta({
      description: 'Your id for this answer: repeating it updates nothing and returns the stored one',
    }),
  })
  .meta({ id: 'RecordResponse' });
export type TRecordResponse = z.infer<typeof ZRecordResponse>;
