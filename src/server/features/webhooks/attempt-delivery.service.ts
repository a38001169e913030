import { classifyAttempt, type AttemptResult } from '../../../domain/webhooks/delivery-outcome.js';
import { healthAfterAttempt, type DisableReason } from '../../../domain/webhooks/endpoint-health.js';
import { nextAttemptAt, type RandomSource } from '../../../domain/webhooks/retry-schedule.js';
import { signingSecrets } from '../../../domain/webhooks/secret-rotation.js';
import { signedHeaders, unixSeconds, webhookSigner } from '../../../domain/webhooks/webhook-signature.js';
import type { Db } from '../../db/client.js';
import type { SendMail } from '../../email/mail.js';
import type { Logger } from '../../logger.js';
import {
  postToCheckedAddress,
  type OutboundHttp,
  type PostResult,
} from '../../net/post-to-checked-address.js';
import type { EnqueueMany } from '../../pipeline/catalog.js';
import { openSecrets } from './endpoint-secrets.js';
import { mailEndpointDisabled } from './mail-endpoint-disabled.js';
import {
  claimAttempts,
  finishAttempts,
  type DeliveryRow,
  type FinishedAttempt,
} from './webhook-deliveries.repo.js';
import { findEndpoints, inTransaction, recordEndpointHealth, type EndpointRow } from './webhooks.repo.js';

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
  enqueueMany: EnqueueMany;
  outbound: OutboundHttp;
  random: RandomSource;
  sendMail: SendMail;
}

export type AttemptSummary = 'skipped' | 'cancelled' | 'delivered' | 'retrying' | 'failed';

export interface AttemptJob {
  organizationId: string;
  deliveryId: string;
  attempt: number;
}

/** One attempt of one delivery: a page of one (tests and anything that has a single job). */
export async function attemptDelivery(deps: AttemptDeps, job: AttemptJob): Promise<AttemptSummary> {
  const [summary] = await attemptDeliveries(deps, [job]);
  return summary ?? 'skipped';
}

interface Sent {
  /** The job's place in the page. */
  index: number;
  delivery: DeliveryRow;
  attempt: number;
  targetKey: string;
  target: DeliveryTarget;
  sent: PostResult;
  durationMs: number;
  now: Date;
}

/**
 * A fetched page of attempts (the `webhooks.attempt` jobs): claimed in one statement so each runs
 * once, their targets read once, each signed with every secret that signs now and sent through the
 * outbound address policy (checked on the resolved address at this moment), all at once; then
 * logged in one transaction and followed by the next attempt on the schedule or by the target's
 * health: 410 or five days of failures disable it, and its admins are mailed. The page's requests
 * are in flight together, so a 410 stops the attempts of later pages, not its siblings'.
 */
export async function attemptDeliveries(
  deps: AttemptDeps,
  jobs: readonly AttemptJob[],
): Promise<AttemptSummary[]> {
  const startedAt = deps.now();
  const claimed = await claimAttempts(deps.db, jobs, startedAt);
  const byJob = new Map(claimed.map((d) => [`${d.id}:${d.attempts + 1}`, d]));
  const targets = await targetsOf(deps, claimed);

  const finished: FinishedAttempt[] = [];
  // A job whose attempt was not claimed (done, running elsewhere, or a second copy in this page) did nothing.
  const summaries: AttemptSummary[] = jobs.map(() => 'skipped');
  const sending: Array<Promise<Sent>> = [];
  for (const [index, job] of jobs.entries()) {
    const delivery = byJob.get(`${job.deliveryId}:${job.attempt}`);
    if (!delivery) continue;
    byJob.delete(`${job.deliveryId}:${job.attempt}`);
    const targetKey = targetKeyOf(delivery);
    const target = targetKey ? targets.get(targetKey) : undefined;
    // A test event may check a receiver before its endpoint is turned on again; nothing else goes to a disabled one.
    if (!targetKey || !target || (!target.isEnabled && delivery.origin !== 'test')) {
      finished.push({
        delivery,
        log: null,
        set: { status: 'cancelled', attempts: delivery.attempts, nextAttemptAt: null },
      });
      summaries[index] = 'cancelled';
      continue;
    }
    sending.push(send(deps, index, delivery, job.attempt, targetKey, target, startedAt));
  }
  const results = await Promise.all(sending);

  // Each target's health follows its attempts in order, from what it was when the page began.
  const health = new Map<string, { failingSince: Date | null; disable: DisableReason | null }>();
  const nexts: Array<{ job: AttemptJob; at: Date; now: Date }> = [];
  for (const r of results) {
    const outcome = classifyAttempt(toAttemptResult(r.sent), r.now);
    const next =
      outcome.verdict === 'failed'
        ? nextAttemptAt({
            attemptsMade: r.attempt,
            now: r.now,
            retryAfterMs: outcome.retryAfterMs,
            random: deps.random,
          })
        : null;
    const status = outcome.verdict === 'delivered' ? 'delivered' : next ? 'pending' : 'failed';
    finished.push({
      delivery: r.delivery,
      log: {
        attempt: r.attempt,
        at: startedAt,
        durationMs: r.durationMs,
        outcome: outcome.verdict === 'failed' ? outcome.reason : outcome.verdict,
        statusCode: r.sent.kind === 'response' ? r.sent.status : null,
        responseExcerpt: excerptOf(r.sent),
      },
      set: { status, attempts: r.attempt, nextAttemptAt: next },
    });
    summaries[r.index] = outcome.verdict === 'delivered' ? 'delivered' : next ? 'retrying' : 'failed';
    if (next)
      nexts.push({
        job: { organizationId: r.delivery.organizationId, deliveryId: r.delivery.id, attempt: r.attempt + 1 },
        at: next,
        now: r.now,
      });
    // A test event tells whether the receiver works; it does not count toward the target's health.
    if (r.delivery.origin === 'test') continue;
    const before = health.get(r.targetKey) ?? { failingSince: r.target.failingSince, disable: null };
    const after = healthAfterAttempt(before, outcome, r.now);
    health.set(r.targetKey, { failingSince: after.failingSince, disable: before.disable ?? after.disable });
  }

  const disabledNow = await inTransaction(deps.db, async (tx) => {
    await finishAttempts(tx, finished);
    const disabled: Array<{ organizationId: string; target: DeliveryTarget; reason: DisableReason }> = [];
    for (const [key, h] of health) {
      const target = targets.get(key);
      if (!target) continue;
      // Written only when it changes: every attempt to a healthy target writing the same null
      // would queue all concurrent attempts behind the endpoint's (or rule's) row lock.
      const changed =
        h.disable !== null ||
        (h.failingSince?.getTime() ?? null) !== (target.failingSince?.getTime() ?? null);
      if (!changed) continue;
      const { disabled: nowDisabled } = await target.recordHealth(tx, h, deps.now());
      if (nowDisabled && h.disable)
        disabled.push({ organizationId: organizationOf(key), target, reason: h.disable });
    }
    return disabled;
  });

  await enqueueNextAttempts(deps, nexts);
  for (const d of disabledNow) {
    deps.logger.warn(
      { organizationId: d.organizationId, target: d.target.label, reason: d.reason },
      'webhook endpoint disabled',
    );
    await mailEndpointDisabled(deps, d.organizationId, { url: d.target.label, reason: d.reason });
  }
  return summaries;
}

async function send(
  deps: AttemptDeps,
  index: number,
  delivery: DeliveryRow,
  attempt: number,
  targetKey: string,
  target: DeliveryTarget,
  at: Date,
): Promise<Sent> {
  const headers = await target.headers({ id: delivery.messageId, body: delivery.payload }, at);
  const clockStart = performance.now();
  const sent = await postToCheckedAddress(deps.outbound, {
    url: target.url,
    headers,
    body: delivery.payload,
  });
  const durationMs = Math.round(performance.now() - clockStart);
  return { index, delivery, attempt, targetKey, target, sent, durationMs, now: deps.now() };
}

/** Later attempts, queued together per delay (whole seconds), so a page of retries is a few inserts. */
async function enqueueNextAttempts(
  deps: AttemptDeps,
  nexts: ReadonlyArray<{ job: AttemptJob; at: Date; now: Date }>,
): Promise<void> {
  const byDelay = new Map<number, AttemptJob[]>();
  for (const n of nexts) {
    const delay = Math.max(0, Math.ceil((n.at.getTime() - n.now.getTime()) / 1000));
    byDelay.set(delay, [...(byDelay.get(delay) ?? []), n.job]);
  }
  for (const [delaySeconds, page] of byDelay)
    await deps.enqueueMany('webhooks.attempt', page, delaySeconds > 0 ? { delaySeconds } : {});
}

/** `endpoint:<org>:<id>` or `rule:<org>:<id>`: the health a delivery's attempts count toward. */
function targetKeyOf(d: DeliveryRow): string | null {
  if (d.endpointId) return `endpoint:${d.organizationId}:${d.endpointId}`;
  if (d.alertRuleId) return `rule:${d.organizationId}:${d.alertRuleId}`;
  return null;
}

function organizationOf(targetKey: string): string {
  return targetKey.split(':')[1] ?? '';
}

/** The page's targets, read once each: endpoints in one query, alert rules through the alerts feature. */
async function targetsOf(
  deps: AttemptDeps,
  deliveries: readonly DeliveryRow[],
): Promise<Map<string, DeliveryTarget>> {
  const targets = new Map<string, DeliveryTarget>();
  const endpointKeys = new Map<string, { organizationId: string; id: string }>();
  const ruleKeys = new Map<string, { organizationId: string; id: string }>();
  for (const d of deliveries) {
    const key = targetKeyOf(d);
    if (!key) continue;
    if (d.endpointId) endpointKeys.set(key, { organizationId: d.organizationId, id: d.endpointId });
    else if (d.alertRuleId) ruleKeys.set(key, { organizationId: d.organizationId, id: d.alertRuleId });
  }
  for (const endpoint of await findEndpoints(deps.db, [...endpointKeys.values()]))
    targets.set(`endpoint:${endpoint.organizationId}:${endpoint.id}`, endpointTarget(deps, endpoint));
  if (deps.alertTarget)
    for (const [key, rule] of ruleKeys) {
      const target = await deps.alertTarget(deps.db, rule.organizationId, rule.id);
      if (target) targets.set(key, target);
    }
  return targets;
}

/**
 * A webhook endpoint as a target: signed with every secret in use at the page's moment, its
 * secrets opened and their keys imported once for the whole page.
 */
function endpointTarget(deps: AttemptDeps, endpoint: EndpointRow): DeliveryTarget {
  let signer: { at: number; sign: ReturnType<typeof webhookSigner> } | null = null;
  return {
    url: endpoint.url,
    isEnabled: endpoint.isEnabled,
    failingSince: endpoint.failingSince,
    label: endpoint.url,
    headers(message, at) {
      if (signer?.at !== at.getTime()) {
        const secrets = signingSecrets(openSecrets(deps.config.authSecret, endpoint.secretsSealed), at);
        signer = { at: at.getTime(), sign: webhookSigner(secrets) };
      }
      return signedHeaders(signer.sign, { id: message.id, timestamp: unixSeconds(at), body: message.body });
    },
    recordHealth: (tx, health, now) =>
      recordEndpointHealth(tx, endpoint.organizationId, endpoint.id, health, now),
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
