import type { TWebhookDelivery, TWebhookEndpoint } from '../../../shared/contracts/webhooks.js';
import { iso } from '../../common/iso.js';
import { openSecrets, previousSecretRetiresAt } from './endpoint-secrets.js';
import type { AttemptRow, DeliveryRow } from './webhook-deliveries.repo.js';
import type { EndpointRow } from './webhooks.repo.js';

/** When the endpoint last delivered and last failed (from its attempts); none for a new one. */
export interface AttemptTimes {
  lastDeliveredAt: Date | null;
  lastFailedAt: Date | null;
}
const NO_ATTEMPTS: AttemptTimes = { lastDeliveredAt: null, lastFailedAt: null };

export function toEndpointDto(
  row: EndpointRow,
  authSecret: string,
  now: Date,
  times: AttemptTimes = NO_ATTEMPTS,
): TWebhookEndpoint {
  const retiring = previousSecretRetiresAt(openSecrets(authSecret, row.secretsSealed), now);
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    eventTypes: row.eventTypes as TWebhookEndpoint['eventTypes'],
    isEnabled: row.isEnabled,
    disabledReason: row.isEnabled ? null : ((row.disabledReason ?? 'manual') as 'manual'),
    disabledAt: row.isEnabled || !row.disabledAt ? null : iso(row.disabledAt),
    failingSince: row.failingSince ? iso(row.failingSince) : null,
    lastDeliveredAt: times.lastDeliveredAt ? iso(times.lastDeliveredAt) : null,
    lastFailedAt: times.lastFailedAt ? iso(times.lastFailedAt) : null,
    previousSecretRetiresAt: retiring ? iso(retiring) : null,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

export function toDeliveryDto(row: DeliveryRow, attempts: readonly AttemptRow[]): TWebhookDelivery {
  return {
    id: row.id,
    messageId: row.messageId,
    origin: row.origin as TWebhookDelivery['origin'],
    eventType: row.eventType,
    status: row.status as TWebhookDelivery['status'],
    attempts: row.attempts,
    nextAttemptAt: row.status === 'pending' && row.nextAttemptAt ? iso(row.nextAttemptAt) : null,
    createdAt: iso(row.createdAt),
    payload: row.payload,
    attemptLog: attempts.map((a) => ({
      attempt: a.attempt,
      at: iso(a.at),
      durationMs: a.durationMs,
      outcome: a.outcome as TWebhookDelivery['attemptLog'][number]['outcome'],
      statusCode: a.statusCode,
      responseExcerpt: a.responseExcerpt,
    })),
  };
}
