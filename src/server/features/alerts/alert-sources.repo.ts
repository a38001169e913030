import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { caseEvents, cases, contacts, feedbackItems, surveyResponses } from '../../db/schema/index.js';

const customer = {
  contactName: contacts.name,
  contactEmail: contacts.email,
  segment: contacts.segment,
};

/** New items as alerts read them: the item as it is now, its survey, and its contact's name, address and segment. */
export async function itemsForAlerts(db: Db, organizationId: string, itemIds: readonly string[]) {
  if (itemIds.length === 0) return [];
  return db
    .select({
      id: feedbackItems.id,
      channel: feedbackItems.channel,
      contactId: feedbackItems.contactId,
      metric: feedbackItems.metric,
      score: feedbackItems.score,
      scaleMin: feedbackItems.scaleMin,
      scaleMax: feedbackItems.scaleMax,
      text: feedbackItems.text,
      authorName: feedbackItems.authorName,
      authorEmail: feedbackItems.authorEmail,
      version: feedbackItems.version,
      occurredAt: feedbackItems.occurredAt,
      surveyId: surveyResponses.surveyId,
      ...customer,
    })
    .from(feedbackItems)
    .leftJoin(surveyResponses, eq(surveyResponses.feedbackItemId, feedbackItems.id))
    .leftJoin(
      contacts,
      and(
        eq(contacts.id, feedbackItems.contactId),
        eq(contacts.organizationId, feedbackItems.organizationId),
      ),
    )
    .where(and(eq(feedbackItems.organizationId, organizationId), inArray(feedbackItems.id, [...itemIds])));
}

/** Entries of case logs with their case and its contact as they are now. */
export async function caseEventsForAlerts(db: Db, organizationId: string, eventIds: readonly number[]) {
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
      contactId: cases.contactId,
      slaDueAt: cases.slaDueAt,
      ...customer,
    })
    .from(caseEvents)
    .innerJoin(cases, eq(cases.id, caseEvents.caseId))
    .leftJoin(
      contacts,
      and(eq(contacts.id, cases.contactId), eq(contacts.organizationId, cases.organizationId)),
    )
    .where(and(eq(caseEvents.organizationId, organizationId), inArray(caseEvents.id, [...eventIds])))
    .orderBy(caseEvents.id);
}
