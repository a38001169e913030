import { ZWebhookTestEvent } from '../../../shared/contracts/webhook-events.js';
import { WEBHOOK_API_LIMITS, type TWebhookDelivery } from '../../../shared/contracts/webhooks.js';
import { AppError, invalidField, notFound } from '../../common/app-error.js';
import type { EnqueueMany } from '../../pipeline/catalog.js';
import { newMessageId } from './emit-webhook-events.js';
import type { WebhooksDeps } from './manage-webhooks.service.js';
import { toDeliveryDto } from './webhook-dto.js';
import * as deliveries from './webhook-deliveries.repo.js';
import { findEndpoint } from './webhooks.repo.js';

const DAY = 86_400_000;

async function mustFindEndpoint(deps: WebhooksDeps, organizationId: string, id: string) {
  const endpoint = await findEndpoint(deps.db, organizationId, id);
  if (!endpoint) throw notFound('Webhook endpoint');
  return endpoint;
}

/** Sending again to a switched-off endpoint would only be cancelled: say so instead. */
async function mustFindEnabledEndpoint(deps: WebhooksDeps, organizationId: string, id: string) {
  const endpoint = await mustFindEndpoint(deps, organizationId, id);
  if (!endpoint.isEnabled)
    throw new AppError('CONFLICT', 'The endpoint is disabled; turn it on before sending to it again');
  return endpoint;
}

/** Every delivery's first attempt runs at once, each attempt as a job of its own. */
/** First attempts, one insert for however many (a replay queues up to 5,000). */
async function queueFirstAttempts(enqueueMany: EnqueueMany, organizationId: string, ids: readonly string[]) {
  await enqueueMany(
    'webhooks.attempt',
    ids.map((deliveryId) => ({ organizationId, deliveryId, attempt: 1 })),
  );
}

/** An endpoint's log, newest first: each delivery with its payload and attempts (kept 30 days). */
export async function listWebhookDeliveries(
  deps: WebhooksDeps,
  organizationId: string,
  endpointId: string,
  query: { limit: number; cursor?: string | undefined },
): Promise<{ deliveries: TWebhookDelivery[]; nextCursor: string | null }> {
  await mustFindEndpoint(deps, organizationId, endpointId);
  const after = query.cursor === undefined ? null : readCursor(query.cursor);
  const rows = await deliveries.listDeliveries(
    deps.db,
    organizationId,
    { endpointId },
    query.limit + 1,
    after,
  );
  const page = rows.slice(0, query.limit);
  const attempts = await deliveries.attemptsOf(
    deps.db,
    organizationId,
    page.map((r) => r.id),
  );
  const last = page[page.length - 1];
  return {
    deliveries: page.map((r) =>
      toDeliveryDto(
        r,
        attempts.filter((a) => a.deliveryId === r.id),
      ),
    ),
    nextCursor: rows.length > query.limit && last ? writeCursor(last) : null,
  };
}

/** A signed `webhook.test` event to the endpoint, whatever it subscribed to (enabled or not: it tests the receiver). */
export async function sendTestEvent(
  deps: WebhooksDeps,
  organizationId: string,
  endpointId: string,
): Promise<TWebhookDelivery> {
  const endpoint = await mustFindEndpoint(deps, organizationId, endpointId);
  const now = deps.now();
  const payload = ZWebhookTestEvent.parse({
    type: 'webhook.test',
    timestamp: now.toISOString(),
    data: { organizationId, endpointId, url: `${deps.config.publicUrl}/settings/integrations` },
  });
  const [row] = await deliveries.insertDeliveries(deps.db, [
    {
      organizationId,
      endpointId: endpoint.id,
      messageId: newMessageId(),
      origin: 'test',
      eventType: 'webhook.test',
      payload: JSON.stringify(payload),
      nextAttemptAt: now,
      createdAt: now,
    },
  ]);
  if (!row) throw new Error('test delivery not inserted');
  await queueFirstAttempts(deps.enqueueMany, organizationId, [row.id]);
  return toDeliveryDto(row, []);
}

/** "Send again": a copy of one delivery (same webhook-id and body, signed anew) with a schedule of its own. */
export async function redeliver(
  deps: WebhooksDeps,
  organizationId: string,
  endpointId: string,
  deliveryId: string,
): Promise<TWebhookDelivery> {
  await mustFindEnabledEndpoint(deps, organizationId, endpointId);
  const original = await deliveries.findDelivery(deps.db, organizationId, endpointId, deliveryId);
  if (!original) throw notFound('Webhook delivery');
  const [copy] = await deliveries.insertDeliveries(deps.db, [copyOf(original, 'redelivery', deps.now())]);
  if (!copy) throw new Error('redelivery not inserted');
  await queueFirstAttempts(deps.enqueueMany, organizationId, [copy.id]);
  return toDeliveryDto(copy, []);
}

/** "Replay everything since …": every event delivery of the endpoint since then, sent again in order. */
export async function replaySince(
  deps: WebhooksDeps,
  organizationId: string,
  endpointId: string,
  since: Date,
): Promise<{ queued: number }> {
  await mustFindEnabledEndpoint(deps, organizationId, endpointId);
  const now = deps.now();
  if (since.getTime() > now.getTime()) throw invalidField('body.since', 'must not be in the future');
  if (since.getTime() < now.getTime() - WEBHOOK_API_LIMITS.logDays * DAY)
    throw invalidField(
      'body.since',
      `must be within the last ${WEBHOOK_API_LIMITS.logDays} days (the log's reach)`,
    );
  const originals = await deliveries.eventDeliveriesSince(
    deps.db,
    organizationId,
    endpointId,
    since,
    WEBHOOK_API_LIMITS.replay,
  );
  const copies = await deliveries.insertDeliveries(
    deps.db,
    originals.map((o) => copyOf(o, 'replay', now)),
  );
  await queueFirstAttempts(
    deps.enqueueMany,
    organizationId,
    copies.map((c) => c.id),
  );
  return { queued: copies.length };
}

function copyOf(
  o: deliveries.DeliveryRow,
  origin: 'redelivery' | 'replay',
  now: Date,
): deliveries.NewDelivery {
  return {
    organizationId: o.organizationId,
    endpointId: o.endpointId,
    messageId: o.messageId,
    origin,
    eventType: o.eventType,
    subjectId: o.subjectId,
    sequence: o.sequence,
    contactId: o.contactId,
    payload: o.payload,
    nextAttemptAt: now,
    createdAt: now,
  };
}

export function writeCursor(row: { createdAt: Date; id: string }): string {
  return Buffer.from(`${row.createdAt.toISOString()}|${row.id}`).toString('base64url');
}

export function readCursor(cursor: string): { createdAt: Date; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const createdAt = new Date(at ?? '');
  if (!id || !/^[0-9a-f-]{36}$/i.test(id) || Number.isNaN(createdAt.getTime()))
    throw invalidField('querystring.cursor', 'is not a cursor this list gave out');
  return { createdAt, id };
}
