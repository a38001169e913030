import {
  WEBHOOK_EVENT_SCHEMAS,
  WEBHOOK_EVENT_TYPES,
  ZWebhookTestEvent,
} from '../../shared/contracts/webhook-events.js';

/**
 * The OpenAPI 3.1 `webhooks` section: what Resonance POSTs to a receiver, one entry per event type
 * of the catalog (and the test event), each body the event's JSON Schema. The schemas are the zod
 * schemas the server checks every payload against before signing it, registered as components
 * by their `.meta({ id })` (WebhookEventResponseCreated, …), so the document cannot describe a
 * payload other than the one sent.
 */

/** The schema component of a zod schema with `.meta({ id })`: the id is the component's name. */
function componentOf(schema: { meta(): { id?: string | undefined } | undefined }): string {
  const id = schema.meta()?.id;
  if (!id) throw new Error('a webhook event schema without a component id');
  return id;
}

const HEADERS = [
  {
    name: 'webhook-id',
    description:
      'The message id (`msg_…`): the same on every retry, "send again" and replay of one event. Receivers deduplicate by it.',
    example: 'msg_2b7f0c4e9d1a4f6c8e3b5a7d9c1e2f40',
  },
  {
    name: 'webhook-timestamp',
    description:
      'Seconds since the Unix epoch when this attempt was signed; refuse it when far from your clock.',
    example: '1767225600',
  },
  {
    name: 'webhook-signature',
    description:
      'Space-separated `v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}">`, one per secret in use (two while a rotated secret overlaps). The key is the endpoint secret without its `whsec_` prefix, base64-decoded.',
    example: 'v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=',
  },
];

const RESPONSES = {
  '200': {
    description:
      'Any 2xx answer is a delivery. Anything else is retried (immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h, with jitter; `Retry-After` honoured on 429, 502, 503, 504); redirects are not followed.',
  },
  '410': {
    description:
      'Gone: Resonance switches the endpoint off and sends nothing more until it is turned on again.',
  },
};

const pascal = (type: string) =>
  type
    .split(/[._]/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');

function webhookOperation(type: string, description: string, component: string) {
  return {
    post: {
      operationId: `webhook${pascal(type)}`,
      summary: type,
      description: `${description}. Sent as a signed Standard Webhooks request to every enabled endpoint subscribed to \`${type}\`.`,
      tags: ['webhooks'],
      // The receiver's side: Resonance authenticates itself by the signature, not by a credential.
      security: [],
      parameters: HEADERS.map((h) => ({
        name: h.name,
        in: 'header',
        required: true,
        description: h.description,
        schema: { type: 'string' },
        example: h.example,
      })),
      requestBody: {
        required: true,
        description: 'The event, exactly as signed (UTF-8 JSON).',
        content: { 'application/json': { schema: { $ref: `#/components/schemas/${component}` } } },
      },
      responses: RESPONSES,
    },
  };
}

/** The `webhooks` object: every catalog event type, then `webhook.test`. */
export function openapiWebhooks(): Record<string, ReturnType<typeof webhookOperation>> {
  const out: Record<string, ReturnType<typeof webhookOperation>> = {};
  for (const type of WEBHOOK_EVENT_TYPES) {
    const schema = WEBHOOK_EVENT_SCHEMAS[type];
    out[type] = webhookOperation(type, schema.description ?? type, componentOf(schema));
  }
  out['webhook.test'] = webhookOperation(
    'webhook.test',
    'A test event, sent only when someone presses "send test event" (Settings → Integrations or POST /api/v1/webhooks/{id}/test), whatever the endpoint subscribed to',
    componentOf(ZWebhookTestEvent),
  );
  return out;
}
