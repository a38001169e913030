import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { caseEvents, cases, feedbackItems, surveyResponses } from '../../db/schema/index.js';

/** What the webhooks stage reads about new items: the item as it is now, with its survey if it is an answer. */
export async function itemsForWebhooks(db: Db, organizationId: string, itemIds: readonly string[]) {
  if (itemIds.length === 0) return [];
  return db
    .select({
      id: feedbackItems.id,
      channel: feedbackItems.channel,
      source: feedbackItems.source,
      contactId: feedbackItems.contactId,
      metric: feedbackItems.metric,
      score: feedbackItems.score,
      scaleMin: feedbackItems.scaleMin,
      scaleMax: feedbackItems.scaleMax,
      language: feedbackItems.language,
      text: feedbackItems.text,
      version: feedbackItems.version,
      occurredAt: feedbackItems.occurredAt,
      surveyId: surveyResponses.surveyId,
    })
    .from(feedbackItems)
    .leftJoin(surveyResponses, eq(surveyResponses.feedbackItemId, feedbackItems.id))
    .where(and(eq(feedbackItems.organizationId, organizationId), inArray(feedbackItems.id, [...itemIds])));
}

/** Entries of case logs with their case as it is now. */
export async function caseEventsForWebhooks(db: Db, organizationId: string, eventIds: readonly number[]) {
  if (eventIds.length === 0) return [];
  return db
    .select({
      eventId: caseEvents.id,
      type: caseEvents.type,
      at: caseEvents.at,
      data: caseEvents.data,
      caseId: cases.id,
      number: cases.number,
      subject: cases.subject,
      status: cases.status,
      priority: cases.priority,
      channel: cases.channel,
      teamId: cases.teamId,
      assigneeId: cases.assigneeId,
      contactId: cases.contactId,
      slaDueAt: cases.slaDueAt,
    })
    .from(caseEvents)
    .innerJoin(cases, eq(cases.id, caseEvents.caseId))
    .where(and(eq(caseEvents.organizationId, organizationId), inArray(caseEvents.id, [...eventIds])))
    .orderBy(caseEvents.id);
}
