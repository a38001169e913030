import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import {
  caseItems,
  contacts,
  feedbackItems,
  itemAnalyses,
  surveyResponses,
  surveys,
} from '../../db/schema/index.js';
import type { AnswerCursor } from '../responses/answer-cursor.js';
import {
  itemConditions,
  responseJoin,
  type AnswerSource,
  type ItemFilter,
} from '../responses/answer-filter.repo.js';

const fi = feedbackItems;

/** The inbox's items and their responses, handed to the shared filters so they filter on exactly the tables this query reads. */
const inbox: AnswerSource = { item: fi, response: surveyResponses };

/** The inbox's columns: the item, its contact, and for a survey answer its survey. */
const inboxColumns = {
  id: fi.id,
  channel: fi.channel,
  source: fi.source,
  metric: fi.metric,
  score: fi.score,
  scaleMin: fi.scaleMin,
  scaleMax: fi.scaleMax,
  text: fi.text,
  language: fi.language,
  product: fi.product,
  touchpoint: fi.touchpoint,
  link: fi.link,
  externalRef: fi.externalRef,
  contactId: contacts.id,
  contactExternalId: contacts.externalId,
  contactName: contacts.name,
  authorEmail: fi.authorEmail,
  authorHandle: fi.authorHandle,
  authorName: fi.authorName,
  surveyId: surveyResponses.surveyId,
  surveyVersion: surveyResponses.surveyVersion,
  surveyName: surveys.name,
  occurredAt: fi.occurredAt,
  cursorAt: sql<string>`${fi.occurredAt}::text`,
  createdAt: fi.createdAt,
  caseId: caseItems.caseId,
  analysis: itemAnalyses.analysis,
};

/** Every join is scoped by the organization, like the items themselves. */
function inboxQuery(db: Db, organizationId: string) {
  return db
    .select(inboxColumns)
    .from(inbox.item)
    .leftJoin(inbox.response, responseJoin(inbox, organizationId))
    .leftJoin(caseItems, and(eq(caseItems.itemId, fi.id), eq(caseItems.organizationId, organizationId)))
    .leftJoin(
      itemAnalyses,
      and(eq(itemAnalyses.itemId, fi.id), eq(itemAnalyses.organizationId, organizationId)),
    )
    .leftJoin(
      surveys,
      and(eq(surveys.id, surveyResponses.surveyId), eq(surveys.organizationId, organizationId)),
    )
    .leftJoin(contacts, and(eq(contacts.id, fi.contactId), eq(contacts.organizationId, organizationId)));
}

/** The inbox's items, newest first, after `after` (the drill-down's filters over every item). */
export function listInboxItems(
  db: Db,
  organizationId: string,
  f: ItemFilter,
  after: AnswerCursor | null,
  limit: number,
) {
  const where = itemConditions(inbox, organizationId, f);
  if (after) {
    // The plain bound lets the (organization, occurred_at) index start at the cursor; the row comparison breaks ties by id.
    where.push(sql`${fi.occurredAt} <= ${after.at}::timestamptz`);
    where.push(sql`(${fi.occurredAt}, ${fi.id}) < (${after.at}::timestamptz, ${after.id}::uuid)`);
  }
  return inboxQuery(db, organizationId)
    .where(and(...where))
    .orderBy(desc(fi.occurredAt), desc(fi.id))
    .limit(limit);
}

/** How many items the inbox lists for these filters. */
export async function countInboxItems(db: Db, organizationId: string, f: ItemFilter): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(inbox.item)
    .leftJoin(inbox.response, responseJoin(inbox, organizationId))
    .where(and(...itemConditions(inbox, organizationId, f)));
  return Number(row?.n ?? 0);
}

export async function findInboxItem(db: Db, organizationId: string, id: string) {
  const [row] = await inboxQuery(db, organizationId).where(
    and(eq(fi.organizationId, organizationId), eq(fi.id, id)),
  );
  return row ?? null;
}

export type InboxRow = NonNullable<Awaited<ReturnType<typeof findInboxItem>>>;
