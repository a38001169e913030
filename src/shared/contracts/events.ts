import { z } from 'zod';
import { ZId, ZIsoDate } from './common.js';

export const KNOWN_EVENT_TYPES = [
  'login',
  'purchase',
  'feature_used',
  'offer_ignored',
  'support_contact',
  'subscription_cancelled',
] as const;
export const EVENT_TYPE_PATTERN = /^[a-z][a-z0-9_.-]{0,63}$/;

export const EVENT_LIMITS = {
  batch: 1000,
  propertiesKeys: 50,
  propertiesBytes: 8 * 1024,
  eventId: 200,
  contactExternalId: 255,
  futureSkewMinutes: 5,
} as const;
const L = EVENT_LIMITS;

export const ZEventInput = z
  .strictObject({
    contactExternalId: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(L.contactExternalId, `must be at most ${L.contactExternalId} characters`)
      .meta({
        description:
          'The organization’s own customer id of an existing contact (or a merged one’s old id); unknown ids are refused',
      }),
    type: z
      .string()
      .regex(EVENT_TYPE_PATTERN, 'must be lower case: a letter, then up to 63 of a-z 0-9 _ . -')
      .meta({
        description: `One of ${KNOWN_EVENT_TYPES.join(', ')}, or a custom type matching ${EVENT_TYPE_PATTERN.source}`,
      }),
    value: z
      .number()
      .finite()
      .optional()
      .meta({ description: 'A number the event carries, e.g. a quantity or duration' }),
    revenue: z.number().finite().optional().meta({
      description: 'Money the event brought (negative for refunds), in the organization’s currency',
    }),
    occurredAt: z.iso.datetime({ offset: true, message: 'must be an ISO 8601 timestamp with offset' }).meta({
      description: `When it happened (ISO 8601); at most ${L.futureSkewMinutes} minutes in the future`,
    }),
    properties: z
      .record(z.string().max(100, 'keys must be at most 100 characters'), z.unknown())
      .optional()
      .superRefine((p, ctx) => {
        if (!p) return;
        if (Object.keys(p).length > L.propertiesKeys)
          ctx.addIssue({ code: 'custom', message: `must have at most ${L.propertiesKeys} keys` });
        else if (new TextEncoder().encode(JSON.stringify(p)).length > L.propertiesBytes)
          ctx.addIssue({ code: 'custom', message: `must be at most ${L.propertiesBytes} bytes as JSON` });
      })
      .meta({ description: `Free-form details (≤ ${L.propertiesKeys} keys, ≤ 8 KB as JSON)` }),
    eventId: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(L.eventId, `must be at most ${L.eventId} characters`)
      .optional()
      .meta({ description: 'The sender’s id for the event; a repeat with the same eventId is stored once' }),
  })
  // Request schemas are published with an "Input" suffix: this becomes EventInput.
  .meta({ id: 'Event' });
export type TEventInput = z.infer<typeof ZEventInput>;

export const ZEventsRequest = z
  .union([
    z.record(z.string(), z.unknown()),
    z
      .array(z.unknown())
      .min(1, 'must hold at least one event')
      .max(L.batch, `must hold at most ${L.batch} events`),
  ])
  .meta({
    description: `One EventInput object, or an array of 1–${L.batch}. In an array each entry is checked on its own: bad entries are reported in \`errors\`, good ones stored`,
  });

/** What OpenAPI shows for the body: one EventInput or an array of them. */
export const ZEventsBatch = z.union([ZEventInput, z.array(ZEventInput).min(1).max(L.batch)]).meta({
  description: `One EventInput, or an array of 1–${L.batch}. In an array each entry is checked on its own: bad entries are reported in \`errors\` by index and field, good ones stored; a single object with a bad entry gets 400`,
});

export const ZEventsIngestResult = z
  .object({
    created: z.number().int().min(0),
    duplicates: z.number().int().min(0).meta({ description: 'Events already stored under the same eventId' }),
    errors: z.array(z.object({ index: z.number().int().min(0), field: z.string(), message: z.string() })),
    items: z.array(z.object({ index: z.number().int().min(0), id: ZId, duplicate: z.boolean() })),
  })
  .meta({ id: 'EventsIngestResult' });
export type TEventsIngestResult = z.infer<typeof ZEventsIngestResult>;

export const ZContactEvent = z
  .object({
    id: ZId,
    contactExternalId: z.string(),
    type: z.string(),
    value: z.number().nullable(),
    revenue: z.number().nullable(),
    occurredAt: ZIsoDate,
    properties: z.record(z.string(), z.unknown()),
    eventId: z.string().nullable(),
    createdAt: ZIsoDate,
  })
  .meta({ id: 'ContactEvent' });
export type TContactEvent = z.infer<typeof ZContactEvent>;

export const ZEventListQuery = z.strictObject({
  contactExternalId: z.string().max(L.contactExternalId).optional(),
  type: z.string().max(64).optional(),
  from: z.iso.datetime({ offset: true }).optional().meta({ description: 'occurredAt ≥ from' }),
  to: z.iso.datetime({ offset: true }).optional().meta({ description: 'occurredAt < to' }),
  cursor: z.string().max(200).optional().meta({ description: 'nextCursor of the previous page' }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(200)
    .default(50)
    .meta({ description: 'Events per page, 1–200 (default 50)' }),
});
export type TEventListQuery = z.infer<typeof ZEventListQuery>;

export const ZEventList = z
  .object({
    items: z.array(ZContactEvent),
    nextCursor: z.string().nullable().meta({
      description:
        'Pass as `cursor` for the next page; null on the last page. Order: occurredAt descending, then id',
    }),
  })
  .meta({ id: 'EventList' });
