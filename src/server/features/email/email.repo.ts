import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { bulkInsert, type BulkColumn } from '../../db/bulk-insert.js';
import type { Db } from '../../db/client.js';
import { emailMessages } from '../../db/schema/index.js';
import type { OutgoingMail } from '../../email/mail.js';

export type EmailStatus = 'outbox' | 'queued' | 'sent' | 'failed';

function emailRow(mail: OutgoingMail, status: EmailStatus) {
  return {
    organizationId: mail.organizationId ?? null,
    kind: mail.kind,
    toAddress: mail.to,
    fromAddress: mail.from ?? null,
    subject: mail.subject,
    textBody: mail.text,
    htmlBody: mail.html ?? null,
    headers: mail.headers ?? null,
    status,
  };
}

export async function insertEmail(db: Db, mail: OutgoingMail, status: EmailStatus): Promise<string> {
  const [row] = await db
    .insert(emailMessages)
    .values(emailRow(mail, status))
    .returning({ id: emailMessages.id });
  if (!row) throw new Error('insert into email_messages returned no row');
  return row.id;
}

type NewEmail = { id: string; mail: OutgoingMail; status: EmailStatus };
const EMAIL_COLUMNS: readonly BulkColumn<NewEmail>[] = [
  { name: 'id', type: 'uuid', value: (e) => e.id },
  { name: 'organization_id', type: 'text', value: (e) => e.mail.organizationId ?? null },
  { name: 'kind', type: 'text', value: (e) => e.mail.kind },
  { name: 'to_address', type: 'text', value: (e) => e.mail.to },
  { name: 'from_address', type: 'text', value: (e) => e.mail.from ?? null },
  { name: 'subject', type: 'text', value: (e) => e.mail.subject },
  { name: 'text_body', type: 'text', value: (e) => e.mail.text },
  { name: 'html_body', type: 'text', value: (e) => e.mail.html ?? null },
  { name: 'headers', type: 'jsonb', value: (e) => e.mail.headers ?? null },
  { name: 'status', type: 'text', value: (e) => e.status },
];

/** Many mails in one statement (one array per column), each under the id the caller chose so it can name them before the insert returns. */
export async function insertEmails(db: Db, mails: readonly NewEmail[]): Promise<void> {
  if (mails.length === 0) return;
  await bulkInsert(db, 'email_messages', EMAIL_COLUMNS, mails);
}

/** Removes mails that were written but lost their reason to exist (e.g. another worker claimed the invitation). */
export async function deleteEmails(db: Db, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.delete(emailMessages).where(inArray(emailMessages.id, [...ids]));
}

/** The mails a delivery job names, in one query (erased or unknown ids are simply missing). */
export async function findEmailsForDelivery(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: emailMessages.id,
      toAddress: emailMessages.toAddress,
      fromAddress: emailMessages.fromAddress,
      organizationId: emailMessages.organizationId,
      kind: emailMessages.kind,
      subject: emailMessages.subject,
      textBody: emailMessages.textBody,
      htmlBody: emailMessages.htmlBody,
      headers: emailMessages.headers,
      status: emailMessages.status,
    })
    .from(emailMessages)
    .where(inArray(emailMessages.id, [...ids]));
}
export type DeliverableEmail = Awaited<ReturnType<typeof findEmailsForDelivery>>[number];

export async function markEmailsSent(db: Db, ids: readonly string[], at: Date): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(emailMessages)
    .set({ status: 'sent', sentAt: at, attempts: sql`${emailMessages.attempts} + 1`, lastError: null })
    .where(inArray(emailMessages.id, [...ids]));
}

export async function markEmailAttemptFailed(
  db: Db,
  id: string,
  error: string,
  isFinal: boolean,
): Promise<void> {
  await db
    .update(emailMessages)
    .set({
      attempts: sql`${emailMessages.attempts} + 1`,
      lastError: error.slice(0, 500),
      ...(isFinal ? { status: 'failed' as const } : {}),
    })
    .where(eq(emailMessages.id, id));
}

export async function listOrgEmails(db: Db, organizationId: string, limit: number) {
  return db
    .select({
      id: emailMessages.id,
      kind: emailMessages.kind,
      to: emailMessages.toAddress,
      subject: emailMessages.subject,
      text: emailMessages.textBody,
      status: emailMessages.status,
      createdAt: emailMessages.createdAt,
      sentAt: emailMessages.sentAt,
    })
    .from(emailMessages)
    .where(and(eq(emailMessages.organizationId, organizationId)))
    .orderBy(desc(emailMessages.createdAt))
    .limit(limit);
}
