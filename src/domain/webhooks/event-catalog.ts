import {
  WEBHOOK_EVENT_SCHEMAS,
  WEBHOOK_EVENT_TYPES,
  WEBHOOK_LIMITS,
  type WebhookEventData,
  type WebhookEventPayload,
  type WebhookEventType,
} from '../../shared/contracts/webhook-events.js';

export { WEBHOOK_EVENT_TYPES, type WebhookEventPayload, type WebhookEventType };

/** What an event is about: its sequence number counts per subject. */
export type WebhookSubjectKind = 'item' | 'case' | 'contact';

export const WEBHOOK_EVENT_SUBJECTS: Record<WebhookEventType, WebhookSubjectKind> = {
  'response.created': 'item',
  'feedback.created': 'item',
  'case.created': 'case',
  'case.updated': 'case',
  'case.breached': 'case',
  'case.escalated': 'case',
  'case.resolved': 'case',
  'contact.erased': 'contact',
};

export function isWebhookEventType(value: string): value is WebhookEventType {
  return (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value);
}

/**
 * A new item is a survey answer (`response.created`) or other feedback (`feedback.created`), never
 * both: an endpoint subscribed to both gets each item once.
 */
export function itemEventType(channel: string): 'response.created' | 'feedback.created' {
  return channel === 'survey' ? 'response.created' : 'feedback.created';
}

/** The start of a comment for a payload; the event's link leads to the rest. */
export function commentExcerpt(text: string | null): { text: string; isTruncated: boolean } | null {
  if (text === null || text.trim() === '') return null;
  const max = WEBHOOK_LIMITS.commentExcerpt;
  if (text.length <= max) return { text, isTruncated: false };
  let cut = text.slice(0, max);
  // Never end on the first half of a surrogate pair: that would not be a character.
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return { text: cut, isTruncated: true };
}

export class WebhookPayloadError extends Error {}

/**
 * The payload of one event, checked against its published schema, and the exact body that is
 * signed and sent. Refuses (throws) a payload that breaks its schema or the size limit: that is a
 * bug in the code that built it, which must not reach receivers.
 */
export function buildWebhookEvent<T extends WebhookEventType>(
  type: T,
  occurredAt: Date,
  data: WebhookEventData<T>,
): { payload: WebhookEventPayload<T>; body: string } {
  const candidate = { type, timestamp: occurredAt.toISOString(), data };
  const parsed = WEBHOOK_EVENT_SCHEMAS[type].safeParse(candidate);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new WebhookPayloadError(`${type}: ${first?.path.join('.') ?? ''} ${first?.message ?? 'invalid'}`);
  }
  const body = JSON.stringify(parsed.data);
  const bytes = new TextEncoder().encode(body).byteLength;
  if (bytes >= WEBHOOK_LIMITS.payloadBytes)
    throw new WebhookPayloadError(
      `${type}: payload of ${bytes} bytes exceeds ${WEBHOOK_LIMITS.payloadBytes}`,
    );
  return { payload: parsed.data as WebhookEventPayload<T>, body };
}

/** An endpoint receives exactly the types it subscribed to (the API refuses an empty list). */
export function endpointWants(eventTypes: readonly string[], type: WebhookEventType): boolean {
  return eventTypes.includes(type);
}
