import { alertMail } from '../../../domain/alerts/alert-mail.js';
import { gapAfter, nextSendAt } from '../../../domain/alerts/alert-pacing.js';
import { withoutPersonalData, type AlertFacts } from '../../../domain/alerts/alert-facts.js';
import { slackAlert, slackSummary } from '../../../domain/alerts/slack-message.js';
import { teamsAlert, teamsSummary } from '../../../domain/alerts/teams-message.js';
import type { Language } from '../../../shared/contracts/common.js';
import type { Db } from '../../db/client.js';
import type { Enqueue } from '../../pipeline/catalog.js';
import { insertEmail } from '../email/email.repo.js';
import { newMessageId } from '../webhooks/emit-webhook-events.js';
import { idsOnlyPayloads } from '../webhooks/integration-settings.repo.js';
import { insertDeliveries } from '../webhooks/webhook-deliveries.repo.js';
import { channelState, dropPending, markSent, pendingEvents } from './alert-events.repo.js';
import { findRule, inTransaction, organizationFacts, updateRule } from './alert-rules.repo.js';

export interface FlushDeps {
  db: Db;
  now: () => Date;
  enqueue: Enqueue;
  config: { publicUrl: string };
  /** Whether the instance delivers mail; without it alert mails wait in the outbox. */
  hasSmtp: boolean;
}

export type FlushResult =
  | { kind: 'idle' }
  | { kind: 'dropped' }
  | { kind: 'waiting'; until: Date }
  | { kind: 'sent'; alerts: number; deliveryId: string | null; mailIds: string[] };

/** Alerts one message carries at most: the summary counts them all and lists the first few. */
const PER_MESSAGE = 1_000;
/** A delayed job may start a little before its time (clocks, rounding): that counts as on time. */
const EARLY_MS = 100;

/**
 * The `alerts.flush` job: one rule's waiting alerts as one message. Under the rule's row lock
 * (one flush per rule at a time) it reads what waits; if the channel had a message within its
 * gap (a second, doubling while a burst goes on), or one to it waits for a retry, it schedules one flush for when the channel is free (what
 * arrives meanwhile joins that message); otherwise it writes one alert, or a summary of all, as a
 * Slack or Teams delivery (sent and retried by the webhooks' attempt job, logged like a webhook)
 * or as one mail per address, marks the alerts as carried by it, and queues its sending.
 */
export async function flushAlerts(
  deps: FlushDeps,
  job: { organizationId: string; ruleId: string },
): Promise<FlushResult> {
  const { organizationId, ruleId } = job;
  const now = deps.now();
  const step = await inTransaction(deps.db, async (tx) => {
    const rule = await findRule(tx, organizationId, ruleId, true);
    if (!rule || rule.targetKind === 'webhook') return { result: { kind: 'idle' } as FlushResult };
    if (!rule.isEnabled) {
      await dropPending(tx, organizationId, ruleId);
      return { result: { kind: 'dropped' } as FlushResult };
    }
    const pending = await pendingEvents(tx, organizationId, ruleId, PER_MESSAGE);
    const kind = rule.targetKind as 'slack' | 'teams' | 'email';
    if (pending.length === 0) return { result: { kind: 'idle' } as FlushResult };

    const state = rule.targetKey
      ? await channelState(tx, organizationId, rule.targetKey)
      : { lastSentAt: rule.lastSentAt, gapMs: rule.paceMs, retryingUntil: null };
    const slot = nextSendAt({ kind, ...state, now });
    if (slot.getTime() - now.getTime() > EARLY_MS) {
      // One flush waits per rule: a later one finds it scheduled and leaves it.
      const scheduled = rule.flushAt !== null && rule.flushAt.getTime() > now.getTime();
      if (!scheduled) await updateRule(tx, organizationId, ruleId, { flushAt: slot });
      return { result: { kind: 'waiting', until: slot } as FlushResult, delayUntil: scheduled ? null : slot };
    }

    const idsOnly = await idsOnlyPayloads(tx, organizationId);
    const facts = pending.map((p) => {
      const f = p.facts as unknown as AlertFacts;
      return idsOnly ? withoutPersonalData(f) : f;
    });
    const language: Language = rule.language === 'de' ? 'de' : 'en';
    const listUrl = facts.every((f) => f.subject === 'case')
      ? `${deps.config.publicUrl}/cases`
      : `${deps.config.publicUrl}/feedback`;
    const single = facts.length === 1 ? facts[0] : undefined;
    const ids = pending.map((p) => p.id);
    let deliveryId: string | null = null;
    const mailIds: string[] = [];

    if (kind === 'email') {
      const org = await organizationFacts(tx, organizationId);
      const mail = alertMail(facts, {
        language,
        now,
        listUrl,
        ruleName: rule.name,
        organizationName: org.name,
        settingsUrl: `${deps.config.publicUrl}/settings/integrations`,
      });
      for (const to of rule.emails ?? [])
        mailIds.push(
          await insertEmail(
            tx,
            { to, subject: mail.subject, text: mail.text, organizationId, kind: 'alerts.alert' },
            deps.hasSmtp ? 'queued' : 'outbox',
          ),
        );
    } else {
      const body =
        kind === 'slack'
          ? single
            ? slackAlert(single, language)
            : slackSummary(facts, language, now, listUrl)
          : single
            ? teamsAlert(single, language)
            : teamsSummary(facts, language, now, listUrl);
      const [delivery] = await insertDeliveries(tx, [
        {
          organizationId,
          alertRuleId: ruleId,
          messageId: newMessageId(),
          origin: 'event',
          eventType: single ? single.eventType : 'alert.summary',
          subjectId: single ? (pending[0]?.subjectId ?? null) : null,
          contactId: single ? (pending[0]?.contactId ?? null) : null,
          payload: JSON.stringify(body),
          status: 'pending',
          nextAttemptAt: now,
          createdAt: now,
        },
      ]);
      if (!delivery) throw new Error('alert delivery not inserted');
      deliveryId = delivery.id;
    }
    await markSent(tx, organizationId, ids, {
      deliveryId,
      mailIds: kind === 'email' ? mailIds : null,
      sentAt: now,
    });
    const paceMs = gapAfter(kind, { sentAt: state.lastSentAt, gapMs: state.gapMs }, now);
    await updateRule(tx, organizationId, ruleId, { lastSentAt: now, paceMs, flushAt: null });
    return {
      result: { kind: 'sent', alerts: ids.length, deliveryId, mailIds } as FlushResult,
      more: pending.length === PER_MESSAGE,
    };
  });

  const { result } = step;
  if (result.kind === 'sent') {
    if (result.deliveryId)
      await deps.enqueue(
        'webhooks.attempt',
        { organizationId, deliveryId: result.deliveryId, attempt: 1 },
        { singletonKey: `${result.deliveryId}:1` },
      );
    if (deps.hasSmtp && result.mailIds.length > 0)
      await deps.enqueue('email.deliver', { messageIds: result.mailIds });
    // More than one message holds: the rest follows after the channel's gap.
    if ('more' in step && step.more) await deps.enqueue('alerts.flush', job);
  }
  if ('delayUntil' in step && step.delayUntil)
    await deps.enqueue('alerts.flush', job, {
      delaySeconds: Math.max(1, Math.ceil((step.delayUntil.getTime() - now.getTime()) / 1000)),
    });
  return result;
}
