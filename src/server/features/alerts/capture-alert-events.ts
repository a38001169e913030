import {
  ALERT_COMMENT_CHARS,
  clipText,
  scoreBand,
  withoutPersonalData,
  type AlertFacts,
} from '../../../domain/alerts/alert-facts.js';
import { ruleMatches, type AlertSubject } from '../../../domain/alerts/alert-rule-match.js';
import { caseWebhookFor } from '../../../domain/webhooks/case-log-events.js';
import { itemEventType } from '../../../domain/webhooks/event-catalog.js';
import { ZAlertConditions, type AlertEventType } from '../../../shared/contracts/alerts.js';
import type { Db } from '../../db/client.js';
import { caseEventIdOf, type PipelineEvent } from '../../pipeline/catalog.js';
import { buildWebhookEvents, newMessageId } from '../webhooks/emit-webhook-events.js';
import { idsOnlyPayloads } from '../webhooks/integration-settings.repo.js';
import { insertEventDeliveries, type NewDelivery } from '../webhooks/webhook-deliveries.repo.js';
import { eraseAlertsOf, insertAlertEvents, type NewAlertEvent } from './alert-events.repo.js';
import { enabledRules } from './alert-rules.repo.js';
import { caseEventsForAlerts, itemsForAlerts } from './alert-sources.repo.js';

export interface CaptureContext {
  db: Db;
  now: Date;
  publicUrl: string;
}

interface Candidate {
  subject: AlertSubject;
  facts: AlertFacts;
  /** type:subject:sequence, as the webhook catalog keys the same event. */
  eventKey: string;
  subjectId: string;
  contactId: string | null;
}

const present = (v: string | null | undefined): string | null => (v && v.trim() !== '' ? v : null);

/**
 * The alerts stage's work on a batch: an erased contact's alerts (and the messages carrying them)
 * go first; then each new item and case log entry is matched against the organization's enabled
 * rules. A match for Slack, Teams or a mail list waits as an alert event (its facts captured now,
 * without personal data under ids-only) for the rule's next message; a match for a webhook target
 * becomes a signed catalog delivery to that endpoint at once. Returns the rules with alerts waiting
 * and the deliveries whose first attempt the caller queues after commit.
 */
export async function captureAlertEvents(
  cx: CaptureContext,
  organizationId: string,
  events: readonly PipelineEvent[],
): Promise<{ ruleIds: string[]; deliveryIds: string[] }> {
  const again = new Set<string>();
  for (const e of events)
    if (e.topic === 'contact.erased')
      for (const ruleId of await eraseAlertsOf(cx.db, organizationId, e.subjectId)) again.add(ruleId);

  const rules = (await enabledRules(cx.db, organizationId)).map((r) => ({
    ...r,
    conditions: ZAlertConditions.parse(r.conditions),
  }));
  if (rules.length === 0 || !events.some((e) => e.topic !== 'contact.erased'))
    return { ruleIds: [...again], deliveryIds: [] };
  const idsOnly = await idsOnlyPayloads(cx.db, organizationId);
  const candidates = [
    ...(await itemCandidates(cx, organizationId, events)),
    ...(await caseCandidates(cx, organizationId, events)),
  ];

  const waiting: NewAlertEvent[] = [];
  const forWebhooks: Array<{ ruleId: string; endpointId: string; candidate: Candidate }> = [];
  for (const candidate of candidates)
    for (const rule of rules) {
      if (!ruleMatches(rule, candidate.subject)) continue;
      if (rule.targetKind === 'webhook') {
        if (rule.endpointId) forWebhooks.push({ ruleId: rule.id, endpointId: rule.endpointId, candidate });
        continue;
      }
      waiting.push({
        organizationId,
        ruleId: rule.id,
        eventKey: candidate.eventKey,
        eventType: candidate.subject.eventType,
        subjectId: candidate.subjectId,
        contactId: candidate.contactId,
        facts: (idsOnly ? withoutPersonalData(candidate.facts) : candidate.facts) as unknown as Record<
          string,
          unknown
        >,
        occurredAt: new Date(candidate.facts.occurredAt),
        createdAt: cx.now,
      });
    }
  for (const ruleId of await insertAlertEvents(cx.db, waiting)) again.add(ruleId);
  const deliveryIds =
    forWebhooks.length > 0 ? await webhookDeliveries(cx, organizationId, events, idsOnly, forWebhooks) : [];
  return { ruleIds: [...again], deliveryIds };
}

/** A webhook target gets the catalog's signed event, as the endpoint's own subscription would send it. */
async function webhookDeliveries(
  cx: CaptureContext,
  organizationId: string,
  events: readonly PipelineEvent[],
  idsOnly: boolean,
  matches: ReadonlyArray<{ ruleId: string; endpointId: string; candidate: Candidate }>,
): Promise<string[]> {
  const built = new Map(
    (await buildWebhookEvents(cx, organizationId, events, idsOnly)).map((b) => [
      `${b.type}:${b.subjectId}:${b.sequence}`,
      b,
    ]),
  );
  const rows: NewDelivery[] = [];
  for (const { ruleId, endpointId, candidate } of matches) {
    const event = built.get(candidate.eventKey);
    if (!event) continue;
    rows.push({
      organizationId,
      endpointId,
      messageId: newMessageId(),
      origin: 'event',
      eventType: event.type,
      // Its own key: the endpoint may also receive the event through its subscription, or through another rule.
      eventKey: `alert:${ruleId}:${candidate.eventKey}`,
      subjectId: event.subjectId,
      sequence: event.sequence,
      contactId: event.contactId,
      payload: event.body,
      status: 'pending',
      nextAttemptAt: cx.now,
      createdAt: cx.now,
    });
  }
  return insertEventDeliveries(cx.db, rows);
}

async function itemCandidates(
  cx: CaptureContext,
  organizationId: string,
  events: readonly PipelineEvent[],
): Promise<Candidate[]> {
  const ids = events.filter((e) => e.topic === 'item.created').map((e) => e.subjectId);
  const items = await itemsForAlerts(cx.db, organizationId, ids);
  return items.map((item) => {
    const eventType = itemEventType(item.channel);
    const band = scoreBand(item.metric, item.score, item.scaleMin, item.scaleMax);
    const comment = present(item.text);
    const facts: AlertFacts = {
      subject: 'item',
      eventType,
      occurredAt: item.occurredAt.toISOString(),
      url: `${cx.publicUrl}/feedback?item=${item.id}`,
      metric: item.metric,
      score: item.score,
      scaleMin: item.scaleMin,
      scaleMax: item.scaleMax,
      band,
      channel: item.channel,
      comment: comment ? clipText(comment, ALERT_COMMENT_CHARS) : null,
      customer: {
        contactId: item.contactId,
        name: present(item.contactName) ?? present(item.authorName),
        email: present(item.contactEmail) ?? present(item.authorEmail),
        segment: present(item.segment),
      },
    };
    return {
      subject: {
        eventType,
        band,
        hasComment: comment !== null,
        segment: present(item.segment),
        channel: item.channel,
        surveyId: item.surveyId,
      },
      facts,
      eventKey: `${eventType}:${item.id}:${item.version}`,
      subjectId: item.id,
      contactId: item.contactId,
    };
  });
}

async function caseCandidates(
  cx: CaptureContext,
  organizationId: string,
  events: readonly PipelineEvent[],
): Promise<Candidate[]> {
  const ids = events.filter((e) => e.topic === 'case.event').map((e) => caseEventIdOf(e.subjectId));
  const rows = await caseEventsForAlerts(cx.db, organizationId, ids);
  const openedAt = new Map<string, Date>();
  for (const r of rows) if (r.type === 'opened') openedAt.set(r.caseId, r.at);
  const out: Candidate[] = [];
  for (const r of rows) {
    const change = caseWebhookFor({ type: r.type, at: r.at, data: r.data }, openedAt.get(r.caseId) ?? null);
    if (!change) continue;
    const eventType: AlertEventType = change.type;
    const facts: AlertFacts = {
      subject: 'case',
      eventType,
      occurredAt: r.at.toISOString(),
      url: `${cx.publicUrl}/cases/${r.caseId}`,
      number: r.number,
      caseSubject: present(r.subject),
      priority: r.priority,
      status: r.status,
      channel: r.channel,
      slaDueAt: r.slaDueAt ? r.slaDueAt.toISOString() : null,
      escalationLevel: change.type === 'case.escalated' ? change.level : null,
      customer: r.contactId
        ? {
            contactId: r.contactId,
            name: present(r.contactName),
            email: present(r.contactEmail),
            segment: present(r.segment),
          }
        : null,
    };
    out.push({
      subject: {
        eventType,
        band: null,
        hasComment: false,
        segment: present(r.segment),
        channel: r.channel,
        surveyId: null,
      },
      facts,
      eventKey: `${eventType}:${r.caseId}:${r.eventId}`,
      subjectId: r.caseId,
      contactId: r.contactId,
    });
  }
  return out;
}
