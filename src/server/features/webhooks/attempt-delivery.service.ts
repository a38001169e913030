import { classifyAttempt, type AttemptResult } from '../../../domain/webhooks/delivery-outcome.js';
import { healthAfterAttempt } from '../../../domain/webhooks/endpoint-health.js';
import { nextAttemptAt, type RandomSource } from '../../../domain/webhooks/retry-schedule.js';
import { signingSecrets } from '../../../domain/webhooks/secret-rotation.js';
import { unixSeconds, webhookHeaders } from '../../../domain/webhooks/webhook-signature.js';
import type { Db } from '../../db/client.js';
import type { SendMail } from '../../email/mail.js';
import type { Logger } from '../../logger.js';
import {
  postToCheckedAddress,
  type OutboundHttp,
  type PostResult,
} from '../../net/post-to-checked-address.js';
import type { Enqueue } from '../../pipeline/catalog.js';
import { openSecrets } from './endpoint-secrets.js';
import { mailEndpointDisabled } from './mail-endpoint-disabled.js';
import { claimAttempt, finishAttempt, setDeliveryStatus } from './webhook-deliveries.repo.js';
import { findEndpoint, inTransaction, recordEndpointHealth } from './webhooks.repo.js';

/**
 * Where a delivery goes and where its health is kept: a webhook endpoint, or an alert rule's
 * Slack or Teams channel (features/alerts, passed in by the job so this feature imports none).
 */
export interface DeliveryTarget {
  url: string;
  isEnabled: boolean;
  failingSince: Date | null;
  /** Standard Webhooks signatures for an endpoint; Slack and Teams take the body as it is. */
  headers(message: { id: string; body: string }, at: Date): Promise<Record<string, string>>;
  recordHealth(
    tx: Db,
    health: { failingSince: Date | null; disable: 'gone' | 'failing' | null },
    now: Date,
  ): Promise<{ disabled: boolean }>;
  /** What the admins' mail names once it is disabled (never a URL that is a credential). */
  label: string;
}

export type AlertTargetOf = (
  db: Db,
  organizationId: string,
  alertRuleId: string,
) => Promise<DeliveryTarget | null>;

export interface AttemptDeps {
  /** Resolves an alert rule's delivery target; without it, alert deliveries are cancelled. */
  alertTarget?: AlertTargetOf | undefined;
  db: Db;
  logger: Logger;
  config: { authSecret: string; publicUrl: string };
  now: () => Date;
  enqueue: Enqueue;
  outbound: OutboundHttp;
  random: RandomSource;
  sendMail: SendMail;
}

export type AttemptSummary = 'skipped' | 'cancelled' | 'delivered' | 'retrying' | 'failed';

/**
 * One attempt of one delivery (the `webhooks.attempt` job): claimed so it runs once, signed with
 * every secret that signs now, sent through the outbound address policy (checked on the resolved
 * address at this moment), logged, and followed by the next attempt on the schedule or by the
 * endpoint's health: 410 or five days of failures disable it, and its admins are mailed.
 */
export async function attemptDelivery(
  deps: AttemptDeps,
  job: { organizationId: string; deliveryId: string; attempt: number },
): Promise<AttemptSummary> {
  const { organizationId, attempt } = job;
  const startedAt = deps.now();
  const delivery = await claimAttempt(deps.db, organizationId, job.deliveryId, attempt, startedAt);
  if (!delivery) return 'skipped';
  const target = delivery.endpointId
    ? await endpointTarget(deps, organizationId, delivery.endpointId)
    : delivery.alertRuleId && deps.alertTarget
      ? await deps.alertTarget(deps.db, organizationId, delivery.alertRuleId)
      : null;
  // A test event may check a receiver before its endpoint is turned on again; nothing else goes to a disabled one.
  if (!target || (!target.isEnabled && delivery.origin !== 'test')) {
    await setDeliveryStatus(deps.db, organizationId, delivery.id, 'cancelled');
    return 'cancelled';
  }

  const headers = await target.headers({ id: delivery.messageId, body: delivery.payload }, startedAt);
  const clockStart = performance.now();
  const sent = await postToCheckedAddress(deps.outbound, {
    url: target.url,
    headers,
    body: delivery.payload,
  });
  const durationMs = Math.round(performance.now() - clockStart);
  const now = deps.now();
  const outcome = classifyAttempt(toAttemptResult(sent), now);
  const next =
    outcome.verdict === 'failed'
      ? nextAttemptAt({ attemptsMade: attempt, now, retryAfterMs: outcome.retryAfterMs, random: deps.random })
      : null;
  const status = outcome.verdict === 'delivered' ? 'delivered' : next ? 'pending' : 'failed';
  // A test event tells whether the receiver works; it does not count toward the endpoint's health.
  const health =
    delivery.origin === 'test'
      ? null
      : healthAfterAttempt({ failingSince: target.failingSince }, outcome, now);

  const { disabled } = await inTransaction(deps.db, async (tx) => {
    await finishAttempt(
      tx,
      delivery,
      {
        attempt,
        at: startedAt,
        durationMs,
        outcome: outcome.verdict === 'failed' ? outcome.reason : outcome.verdict,
        statusCode: sent.kind === 'response' ? sent.status : null,
        responseExcerpt: excerptOf(sent),
      },
      { status, nextAttemptAt: next },
    );
    // Written only when it changes: every attempt to a healthy target writing the same null
    // would queue all concurrent attempts behind the endpoint's (or rule's) row lock.
    const changed =
      health !== null &&
      (health.disable !== null ||
        (health.failingSince?.getTime() ?? null) !== (target.failingSince?.getTime() ?? null));
    return changed ? target.recordHealth(tx, health, now) : { disabled: false };
  });

  if (next) {
    await deps.enqueue(
      'webhooks.attempt',
      { organizationId, deliveryId: delivery.id, attempt: attempt + 1 },
      {
        delaySeconds: Math.max(0, Math.ceil((next.getTime() - now.getTime()) / 1000)),
        singletonKey: `${delivery.id}:${attempt + 1}`,
      },
    );
  }
  if (disabled && health?.disable) {
    deps.logger.warn(
      {
        organizationId,
        endpointId: delivery.endpointId,
        alertRuleId: delivery.alertRuleId,
        reason: health.disable,
      },
      'webhook endpoint disabled',
    );
    await mailEndpointDisabled(deps, organizationId, { url: target.label, reason: health.disable });
  }
  return outcome.verdict === 'delivered' ? 'delivered' : next ? 'retrying' : 'failed';
}

/** A webhook endpoint as a target: signed with every secret in use at this moment. */
async function endpointTarget(
  deps: AttemptDeps,
  organizationId: string,
  endpointId: string,
): Promise<DeliveryTarget | null> {
  const endpoint = await findEndpoint(deps.db, organizationId, endpointId);
  if (!endpoint) return null;
  return {
    url: endpoint.url,
    isEnabled: endpoint.isEnabled,
    failingSince: endpoint.failingSince,
    label: endpoint.url,
    async headers(message, at) {
      const secrets = signingSecrets(openSecrets(deps.config.authSecret, endpoint.secretsSealed), at);
      return webhookHeaders(secrets, { id: message.id, timestamp: unixSeconds(at), body: message.body });
    },
    recordHealth: (tx, health, now) => recordEndpointHealth(tx, organizationId, endpoint.id, health, now),
  };
}

function toAttemptResult(sent: PostResult): AttemptResult {
  return sent.kind === 'response'
    ? { kind: 'response', status: sent.status, retryAfter: sent.retryAfter }
    : sent;
}

/** What the log keeps of an answer: its first bytes as text (PostgreSQL text holds no NUL), or the error. */
function excerptOf(sent: PostResult): string | null {
  switch (sent.kind) {
    case 'response':
      return sent.excerpt.replaceAll('\u0000', '\uFFFD');
    case 'timeout':
      return 'no answer within the timeout';
    case 'network-error':
      return sent.code;
    case 'address-refused':
      return sent.reason;
  }
}
