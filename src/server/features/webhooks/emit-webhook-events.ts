import { randomUUID } from 'node:crypto';
import { caseWebhookFor } from '../../../domain/webhooks/case-log-events.js';
import {
  buildWebhookEvent,
  commentExcerpt,
  endpointWants,
  itemEventType,
  type WebhookEventType,
} from '../../../domain/webhooks/event-catalog.js';
import { npsCategory } from '../../../domain/survey/answers.js';
import type { Db } from '../../db/client.js';
import { caseEventIdOf, type PipelineEvent } from '../../pipeline/catalog.js';
import {
  deleteDeliveriesOfContact,
  insertEventDeliveries,
  type NewDelivery,
} from './webhook-deliveries.repo.js';
import { idsOnlyPayloads } from './integration-settings.repo.js';
import { caseEventsForWebhooks, itemsForWebhooks } from './webhook-sources.repo.js';
import { enabledEndpoints } from './webhooks.repo.js';

export interface EmitContext {
  db: Db;
  now: Date;
  publicUrl: string;
}

export interface BuiltEvent {
  type: WebhookEventType;
  body: string;
  subjectId: string;
  sequence: number;
  contactId: string | null;
}

/** A message id as Standard Webhooks receivers expect one: no full stop, stable across attempts. */
export function newMessageId(): string {
  return `msg_${randomUUID().replaceAll('-', '')}`;
}

/**
 * Turns a stage batch into deliveries: each new item, case log entry and erased contact becomes
 * its webhook event, written once per enabled endpoint that subscribed to its type (unique per
 * endpoint and event, so a batch seen twice adds nothing). Returns the new deliveries' ids, whose
 * first attempts the caller queues after commit.
 */
export async function emitWebhookEvents(
  cx: EmitContext,
  organizationId: string,
  events: readonly PipelineEvent[],
): Promise<string[]> {
  // An erased person's deliveries go first, whether or not any endpoint is still enabled.
  const erased = events.filter((e) => e.topic === 'contact.erased').map((e) => e.subjectId);
  for (const contactId of erased) await deleteDeliveriesOfContact(cx.db, organizationId, contactId);

  const endpoints = await enabledEndpoints(cx.db, organizationId);
  if (endpoints.length === 0) return [];

  const idsOnly = await idsOnlyPayloads(cx.db, organizationId);
  const built: BuiltEvent[] = [
    ...(await buildWebhookEvents(cx, organizationId, events, idsOnly)),
    ...erased.map((contactId) => {
      const { body } = buildWebhookEvent('contact.erased', cx.now, {
        organizationId,
        contactId,
        sequence: 1,
      });
      return { type: 'contact.erased' as const, body, subjectId: contactId, sequence: 1, contactId: null };
    }),
  ];
  const rows: NewDelivery[] = [];
  for (const event of built)
    for (const endpoint of endpoints) {
      if (!endpointWants(endpoint.eventTypes, event.type)) continue;
      rows.push({
        organizationId,
        endpointId: endpoint.id,
        messageId: newMessageId(),
        origin: 'event',
        eventType: event.type,
        eventKey: `${event.type}:${event.subjectId}:${event.sequence}`,
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

/**
 * The catalog events of a batch's new items and case log entries, as signed bodies. With the
 * organization's ids-only setting, payloads carry no comment excerpt and no case subject (often
 * the customer's own words): ids, scores and links remain. Alert rules with a webhook target
 * send these same bodies.
 */
export async function buildWebhookEvents(
  cx: EmitContext,
  organizationId: string,
  events: readonly PipelineEvent[],
  idsOnly: boolean,
): Promise<BuiltEvent[]> {
  return [
    ...(await itemEvents(cx, organizationId, events, idsOnly)),
    ...(await caseEvents(cx, organizationId, events, idsOnly)),
  ];
}

async function itemEvents(
  cx: EmitContext,
  organizationId: string,
  events: readonly PipelineEvent[],
  idsOnly: boolean,
) {
  const ids = events.filter((e) => e.topic === 'item.created').map((e) => e.subjectId);
  const items = await itemsForWebhooks(cx.db, organizationId, ids);
  return items.map((item): BuiltEvent => {
    const common = {
      organizationId,
      itemId: item.id,
      sequence: item.version,
      channel: item.channel,
      contactId: item.contactId,
      metric: item.metric,
      score: item.score,
      scaleMin: item.scaleMin,
      scaleMax: item.scaleMax,
      language: item.language,
      comment: idsOnly ? null : commentExcerpt(item.text),
      url: `${cx.publicUrl}/feedback?item=${item.id}`,
    };
    const type = itemEventType(item.channel);
    const { body } =
      type === 'response.created'
        ? buildWebhookEvent(type, item.occurredAt, {
            ...common,
            surveyId: item.surveyId,
            npsCategory:
              item.metric === 'nps' && item.score !== null && item.score >= 0 && item.score <= 10
                ? npsCategory(item.score)
                : null,
          })
        : buildWebhookEvent(type, item.occurredAt, { ...common, source: item.source });
    return { type, body, subjectId: item.id, sequence: item.version, contactId: item.contactId };
  });
}

async function caseEvents(
  cx: EmitContext,
  organizationId: string,
  events: readonly PipelineEvent[],
  idsOnly: boolean,
) {
  const ids = events.filter((e) => e.topic === 'case.event').map((e) => caseEventIdOf(e.subjectId));
  const rows = await caseEventsForWebhooks(cx.db, organizationId, ids);
  const openedAt = new Map<string, Date>();
  for (const r of rows) if (r.type === 'opened') openedAt.set(r.caseId, r.at);
  const built: BuiltEvent[] = [];
  for (const r of rows) {
    const webhook = caseWebhookFor({ type: r.type, at: r.at, data: r.data }, openedAt.get(r.caseId) ?? null);
    if (!webhook) continue;
    const fields = {
      organizationId,
      caseId: r.caseId,
      sequence: r.eventId,
      number: r.number,
      subject: idsOnly ? '' : r.subject.slice(0, 200),
      status: r.status as 'open',
      priority: r.priority as 'normal',
      channel: r.channel as 'survey',
      teamId: r.teamId,
      assigneeId: r.assigneeId,
      contactId: r.contactId,
      url: `${cx.publicUrl}/cases/${r.caseId}`,
    };
    const { body } =
      webhook.type === 'case.updated'
        ? buildWebhookEvent(webhook.type, r.at, { ...fields, changes: webhook.changes })
        : webhook.type === 'case.breached'
          ? buildWebhookEvent(webhook.type, r.at, {
              ...fields,
              clock: webhook.clock,
              dueAt: r.slaDueAt ? r.slaDueAt.toISOString() : null,
            })
          : webhook.type === 'case.escalated'
            ? buildWebhookEvent(webhook.type, r.at, { ...fields, level: webhook.level, by: webhook.by })
            : buildWebhookEvent(webhook.type, r.at, fields);
    built.push({
      type: webhook.type,
      body,
      subjectId: r.caseId,
      sequence: r.eventId,
      contactId: r.contactId,
    });
  }
  return built;
}
