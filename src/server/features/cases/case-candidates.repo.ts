import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { caseItems, contacts, feedbackItems, surveyResponses } from '../../db/schema/index.js';

/** What the case rules read of items: the item, its survey and its contact, in one query. */
export async function findCaseCandidates(db: Db, organizationId: string, itemIds: readonly string[]) {
  if (itemIds.length === 0) return [];
  return db
    .select({
      id: feedbackItems.id,
      contactId: feedbackItems.contactId,
      channel: feedbackItems.channel,
      metric: feedbackItems.metric,
      score: feedbackItems.score,
      scaleMin: feedbackItems.scaleMin,
      scaleMax: feedbackItems.scaleMax,
      text: feedbackItems.text,
      language: feedbackItems.language,
      touchpoint: feedbackItems.touchpoint,
      occurredAt: feedbackItems.occurredAt,
      authorName: feedbackItems.authorName,
      analysis: feedbackItems.analysis,
      surveyId: surveyResponses.surveyId,
      caseId: caseItems.caseId,
      // Drizzle nulls a left-joined object when its first column is null: the id never is, so a
      // contact without a name still reaches the rules (segment, revenue, account owner).
      contact: {
        id: contacts.id,
        name: contacts.name,
        email: contacts.email,
        language: contacts.language,
        segment: contacts.segment,
        revenue: contacts.revenue,
        accountOwner: contacts.accountOwner,
        attributes: contacts.attributes,
      },
    })
    .from(feedbackItems)
    .leftJoin(surveyResponses, eq(surveyResponses.feedbackItemId, feedbackItems.id))
    .leftJoin(caseItems, eq(caseItems.itemId, feedbackItems.id))
    .leftJoin(
      contacts,
      and(eq(contacts.id, feedbackItems.contactId), eq(contacts.organizationId, organizationId)),
    )
    .where(and(eq(feedbackItems.organizationId, organizationId), inArray(feedbackItems.id, [...itemIds])));
}
export type CaseCandidateRow = Awaited<ReturnType<typeof findCaseCandidates>>[number];
