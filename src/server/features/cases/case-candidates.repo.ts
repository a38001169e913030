import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { caseItems, contacts, feedbackItems, itemAnalyses, surveyResponses } from '../../db/schema/index.js';

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
      analysis: itemAnalyses.analysis,
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
      itemAnalyses,
      and(eq(itemAnalyses.itemId, feedbackItems.id), eq(itemAnalyses.organizationId, organizationId)),
    )
    .leftJoin(
      contacts,
      and(eq(contacts.id, feedbackItems.contactId), eq(contacts.organizationId, organizationId)),
    )
    .where(and(eq(feedbackItems.organizationId, organizationId), inArray(feedbackItems.id, [...itemIds])));
}
export type CaseCandidateRow = Awaited<ReturnType<typeof findCaseCandidates>>[number];

/** The survey the case's first survey answer came from (the re-survey asks it again unless one is set). */
export async function findCaseSurveyId(
  db: Db,
  organizationId: string,
  caseId: string,
): Promise<string | null> {
  const [row] = await db
    .select({ surveyId: surveyResponses.surveyId })
    .from(caseItems)
    .innerJoin(surveyResponses, eq(surveyResponses.feedbackItemId, caseItems.itemId))
    .where(and(eq(caseItems.organizationId, organizationId), eq(caseItems.caseId, caseId)))
    .orderBy(asc(caseItems.joinedAt))
    .limit(1);
  return row?.surveyId ?? null;
}
