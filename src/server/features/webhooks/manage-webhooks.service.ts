import { rotateSecrets } from '../../../domain/webhooks/secret-rotation.js';
import type {
  TCreateWebhookEndpoint,
  TUpdateWebhookEndpoint,
  TWebhookEndpoint,
} from '../../../shared/contracts/webhooks.js';
import { WEBHOOK_API_LIMITS } from '../../../shared/contracts/webhooks.js';
import { AppError, notFound } from '../../common/app-error.js';
import { iso } from '../../common/iso.js';
import type { Db } from '../../db/client.js';
import type { OutboundHttp } from '../../net/post-to-checked-address.js';
import type { Enqueue, EnqueueMany } from '../../pipeline/catalog.js';
import { newWebhookSecret, openSecrets, previousSecretRetiresAt, sealSecrets } from './endpoint-secrets.js';
import { attemptTimesOf } from './webhook-deliveries.repo.js';
import { toEndpointDto, type AttemptTimes } from './webhook-dto.js';
import { assertDeliverableUrl } from './webhook-url.js';
import * as repo from './webhooks.repo.js';

export interface WebhooksDeps {
  db: Db;
  config: { authSecret: string; publicUrl: string };
  now: () => Date;
  enqueue: Enqueue;
  enqueueMany: EnqueueMany;
  outbound: OutboundHttp;
}

/** Each endpoint's last delivered and last failed attempt, for the health the list shows. */
async function attemptTimes(
  deps: WebhooksDeps,
  organizationId: string,
  ids: readonly string[],
): Promise<Map<string, AttemptTimes>> {
  const rows = await attemptTimesOf(deps.db, organizationId, ids);
  return new Map(rows.map((r) => [r.endpointId, r]));
}

export async function listWebhookEndpoints(deps: WebhooksDeps, organizationId: string) {
  const rows = await repo.listEndpoints(deps.db, organizationId);
  const times = await attemptTimes(
    deps,
    organizationId,
    rows.map((r) => r.id),
  );
  const now = deps.now();
  return { endpoints: rows.map((r) => toEndpointDto(r, deps.config.authSecret, now, times.get(r.id))) };
}

export async function getWebhookEndpoint(
  deps: WebhooksDeps,
  organizationId: string,
  id: string,
): Promise<TWebhookEndpoint> {
  const row = await repo.findEndpoint(deps.db, organizationId, id);
  if (!row) throw notFound('Webhook endpoint');
  const times = await attemptTimes(deps, organizationId, [id]);
  return toEndpointDto(row, deps.config.authSecret, deps.now(), times.get(id));
}

/** A new endpoint and its secret, which this answer is the only one to show. */
export async function createWebhookEndpoint(
  deps: WebhooksDeps,
  organizationId: string,
  input: TCreateWebhookEndpoint,
): Promise<{ endpoint: TWebhookEndpoint; secret: string }> {
  if ((await repo.countEndpoints(deps.db, organizationId)) >= WEBHOOK_API_LIMITS.endpointsPerOrganization)
    throw new AppError(
      'CONFLICT',
      `An organization has at most ${WEBHOOK_API_LIMITS.endpointsPerOrganization} webhook endpoints`,
    );
  await assertDeliverableUrl(deps.outbound, input.url);
  const now = deps.now();
  const secret = newWebhookSecret();
  const isEnabled = input.isEnabled ?? true;
  const row = await repo.insertEndpoint(deps.db, {
    organizationId,
    url: input.url,
    description: input.description ?? null,
    eventTypes: input.eventTypes,
    isEnabled,
    disabledReason: isEnabled ? null : 'manual',
    disabledAt: isEnabled ? null : now,
    secretsSealed: sealSecrets(deps.config.authSecret, [{ secret, retiresAt: null }]),
    createdAt: now,
    updatedAt: now,
  });
  return { endpoint: toEndpointDto(row, deps.config.authSecret, now), secret };
}

export async function updateWebhookEndpoint(
  deps: WebhooksDeps,
  organizationId: string,
  id: string,
  patch: TUpdateWebhookEndpoint,
): Promise<TWebhookEndpoint> {
  const current = await repo.findEndpoint(deps.db, organizationId, id);
  if (!current) throw notFound('Webhook endpoint');
  if (patch.url !== undefined) await assertDeliverableUrl(deps.outbound, patch.url);
  const now = deps.now();
  const set: Parameters<typeof repo.updateEndpoint>[3] = { updatedAt: now };
  if (patch.url !== undefined) set.url = patch.url;
  if (patch.eventTypes !== undefined) set.eventTypes = patch.eventTypes;
  if (patch.description !== undefined) set.description = patch.description;
  if (patch.isEnabled === true && !current.isEnabled)
    Object.assign(set, { isEnabled: true, disabledReason: null, disabledAt: null, failingSince: null });
  if (patch.isEnabled === false && current.isEnabled)
    Object.assign(set, { isEnabled: false, disabledReason: 'manual', disabledAt: now });
  const row = await repo.updateEndpoint(deps.db, organizationId, id, set);
  if (!row) throw notFound('Webhook endpoint');
  const times = await attemptTimes(deps, organizationId, [id]);
  return toEndpointDto(row, deps.config.authSecret, now, times.get(id));
}

export async function deleteWebhookEndpoint(deps: WebhooksDeps, organizationId: string, id: string) {
  if (!(await repo.deleteEndpoint(deps.db, organizationId, id))) throw notFound('Webhook endpoint');
  return { ok: true as const };
}

/**
 * A new current secret; the old one keeps signing beside it for `overlapHours` (both signatures
 * in every header meanwhile), so receivers switch without losing a delivery. Shown once.
 */
export async function rotateWebhookSecret(
  deps: WebhooksDeps,
  organizationId: string,
  id: string,
  overlapHours: number,
): Promise<{ secret: string; previousSecretRetiresAt: string | null }> {
  const now = deps.now();
  const secret = newWebhookSecret();
  const rotated = await repo.inTransaction(deps.db, async (tx) => {
    const row = await repo.findEndpoint(tx, organizationId, id, true);
    if (!row) throw notFound('Webhook endpoint');
    const secrets = rotateSecrets(
      openSecrets(deps.config.authSecret, row.secretsSealed),
      secret,
      now,
      overlapHours,
    );
    await repo.updateEndpoint(tx, organizationId, id, {
      secretsSealed: sealSecrets(deps.config.authSecret, secrets),
      updatedAt: now,
    });
    return secrets;
  });
  const retiring = previousSecretRetiresAt(rotated, now);
  return { secret, previousSecretRetiresAt: retiring ? iso(retiring) : null };
}
