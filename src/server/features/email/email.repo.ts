import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { emailMessages } from '../../db/schema/index.js';
import type { OutgoingMail } from '../../email/mail.js';

export type EmailStatus = 'outbox' | 'queued' | 'sent' | 'failed';

export async function insertEmail(db: Db, mail: OutgoingMail, status: EmailStatus): Promise<string> {
  const [row] = await db
    .insert(emailMessages)
    .values({
      organizationId: mail.organizationId ?? null,
      kind: mail.kind,
      toAddress: mail.to,
      fromAddress: mail.from ?? null,
      subject: mail.subject,
      textBody: mail.text,
      htmlBody: mail.html ?? null,
      headers: mail.headers ?? null,
      status,
    })
    .returning({ id: emailMessages.id });
  if (!row) throw new Error('insert into email_messages returned no row');
  return row.id;
}

export async function findEmailForDelivery(db: Db, id: string) {
  const [row] = await db
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
    .where(eq(emailMessages.id, id));
  return row ?? null;
}

export async function markEmailSent(db: Db, id: string, at: Date): Promise<void> {
  await db
    .update(emailMessages)
    .set({ status: 'sent', sentAt: at, attempts: sql`${emailMessages.attempts} + 1`, lastError: null })
    .where(eq(emailMessages.id, id));
}

export async function markEmailAttemptFailed(db: Db, id: string, error: string, isFinal: boolean): Promise<void> {
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
