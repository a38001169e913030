import { z } from 'zod';
import { ZId, ZIsoDate } from './common.js';
import { WEBHOOK_EVENT_TYPES, ZWebhookEventType } from './webhook-events.js';

/** `/api/v1/webhooks`: an organization's endpoints, their secrets and their delivery log. */

export const WEBHOOK_API_LIMITS = {
  url: 2000,
  description: 500,
  endpointsPerOrganization: 20,
  deliveriesPage: 100,
  /** The delivery log keeps this many days; a replay reaches back as far. */
  logDays: 30,
  replay: 5000,
} as const;
const L = WEBHOOK_API_LIMITS;

const ZUrl = z
  .url({ protocol: /^https?$/, error: 'must be an http or https URL' })
  .max(L.url, `must be at most ${L.url} characters`)
  .refine((u) => !/^[a-z]+:\/\/[^/]*@/i.test(u), 'must not contain a user name or password')
  .refine((u) => !u.includes('#'), 'must not contain a fragment')
  .meta({ description: 'Where deliveries are POSTed: http or https, resolving to a public address' });

const ZEventTypes = z
  .array(ZWebhookEventType)
  .min(1, 'must name at least one event type')
  .max(WEBHOOK_EVENT_TYPES.length)
  .refine((l) => new Set(l).size === l.length, 'must not repeat an event type')
  .meta({ description: 'The event types this endpoint receives' });

const ZDescription = z
  .string()
  .trim()
  .max(L.description, `must be at most ${L.description} characters`)
  .nullable();

export const ZCreateWebhookEndpoint = z.strictObject({
  url: ZUrl,
  eventTypes: ZEventTypes,
  description: ZDescription.optional(),
  isEnabled: z.boolean().optional(),
});
export type TCreateWebhookEndpoint = z.infer<typeof ZCreateWebhookEndpoint>;

export const ZUpdateWebhookEndpoint = z
  .strictObject({
    url: ZUrl.optional(),
    eventTypes: ZEventTypes.optional(),
    description: ZDescription.optional(),
    isEnabled: z.boolean().optional().meta({
      description:
        'Turning an endpoint on again clears its failing streak; deliveries cancelled meanwhile stay so',
    }),
  })
  .refine((b) => Object.keys(b).length > 0, 'must change at least one field');
export type TUpdateWebhookEndpoint = z.infer<typeof ZUpdateWebhookEndpoint>;

export const ZWebhookEndpoint = z
  .object({
    id: ZId,
    url: z.string(),
    description: z.string().nullable(),
    eventTypes: z.array(ZWebhookEventType),
    isEnabled: z.boolean(),
    disabledReason: z.enum(['manual', 'gone', 'failing']).nullable().meta({
      description: 'manual; gone: the receiver answered 410; failing: no attempt delivered for five days',
    }),
    disabledAt: ZIsoDate.nullable(),
    failingSince: ZIsoDate.nullable().meta({
      description:
        'The first failed attempt of an event since the last delivered one; null while it delivers',
    }),
    lastDeliveredAt: ZIsoDate.nullable().meta({
      description: 'The last attempt the receiver accepted (2xx) within the 30-day log, test events included',
    }),
    lastFailedAt: ZIsoDate.nullable().meta({
      description: 'The last attempt that failed within the 30-day log, test events included',
    }),
    previousSecretRetiresAt: ZIsoDate.nullable().meta({
      description: 'While a rotated secret still signs beside the new one: until when',
    }),
    createdAt: ZIsoDate,
    updatedAt: ZIsoDate,
  })
  .meta({ id: 'WebhookEndpoint' });
export type TWebhookEndpoint = z.infer<typeof ZWebhookEndpoint>;

export const ZWebhookEndpointList = z.object({ endpoints: z.array(ZWebhookEndpoint) });

export const ZWebhookSecret = z
  .object({
    secret: z.string().meta({
      description:
        'The signing secret (whsec_…). Shown once: store it now. Verify with any Standard Webhooks library.',
    }),
    previousSecretRetiresAt: ZIsoDate.nullable(),
  })
  .meta({ id: 'WebhookSecret' });

export const ZCreatedWebhookEndpoint = z
  .object({ endpoint: ZWebhookEndpoint, secret: z.string() })
  .meta({ id: 'CreatedWebhookEndpoint', description: 'The endpoint and its secret, shown once' });

export const ZRotateWebhookSecret = z.strictObject({
  overlapHours: z
    .number()
    .int('must be a whole number')
    .min(0, 'must be 0 or more')
    .max(168, 'must be at most 168 (a week)')
    .default(24)
    .meta({ description: 'How long the old secret keeps signing beside the new one; 0 for a leaked secret' }),
});

export const ZWebhookAttempt = z
  .object({
    attempt: z.number().int(),
    at: ZIsoDate,
    durationMs: z.number().int(),
    outcome: z.enum([
      'delivered',
      'gone',
      'redirect',
      'status',
      'throttled',
      'timeout',
      'network',
      'address-refused',
    ]),
    statusCode: z.number().int().nullable(),
    responseExcerpt: z
      .string()
      .nullable()
      .meta({ description: 'The first bytes of the answer, or what went wrong' }),
  })
  .meta({ id: 'WebhookAttempt' });

export const ZWebhookDelivery = z
  .object({
    id: ZId,
    messageId: z.string().meta({ description: 'The webhook-id header, the same on every attempt and copy' }),
    origin: z.enum(['event', 'test', 'redelivery', 'replay']),
    eventType: z.string(),
    status: z.enum(['pending', 'delivered', 'failed', 'cancelled']),
    attempts: z.number().int(),
    nextAttemptAt: ZIsoDate.nullable(),
    createdAt: ZIsoDate,
    payload: z.string().meta({ description: 'The body as sent and signed' }),
    attemptLog: z.array(ZWebhookAttempt),
  })
  .meta({ id: 'WebhookDelivery' });
export type TWebhookDelivery = z.infer<typeof ZWebhookDelivery>;

export const ZWebhookDeliveryQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(L.deliveriesPage).default(50),
  cursor: z.string().max(200).optional().meta({ description: 'nextCursor of the previous page' }),
});

export const ZWebhookDeliveryList = z.object({
  deliveries: z.array(ZWebhookDelivery),
  nextCursor: z
    .string()
    .nullable()
    .meta({ description: 'For the next page (newest first); null on the last' }),
});

export const ZReplayWebhook = z.strictObject({
  since: ZIsoDate.meta({
    description: `Every delivery of events since then is sent again (the log reaches back ${L.logDays} days)`,
  }),
});
export const ZReplayResult = z.object({ queued: z.number().int() });

export const ZWebhookEndpointParams = z.strictObject({ id: ZId });
export const ZWebhookDeliveryParams = z.strictObject({ id: ZId, deliveryId: ZId });
