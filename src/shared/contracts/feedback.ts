import { z } from 'zod';
import { ZId, ZIsoDate } from './common.js';
import { ZTextAnalysis } from './text-analysis.js';
import { answerFilterFields, checkAnswerFilters } from './responses.js';

/** Channels feedback arrives through; `survey` is written by surveys themselves, not by this API. */
export const FEEDBACK_CHANNELS = [
  'review',
  'social',
  'chat',
  'email',
  'ticket',
  'call',
  'message',
  'other',
] as const;
export const ZFeedbackChannel = z.enum(FEEDBACK_CHANNELS);
export const FEEDBACK_METRICS = ['nps', 'csat', 'ces', 'rating'] as const;
/** The canonical scales of the survey metrics; a source's own stars are `rating` on their own scale. */
export const CANONICAL_SCALES = { nps: [0, 10], csat: [1, 5], ces: [1, 7] } as const;

export const FEEDBACK_LIMITS = {
  batch: 1000,
  text: 20_000,
  source: 100,
  product: 100,
  touchpoint: 100,
  link: 2000,
  externalRef: 200,
  contactExternalId: 255,
  authorEmail: 254,
  authorHandle: 100,
  authorName: 200,
  scaleMax: 100,
  futureSkewMinutes: 5,
} as const;

const L = FEEDBACK_LIMITS;
const short = (max: number, what: string) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .meta({ description: `${what} (1–${max} characters)` });

export const ZRating = z
  .strictObject({
    value: z
      .number()
      .int('must be a whole number')
      .meta({ description: 'The score, a whole number within [scaleMin, scaleMax]' }),
    scaleMin: z
      .number()
      .int('must be a whole number')
      .min(0)
      .max(1, 'must be 0 or 1')
      .meta({ description: 'Lowest possible score: 0 or 1' }),
    scaleMax: z
      .number()
      .int('must be a whole number')
      .min(2, 'must be at least 2')
      .max(L.scaleMax, `must be at most ${L.scaleMax}`)
      .meta({ description: `Highest possible score (2–${L.scaleMax}), e.g. 5 for stars, 10 for NPS` }),
    metric: z.enum(FEEDBACK_METRICS).optional().meta({
      description:
        'Stored as `rating` (the source’s own score) unless set; nps, csat and ces require their canonical scale (0–10, 1–5, 1–7)',
    }),
  })
  .superRefine((r, ctx) => {
    if (r.value < r.scaleMin || r.value > r.scaleMax) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `must be within the scale ${r.scaleMin}–${r.scaleMax}`,
      });
    }
    if (r.metric && r.metric !== 'rating') {
      const [min, max] = CANONICAL_SCALES[r.metric];
      if (r.scaleMin !== min || r.scaleMax !== max)
        ctx.addIssue({
          code: 'custom',
          path: ['scaleMax'],
          message: `${r.metric} uses the scale ${min}–${max}`,
        });
    }
  })
  .meta({
    description: 'A score with its scale, e.g. { value: 4, scaleMin: 1, scaleMax: 5 } for four stars',
  });

export const ZAuthor = z
  .strictObject({
    email: z
      .email('must be an e-mail address')
      .max(L.authorEmail)
      .optional()
      .meta({
        description: `Author's e-mail (≤ ${L.authorEmail}); matched to a contact of the organization when exactly one has it`,
      }),
    handle: short(L.authorHandle, 'Author handle on the source, e.g. @jane').optional(),
    name: short(L.authorName, 'Author name as the source shows it').optional(),
  })
  .refine((a) => a.email !== undefined || a.handle !== undefined || a.name !== undefined, {
    message: 'give at least one of email, handle, name',
  })
  .meta({
    description:
      'The customer as the source knows them; kept on the item only when no contact matches (anonymous)',
  });

/** One piece of feedback as an integration sends it. Unknown properties are refused. */
export const ZFeedbackInput = z
  .strictObject({
    channel: ZFeedbackChannel.meta({ description: 'Where the feedback came from' }),
    source: short(L.source, 'The source, e.g. "Google Reviews", "Instagram"').optional(),
    text: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(L.text, `must be at most ${L.text} characters`)
      .optional()
      .meta({
        description: `What the customer wrote (≤ ${L.text} characters). An item needs text, a rating or both`,
      }),
    rating: ZRating.optional(),
    occurredAt: z.iso.datetime({ offset: true, message: 'must be an ISO 8601 timestamp with offset' }).meta({
      description: `When the customer gave the feedback (ISO 8601); at most ${L.futureSkewMinutes} minutes in the future`,
    }),
    link: z
      .url({ protocol: /^https?$/, message: 'must be an http(s) URL' })
      .max(L.link, `must be at most ${L.link} characters`)
      .optional()
      .meta({ description: `Where the feedback can be seen (http or https, ≤ ${L.link} characters)` }),
    product: short(L.product, 'The product or service the feedback is about').optional(),
    touchpoint: short(L.touchpoint, 'The touchpoint, e.g. "checkout", "delivery"').optional(),
    language: z
      .string()
      .regex(/^[a-z]{2}$/, 'must be an ISO 639-1 code such as "en"')
      .optional()
      .meta({ description: 'ISO 639-1 language of the text, when the source knows it' }),
    contactExternalId: short(
      L.contactExternalId,
      'The organization’s own customer id; must name an existing contact (or a merged one’s old id)',
    ).optional(),
    author: ZAuthor.optional(),
    externalRef: short(
      L.externalRef,
      'The source’s own id; a repeated delivery with the same channel and externalRef is stored once',
    ).optional(),
  })
  .superRefine((f, ctx) => {
    if (f.text === undefined && f.rating === undefined)
      ctx.addIssue({ code: 'custom', path: ['text'], message: 'an item needs text, a rating or both' });
    if (f.contactExternalId !== undefined && f.author !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['author'],
        message: 'give contactExternalId or author, not both',
      });
  })
  // Request schemas are published with an "Input" suffix: this becomes FeedbackInput.
  .meta({ id: 'Feedback' });
export type TFeedbackInput = z.infer<typeof ZFeedbackInput>;

/** The request envelope: one item or an array; each entry is then checked on its own so good entries are kept. */
export const ZFeedbackRequest = z
  .union([
    z.record(z.string(), z.unknown()),
    z
      .array(z.unknown())
      .min(1, 'must hold at least one item')
      .max(L.batch, `must hold at most ${L.batch} items`),
  ])
  .meta({
    description: `One FeedbackInput object, or an array of 1–${L.batch}. In an array, each entry is checked on its own: bad entries are reported in \`errors\`, good ones stored`,
  });

/** What OpenAPI shows for the body: one FeedbackInput or an array of them. */
export const ZFeedbackBatch = z.union([ZFeedbackInput, z.array(ZFeedbackInput).min(1).max(L.batch)]).meta({
  description: `One FeedbackInput, or an array of 1–${L.batch}. In an array each entry is checked on its own: bad entries are reported in \`errors\` by index and field, good ones stored; a single object with a bad entry gets 400`,
});

export const ZEntryError = z.object({
  index: z
    .number()
    .int()
    .min(0)
    .meta({ description: 'Position of the entry in the request (0 for a single object)' }),
  field: z.string().meta({ description: 'Dotted path inside the entry, e.g. `rating.value`' }),
  message: z.string(),
});

export const ZIngestResult = z
  .object({
    created: z.number().int().min(0),
    duplicates: z
      .number()
      .int()
      .min(0)
      .meta({ description: 'Entries already stored by an earlier delivery (same channel and externalRef)' }),
    errors: z.array(ZEntryError),
    items: z.array(z.object({ index: z.number().int().min(0), id: ZId, duplicate: z.boolean() })),
  })
  .meta({ id: 'FeedbackIngestResult' });
export type TIngestResult = z.infer<typeof ZIngestResult>;

export const ZFeedbackItem = z
  .object({
    id: ZId,
    channel: z
      .string()
      .meta({ description: 'survey, review, social, chat, email, ticket, call, message or other' }),
    source: z.string().nullable(),
    metric: z.string().nullable(),
    score: z.number().nullable(),
    scaleMin: z.number().nullable(),
    scaleMax: z.number().nullable(),
    text: z.string().nullable(),
    language: z.string().nullable(),
    product: z.string().nullable(),
    touchpoint: z.string().nullable(),
    link: z.string().nullable(),
    externalRef: z.string().nullable(),
    contact: z.object({ id: ZId, externalId: z.string(), name: z.string().nullable() }).nullable(),
    author: z
      .object({ email: z.string().nullable(), handle: z.string().nullable(), name: z.string().nullable() })
      .nullable(),
    survey: z.object({ id: ZId, name: z.string().nullable(), version: z.number().int() }).nullable().meta({
      description:
        'The survey a survey answer belongs to (its name null when the survey is gone); null for other feedback',
    }),
    caseId: ZId.nullable().meta({
      description: 'The follow-up case this item opened or joined, null when none',
    }),
    analysis: ZTextAnalysis.nullable(),
    occurredAt: ZIsoDate,
    createdAt: ZIsoDate,
  })
  .meta({ id: 'FeedbackItem' });
export type TFeedbackItem = z.infer<typeof ZFeedbackItem>;

/** The inbox's channels: every survey answer (`survey`), a survey's answering channel, or a feedback channel. */
export const INBOX_CHANNELS = [
  'survey',
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

/**
 * The inbox's filters: the drill-down's (`answerFilterFields`, the same meaning, incl. the comment
 * search `q`) over every item, plus the source, the `survey` channel and a source's own `rating`.
 */
export const ZFeedbackListQuery = z
  .strictObject({
    ...answerFilterFields,
    channel: z.enum(INBOX_CHANNELS).optional().meta({
      description:
        'survey: every survey answer; email, link, widget, api: survey answers by how they arrived, and feedback sent with that channel; review, social, chat, ticket, call, message, other: feedback of that channel',
    }),
    metric: z.enum(FEEDBACK_METRICS).optional().meta({
      description:
        'nps, csat, ces: scores on their canonical scale (what the metrics API counts); rating: a source’s own stars',
    }),
    score: z.coerce
      .number()
      .int()
      .min(0)
      .max(L.scaleMax)
      .optional()
      .meta({ description: 'Exactly this score' }),
    source: z.string().max(L.source).optional(),
    cursor: z.string().max(200).optional().meta({ description: 'nextCursor of the previous page' }),
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .max(200)
      .default(50)
      .meta({ description: 'Items per page, 1–200 (default 50)' }),
  })
  .superRefine((q, ctx) =>
    checkAnswerFilters({ ...q, metric: q.metric === 'rating' ? undefined : q.metric }, ctx),
  );
export type TFeedbackListQuery = z.infer<typeof ZFeedbackListQuery>;

export const ZFeedbackList = z
  .object({
    items: z.array(ZFeedbackItem),
    nextCursor: z.string().nullable().meta({
      description:
        'Pass as `cursor` for the next page; null on the last page. Order: occurredAt descending, then id',
    }),
    total: z.number().int().min(0).nullable().meta({
      description: 'How many items match the filters: on the first page (no cursor); null on later pages',
    }),
  })
  .meta({ id: 'FeedbackList' });
export type TFeedbackList = z.infer<typeof ZFeedbackList>;
