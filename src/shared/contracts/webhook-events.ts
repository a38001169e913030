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
const ZOrganizationId = z.string().min(1).meta({ description: 'The organization the event belongs to' });

const ZCommentExcerpt = z
  .object({
    text: z.string().max(WEBHOOK_LIMITS.commentExcerpt).meta({ description: 'The start of the comment' }),
    isTruncated: z.boolean().meta({ description: 'Whether the comment goes on (the link shows it whole)' }),
  })
  .meta({
    id: 'WebhookCommentExcerpt',
    description: `The first ${WEBHOOK_LIMITS.commentExcerpt} characters of the comment`,
  });

const itemFields = {
  organizationId: ZOrganizationId,
  itemId: ZId.meta({ description: 'The feedback item (an answer, review, ticket, …)' }),
  sequence: ZSequence,
  channel: z
    .string()
    .min(1)
    .meta({ description: 'Where it came from: survey, review, social, chat, email, ticket, …' }),
  contactId: ZId.nullable().meta({ description: 'The contact who gave it; null when anonymous' }),
  metric: z
    .string()
    .nullable()
    .meta({ description: 'nps, csat, ces, rating or brand; null without a score' }),
  score: z.number().int().nullable().meta({ description: 'The score given, on the scale below' }),
  scaleMin: z.number().int().nullable().meta({ description: 'The lowest score of the scale' }),
  scaleMax: z.number().int().nullable().meta({ description: 'The highest score of the scale' }),
  language: z
    .string()
    .nullable()
    .meta({ description: 'The language of the feedback (ISO 639-1), where known' }),
  comment: ZCommentExcerpt.nullable(),
  url: ZLink,
};

const caseFields = {
  organizationId: ZOrganizationId,
  caseId: ZId.meta({ description: 'The case' }),
  sequence: ZSequence,
  number: z.number().int().min(1).meta({ description: 'The case number people see (#42)' }),
  subject: z.string().max(200).meta({ description: 'The case subject' }),
  status: z.enum(CASE_STATUSES).meta({ description: 'The status after the event' }),
  priority: z.enum(CASE_PRIORITY_LEVELS).meta({ description: 'The priority after the event' }),
  channel: z.enum(CASE_CHANNELS).meta({ description: 'The channel of the feedback that opened it' }),
  teamId: ZId.nullable().meta({ description: 'The team working it; null without one' }),
  assigneeId: z
    .string()
    .nullable()
    .meta({ description: 'The person working it (a user id); null while unassigned' }),
  contactId: ZId.nullable().meta({ description: 'The customer; null when anonymous' }),
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
    surveyId: ZId.nullable().meta({ description: 'The survey answered, where known' }),
    npsCategory: z
      .enum(['promoter', 'passive', 'detractor'])
      .nullable()
      .meta({ description: 'For NPS answers: 9–10 promoter, 7–8 passive, 0–6 detractor' }),
  }),
  'feedback.created': event(
    'feedback.created',
    'A piece of feedback that is not a survey answer arrived (review, ticket, chat, …)',
    {
      ...itemFields,
      source: z.string().nullable().meta({ description: 'The source, e.g. "Google Reviews"' }),
    },
  ),
  'case.created': event('case.created', 'A follow-up case was opened', caseFields),
  'case.updated': event('case.updated', 'A case changed', {
    ...caseFields,
    changes: z.array(z.enum(CASE_CHANGES)).min(1).meta({ description: 'What changed' }),
  }),
  'case.breached': event('case.breached', 'A case missed an SLA target', {
    ...caseFields,
    clock: ZSlaClockName.nullable().meta({ description: 'Which clock ran out, where the log names it' }),
    dueAt: ZIsoDate.nullable().meta({ description: 'Since when the case is overdue' }),
  }),
  'case.escalated': event('case.escalated', 'A case was escalated, by its SLA or by the customer', {
    ...caseFields,
    level: z.number().int().min(0).meta({ description: 'The escalation level reached' }),
    by: z.enum(['sla', 'customer']).meta({ description: 'Whether the SLA or the customer escalated it' }),
  }),
  'case.resolved': event('case.resolved', 'A case was resolved', caseFields),
  'contact.erased': event('contact.erased', 'A contact was erased (GDPR art. 17); ids only', {
    organizationId: ZOrganizationId,
    contactId: ZId.meta({ description: 'The erased contact: delete what you hold about them' }),
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
    data: z.object({
      organizationId: ZOrganizationId,
      endpointId: ZId.meta({ description: 'The endpoint tested' }),
      url: ZLink,
    }),
  })
  .meta({ id: 'WebhookEventTest', description: 'A test event sent from Settings or the API' });
