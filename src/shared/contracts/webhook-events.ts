import { z } from 'zod';
import { CASE_CHANNELS, CASE_PRIORITY_LEVELS, CASE_STATUSES } from './cases.js';
import { ZId, ZIsoDate } from './common.js';

/**
 * The webhook event catalog as receivers see it: every event type with the schema of its payload
 * (`{ type, timestamp, data }`, the Standard Webhooks shape). The server validates each payload
 * against these before signing it, the OpenAPI document publishes them, the dashboard lists the
 * types. Payloads carry ids, a few small fields and a link; large texts stay behind the link.
 * Later issues add their events here.
 */
export const WEBHOOK_EVENT_TYPES = [
  'response.created',
  'feedback.created',
  'case.created',
  'case.updated',
  'case.breached',
  'case.escalated',
  'case.resolved',
  'contact.erased',
] as const;
export const ZWebhookEventType = z.enum(WEBHOOK_EVENT_TYPES);
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export const WEBHOOK_LIMITS = {
  /** Characters of a comment an event carries; the link leads to the whole text. */
  commentExcerpt: 500,
  /** Standard Webhooks recommends payloads under 20 KB; ours are far below, and checked. */
  payloadBytes: 20 * 1024,
} as const;

const ZSequence = z.number().int().min(1).meta({
  description:
    'Grows with every event about the same subject, so a receiver can drop one older than what it has seen (compare, do not count: numbers may skip)',
});
const ZLink = z.url().meta({ description: 'Where a person sees the subject in Resonance' });
const ZOrganizationId = z.string().min(1);

const ZCommentExcerpt = z
  .object({
    text: z.string().max(WEBHOOK_LIMITS.commentExcerpt),
    isTruncated: z.boolean(),
  })
  .meta({
    id: 'WebhookCommentExcerpt',
    description: `The first ${WEBHOOK_LIMITS.commentExcerpt} characters of the comment`,
  });

const itemFields = {
  organizationId: ZOrganizationId,
  itemId: ZId,
  sequence: ZSequence,
  channel: z.string().min(1),
  contactId: ZId.nullable(),
  metric: z
    .string()
    .nullable()
    .meta({ description: 'nps, csat, ces, rating or brand; null without a score' }),
  score: z.number().int().nullable(),
  scaleMin: z.number().int().nullable(),
  scaleMax: z.number().int().nullable(),
  language: z.string().nullable(),
  comment: ZCommentExcerpt.nullable(),
  url: ZLink,
};

const caseFields = {
  organizationId: ZOrganizationId,
  caseId: ZId,
  sequence: ZSequence,
  number: z.number().int().min(1),
  subject: z.string().max(200),
  status: z.enum(CASE_STATUSES),
  priority: z.enum(CASE_PRIORITY_LEVELS),
  channel: z.enum(CASE_CHANNELS),
  teamId: ZId.nullable(),
  assigneeId: z.string().nullable(),
  contactId: ZId.nullable(),
  url: ZLink,
};

export const ZSlaClockName = z.enum(['firstResponse', 'nextResponse', 'resolution']);
/** What a case.updated event says changed. */
export const CASE_CHANGES = [
  'status',
  'priority',
  'assignee',
  'team',
  'subject',
  'message',
  'items',
] as const;

/** response.created → ResponseCreated, for the schema's OpenAPI component name. */
const pascal = (type: string) =>
  type
    .split('.')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');

function event<T extends WebhookEventType, D extends z.ZodRawShape>(type: T, description: string, data: D) {
  return z
    .object({
      type: z.literal(type),
      timestamp: ZIsoDate.meta({ description: 'When it happened (not when it was sent)' }),
      data: z.object(data),
    })
    .meta({ id: `WebhookEvent${pascal(type)}`, description });
}

export const WEBHOOK_EVENT_SCHEMAS = {
  'response.created': event('response.created', 'A survey answer arrived (any survey channel)', {
    ...itemFields,
    surveyId: ZId.nullable(),
    npsCategory: z.enum(['promoter', 'passive', 'detractor']).nullable(),
  }),
  'feedback.created': event(
    'feedback.created',
    'A piece of feedback that is not a survey answer arrived (review, ticket, chat, …)',
    { ...itemFields, source: z.string().nullable() },
  ),
  'case.created': event('case.created', 'A follow-up case was opened', caseFields),
  'case.updated': event('case.updated', 'A case changed', {
    ...caseFields,
    changes: z.array(z.enum(CASE_CHANGES)).min(1),
  }),
  'case.breached': event('case.breached', 'A case missed an SLA target', {
    ...caseFields,
    clock: ZSlaClockName.nullable().meta({ description: 'Which clock ran out, where the log names it' }),
    dueAt: ZIsoDate.nullable().meta({ description: 'Since when the case is overdue' }),
  }),
  'case.escalated': event('case.escalated', 'A case was escalated, by its SLA or by the customer', {
    ...caseFields,
    level: z.number().int().min(0),
    by: z.enum(['sla', 'customer']),
  }),
  'case.resolved': event('case.resolved', 'A case was resolved', caseFields),
  'contact.erased': event('contact.erased', 'A contact was erased (GDPR art. 17); ids only', {
    organizationId: ZOrganizationId,
    contactId: ZId,
    sequence: ZSequence,
  }),
} as const satisfies Record<WebhookEventType, z.ZodType>;

export type WebhookEventPayload<T extends WebhookEventType = WebhookEventType> = z.infer<
  (typeof WEBHOOK_EVENT_SCHEMAS)[T]
>;
export type WebhookEventData<T extends WebhookEventType> = WebhookEventPayload<T>['data'];

/**
 * What "send test event" delivers: signed like every event, to the endpoint whatever types it
 * subscribed to, and never sent otherwise.
 */
export const ZWebhookTestEvent = z
  .object({
    type: z.literal('webhook.test'),
    timestamp: ZIsoDate,
    data: z.object({ organizationId: ZOrganizationId, endpointId: ZId, url: ZLink }),
  })
  .meta({ id: 'WebhookEventTest', description: 'A test event sent from Settings or the API' });
