import { z } from 'zod';
import { ZId, ZIsoDate } from './common.js';
import { ZLanguageCode } from './survey-model.js';

export const RESPONSE_CHANNELS = ['email', 'link', 'widget', 'api'] as const;
export const ZResponseChannel = z.enum(RESPONSE_CHANNELS);
export type ResponseChannel = z.infer<typeof ZResponseChannel>;

const ZAnswerValue = z.union([z.number(), z.string(), z.null()]);

export const ZResponse = z
  .object({
    id: ZId.meta({ description: 'The feedback item id (every answer is one item of the feedback pipeline)' }),
    surveyId: ZId,
    surveyVersion: z.number().int(),
    invitationId: ZId.nullable(),
    contact: z.object({ id: ZId, externalId: z.string() }).nullable(),
    channel: ZResponseChannel,
    language: z.string(),
    metric: z.string().nullable(),
    score: z.number().int().nullable(),
    comment: z.string().nullable(),
    answers: z.record(z.string(), ZAnswerValue),
    hiddenFields: z.record(z.string(), z.string()),
    createdAt: ZIsoDate,
    updatedAt: ZIsoDate,
  })
  .meta({ id: 'Response' });
export type TResponse = z.infer<typeof ZResponse>;

export const ZResponseList = z.object({ items: z.array(ZResponse), nextCursor: z.string().nullable() });
export type TResponseList = z.infer<typeof ZResponseList>;

export const ZResponseQuery = z.strictObject({
  surveyId: ZId.optional(),
  contactExternalId: z.string().min(1).max(255).optional(),
  channel: ZResponseChannel.optional(),
  from: ZIsoDate.optional(),
  to: ZIsoDate.optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type TResponseQuery = z.infer<typeof ZResponseQuery>;

/** `POST /api/v1/responses`: an answer collected elsewhere (a call centre, a kiosk, another tool). */
export const ZRecordResponse = z
  .strictObject({
    surveyId: ZId,
    contactExternalId: z.string().trim().min(1).max(255).optional(),
    language: ZLanguageCode.optional(),
    answers: z.record(z.string().max(40), ZAnswerValue).refine((a) => Object.keys(a).length > 0, 'answer at least one question'),
    occurredAt: ZIsoDate.optional(),
    externalRef: z.string().trim().min(1).max(200).optional().meta({ description: 'Your id for this answer: repeating it updates nothing and returns the stored one' }),
  })
  .meta({ id: 'RecordResponse' });
export type TRecordResponse = z.infer<typeof ZRecordResponse>;
