import { and, asc, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { announce } from '../../pipeline/outbox.repo.js';
import type { Db } from '../../db/client.js';
import {
  contactAliases,
  contactEvents,
  contacts,
  emailMessages,
  feedbackItems,
  importChunks,
  imports,
  surveyInvitations,
  surveyResponses,
} from '../../db/schema/index.js';
import { forgetVerdicts } from '../text/tag-verdicts.repo.js';
import type { ContactRow, ContactValues } from './contacts.repo.js';

/** Feedback of the person: linked to the contact, or left anonymous under their e-mail address. */
function feedbackOf(organizationId: string, contact: ContactRow): SQL {
  const mine = eq(feedbackItems.contactId, contact.id);
  const byEmail = contact.email
    ? sql`lower(${feedbackItems.authorEmail}) = ${contact.email.toLowerCase()}`
    : undefined;
  return and(eq(feedbackItems.organizationId, organizationId), byEmail ? or(mine, byEmail) : mine) as SQL;
}

function emailsTo(organizationId: string, email: string): SQL {
  return and(
    eq(emailMessages.organizationId, organizationId),
    sql`lower(${emailMessages.toAddress}) = ${email.toLowerCase()}`,
  ) as SQL;
}

/**
 * GDPR art. 17 in one transaction: feedback items stay (so aggregate counts do not move) with
 * the contact, text and author details removed; events, aliases, e-mails to the address and
 * queued jobs that would still deliver or mention them are deleted; then the contact row.
 */
export async function eraseContact(
  tx: Db,
  organizationId: string,
  contact: ContactRow,
  now: Date,
): Promise<{ feedbackItemsAnonymised: number; itemIds: string[] }> {
  const anonymised = await tx
    .update(feedbackItems)
    .set({
      contactId: null,
      text: null,
      authorEmail: null,
      authorHandle: null,
      authorName: null,
      link: null,
      version: sql`${feedbackItems.version} + 1`,
    })
    .where(feedbackOf(organizationId, contact))
    .returning({ id: feedbackItems.id, version: feedbackItems.version });
  await forgetVerdicts(
    tx,
    organizationId,
    anonymised.map((a) => a.id),
  );
  // The pipeline's stages hear of it in this transaction: rollups lose the person's segment and
  // weight; webhooks drop the person's deliveries and tell receivers (contact.erased).
  await announce(tx, [
    ...anonymised.map((a) => ({
      organizationId,
      topic: 'item.erased' as const,
      subjectId: a.id,
      version: a.version,
    })),
    { organizationId, topic: 'contact.erased' as const, subjectId: contact.id, version: 1 },
  ]);
  // Survey answers keep their scores (so counts and scores stay) but lose every free text and hidden field.
  await tx
    .update(surveyResponses)
    .set({
      contactId: null,
      hiddenFields: {},
      answers: sql`coalesce((select jsonb_object_agg(k, v) from jsonb_each(${surveyResponses.answers}) as e(k, v) where jsonb_typeof(v) = 'number'), '{}'::jsonb)`,
    })
    .where(
      and(
        eq(surveyResponses.organizationId, organizationId),
        or(
          eq(surveyResponses.contactId, contact.id),
          anonymised.length > 0
            ? inArray(
                surveyResponses.feedbackItemId,
                anonymised.map((a) => a.id),
              )
            : sql`false`,
        ),
      ),
    );
  await tx
    .delete(contactEvents)
    .where(and(eq(contactEvents.organizationId, organizationId), eq(contactEvents.contactId, contact.id)));
  await tx
    .delete(contactAliases)
    .where(and(eq(contactAliases.organizationId, organizationId), eq(contactAliases.contactId, contact.id)));
  const messageIds = contact.email
    ? (
        await tx
          .delete(emailMessages)
          .where(emailsTo(organizationId, contact.email))
          .returning({ id: emailMessages.id })
      ).map((m) => m.id)
    : [];
  // Jobs not yet running: deliveries of the deleted mails, and any job whose data names the person.
  // A chunk delivery (`messageIds`) names other people's mails too and stays: it finds these gone.
  const mentions: SQL[] = [sql`strpos(data::text, ${contact.id}) > 0`];
  if (contact.email) mentions.push(sql`strpos(lower(data::text), ${contact.email.toLowerCase()}) > 0`);
  if (messageIds.length > 0)
    mentions.push(
      sql`data->>'messageId' in (${sql.join(
        messageIds.map((id) => sql`${id}`),
        sql`, `,
      )})`,
    );
  await tx.execute(
    sql`delete from pgboss.job where state in ('created', 'retry') and (${sql.join(mentions, sql` or `)})`,
  );
  await deleteUploadsMentioning(
    tx,
    organizationId,
    [contact.externalId, ...(contact.email ? [contact.email] : [])],
    now,
  );
  await tx
    .delete(contacts)
    .where(and(eq(contacts.organizationId, organizationId), eq(contacts.id, contact.id)));
  return { feedbackItemsAnonymised: anonymised.length, itemIds: anonymised.map((a) => a.id) };
}

/**
 * Raw CSV uploads are kept as bytes in import_chunks. An upload that mentions the person loses
 * its raw bytes: finished imports keep their counts and error reports; imports not yet running
 * are closed as failed with the reason, so nobody brings the person back by starting them. An
 * import running at this very moment keeps its upload, or it could not finish (documented).
 * Each chunk is searched together with the start of the next one, so a value cut in two by a
 * chunk boundary is still found.
 */
async function deleteUploadsMentioning(
  tx: Db,
  organizationId: string,
  needles: readonly string[],
  now: Date,
): Promise<void> {
  const next = sql`coalesce((select substring(n.data from 1 for 1024) from import_chunks n where n.import_id = ${importChunks.importId} and n.seq = ${importChunks.seq} + 1), ''::bytea)`;
  const mentions = or(
    ...needles.map((n) => sql`position(convert_to(${n}, 'UTF8') in (${importChunks.data} || ${next})) > 0`),
  ) as SQL;
  const affected = await tx
    .selectDistinct({ id: importChunks.importId, status: imports.status })
    .from(importChunks)
    .innerJoin(imports, eq(imports.id, importChunks.importId))
    .where(
      and(
        eq(imports.organizationId, organizationId),
        inArray(imports.status, ['done', 'failed', 'uploaded', 'queued']),
        mentions,
      ),
    );
  if (affected.length === 0) return;
  await tx.delete(importChunks).where(
    inArray(
      importChunks.importId,
      affected.map((a) => a.id),
    ),
  );
  const notStarted = affected
    .filter((a) => a.status === 'uploaded' || a.status === 'queued')
    .map((a) => a.id);
  if (notStarted.length > 0) {
    await tx
      .update(imports)
      .set({
        status: 'failed',
        failure:
          'The uploaded file was deleted because a person in it was erased (GDPR art. 17); upload it again without them.',
        finishedAt: now,
      })
      .where(and(eq(imports.organizationId, organizationId), inArray(imports.id, notStarted)));
  }
}

export async function exportData(db: Db, organizationId: string, contact: ContactRow) {
  const [aliases, items, events, emails, responses, invitations] = await Promise.all([
    db
      .select({ externalId: contactAliases.externalId, createdAt: contactAliases.createdAt })
      .from(contactAliases)
      .where(and(eq(contactAliases.organizationId, organizationId), eq(contactAliases.contactId, contact.id)))
      .orderBy(asc(contactAliases.createdAt)),
    db
      .select({
        id: feedbackItems.id,
        channel: feedbackItems.channel,
        source: feedbackItems.source,
        metric: feedbackItems.metric,
        score: feedbackItems.score,
        scaleMin: feedbackItems.scaleMin,
        scaleMax: feedbackItems.scaleMax,
        text: feedbackItems.text,
        language: feedbackItems.language,
        product: feedbackItems.product,
        touchpoint: feedbackItems.touchpoint,
        authorEmail: feedbackItems.authorEmail,
        authorHandle: feedbackItems.authorHandle,
        authorName: feedbackItems.authorName,
        link: feedbackItems.link,
        externalRef: feedbackItems.externalRef,
        occurredAt: feedbackItems.occurredAt,
        createdAt: feedbackItems.createdAt,
      })
      .from(feedbackItems)
      .where(feedbackOf(organizationId, contact))
      .orderBy(desc(feedbackItems.occurredAt), desc(feedbackItems.id)),
    db
      .select({
        id: contactEvents.id,
        type: contactEvents.type,
        value: contactEvents.value,
        revenue: contactEvents.revenue,
        occurredAt: contactEvents.occurredAt,
        properties: contactEvents.properties,
        eventId: contactEvents.eventId,
        createdAt: contactEvents.createdAt,
      })
      .from(contactEvents)
      .where(and(eq(contactEvents.organizationId, organizationId), eq(contactEvents.contactId, contact.id)))
      .orderBy(desc(contactEvents.occurredAt), desc(contactEvents.id)),
    contact.email
      ? db
          .select({
            id: emailMessages.id,
            kind: emailMessages.kind,
            subject: emailMessages.subject,
            textBody: emailMessages.textBody,
            status: emailMessages.status,
            createdAt: emailMessages.createdAt,
            sentAt: emailMessages.sentAt,
          })
          .from(emailMessages)
          .where(emailsTo(organizationId, contact.email))
          .orderBy(desc(emailMessages.createdAt))
      : Promise.resolve([]),
    db
      .select({
        id: surveyResponses.feedbackItemId,
        surveyId: surveyResponses.surveyId,
        surveyVersion: surveyResponses.surveyVersion,
        channel: surveyResponses.channel,
        language: surveyResponses.language,
        answers: surveyResponses.answers,
        hiddenFields: surveyResponses.hiddenFields,
        createdAt: surveyResponses.createdAt,
        updatedAt: surveyResponses.updatedAt,
      })
      .from(surveyResponses)
      .where(
        and(eq(surveyResponses.organizationId, organizationId), eq(surveyResponses.contactId, contact.id)),
      )
      .orderBy(desc(surveyResponses.createdAt)),
    db
      .select({
        id: surveyInvitations.id,
        surveyId: surveyInvitations.surveyId,
        channel: surveyInvitations.channel,
        status: surveyInvitations.status,
        skipReason: surveyInvitations.skipReason,
        scheduledFor: surveyInvitations.scheduledFor,
        sentAt: surveyInvitations.sentAt,
        answeredAt: surveyInvitations.answeredAt,
        unsubscribedAt: surveyInvitations.unsubscribedAt,
      })
      .from(surveyInvitations)
      .where(
        and(
          eq(surveyInvitations.organizationId, organizationId),
          eq(surveyInvitations.contactId, contact.id),
        ),
      )
      .orderBy(desc(surveyInvitations.scheduledFor)),
  ]);
  return { aliases, items, events, emails, responses, invitations };
}

/**
 * Joins `loser` into `survivor` (one transaction, run by the caller): timelines move, the
 * survivor's empty fields are filled, the loser's id and aliases resolve to the survivor.
 */
export async function mergeContacts(
  tx: Db,
  organizationId: string,
  survivor: ContactRow,
  loser: ContactRow,
  filled: ContactValues,
  now: Date,
): Promise<void> {
  const moved = await tx
    .update(feedbackItems)
    .set({ contactId: survivor.id, version: sql`${feedbackItems.version} + 1` })
    .where(and(eq(feedbackItems.organizationId, organizationId), eq(feedbackItems.contactId, loser.id)))
    .returning({ id: feedbackItems.id, version: feedbackItems.version });
  // The items now belong to the survivor (its segment, region and revenue weight): announced in this transaction.
  await announce(
    tx,
    moved.map((m) => ({
      organizationId,
      topic: 'item.updated' as const,
      subjectId: m.id,
      version: m.version,
    })),
  );
  await tx
    .update(contactEvents)
    .set({ contactId: survivor.id })
    .where(and(eq(contactEvents.organizationId, organizationId), eq(contactEvents.contactId, loser.id)));
  await tx
    .update(contactAliases)
    .set({ contactId: survivor.id })
    .where(and(eq(contactAliases.organizationId, organizationId), eq(contactAliases.contactId, loser.id)));
  // Survey history moves too, so throttling sees one person asked, not two strangers.
  await tx
    .update(surveyInvitations)
    .set({ contactId: survivor.id })
    .where(
      and(eq(surveyInvitations.organizationId, organizationId), eq(surveyInvitations.contactId, loser.id)),
    );
  await tx
    .update(surveyResponses)
    .set({ contactId: survivor.id })
    .where(and(eq(surveyResponses.organizationId, organizationId), eq(surveyResponses.contactId, loser.id)));
  await tx
    .delete(contacts)
    .where(and(eq(contacts.organizationId, organizationId), eq(contacts.id, loser.id)));
  await tx
    .insert(contactAliases)
    .values({ organizationId, externalId: loser.externalId, contactId: survivor.id, createdAt: now });
  await tx
    .update(contacts)
    .set({ ...filled, updatedAt: now })
    .where(and(eq(contacts.organizationId, organizationId), inArray(contacts.id, [survivor.id])));
}
