import { and, asc, desc, eq, inArray, isNull, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { TCaseListQuery } from '../../../shared/contracts/cases.js';
import { bulkInsert, bulkUpdate, type BulkColumn } from '../../db/bulk-insert.js';
import type { Db } from '../../db/client.js';
import { cases, contacts, teams, user } from '../../db/schema/index.js';

export { inTransaction } from '../../db/in-transaction.js';

export type CaseRow = typeof cases.$inferSelect;
export type NewCase = typeof cases.$inferInsert;
/** Written out, not as parameters, so the planner can prove the partial indexes' predicate. */
const isOpen = sql`${cases.status} not in ('resolved', 'closed')`;

export async function insertCase(db: Db, row: NewCase): Promise<CaseRow> {
  const [created] = await db.insert(cases).values(row).returning();
  if (!created) throw new Error('insert into cases returned no row');
  return created;
}

const CASE_COLUMNS: readonly BulkColumn<CaseRow>[] = [
  { name: 'id', type: 'uuid', value: (c) => c.id },
  { name: 'organization_id', type: 'text', value: (c) => c.organizationId },
  { name: 'number', type: 'integer', value: (c) => c.number },
  { name: 'contact_id', type: 'uuid', value: (c) => c.contactId },
  { name: 'topic', type: 'text', value: (c) => c.topic },
  { name: 'subject', type: 'text', value: (c) => c.subject },
  { name: 'status', type: 'text', value: (c) => c.status },
  { name: 'priority', type: 'text', value: (c) => c.priority },
  { name: 'channel', type: 'text', value: (c) => c.channel },
  { name: 'origin', type: 'text', value: (c) => c.origin },
  { name: 'rule_id', type: 'text', value: (c) => c.ruleId },
  { name: 'external_ref', type: 'text', value: (c) => c.externalRef },
  { name: 'team_id', type: 'uuid', value: (c) => c.teamId },
  { name: 'assignee_id', type: 'text', value: (c) => c.assigneeId },
  { name: 'language', type: 'text', value: (c) => c.language },
  { name: 'root_cause', type: 'text', value: (c) => c.rootCause },
  { name: 'action', type: 'text', value: (c) => c.action },
  { name: 'escalation_level', type: 'integer', value: (c) => c.escalationLevel },
  { name: 'customer_escalated_at', type: 'timestamptz', value: (c) => c.customerEscalatedAt },
  { name: 'opened_at', type: 'timestamptz', value: (c) => c.openedAt },
  { name: 'first_response_at', type: 'timestamptz', value: (c) => c.firstResponseAt },
  { name: 'resolved_at', type: 'timestamptz', value: (c) => c.resolvedAt },
  { name: 'closed_at', type: 'timestamptz', value: (c) => c.closedAt },
  { name: 'sla_next_check_at', type: 'timestamptz', value: (c) => c.slaNextCheckAt },
  { name: 'sla_due_at', type: 'timestamptz', value: (c) => c.slaDueAt },
  { name: 'is_sla_breached', type: 'boolean', value: (c) => c.isSlaBreached },
  { name: 'is_sla_warned', type: 'boolean', value: (c) => c.isSlaWarned },
  { name: 'first_response_met', type: 'boolean', value: (c) => c.firstResponseMet },
  { name: 'resolution_met', type: 'boolean', value: (c) => c.resolutionMet },
  { name: 'recovery_invitation_id', type: 'uuid', value: (c) => c.recoveryInvitationId },
  { name: 'updated_at', type: 'timestamptz', value: (c) => c.updatedAt },
];

/**
 * Many new cases in one statement, every column as the caller built the row (so the rows in hand
 * are the rows stored: nothing to read back). A row that hits a unique index (another worker
 * opened the contact's case of that topic meanwhile) fails the whole insert, and so the caller's
 * transaction, to be retried — never a case silently left out.
 */
export async function insertCases(db: Db, rows: readonly CaseRow[]): Promise<void> {
  const inserted = await bulkInsert(db, 'cases', CASE_COLUMNS, rows);
  if (inserted !== rows.length)
    throw new Error(`${rows.length - inserted} of ${rows.length} new cases collided with an existing case`);
}

/** The open cases of these contacts (any topic), locked for the caller's transaction (feedback joins them). */
export async function findOpenCasesForUpdate(
  db: Db,
  organizationId: string,
  contactIds: readonly string[],
): Promise<CaseRow[]> {
  if (contactIds.length === 0) return [];
  return db
    .select()
    .from(cases)
    .where(and(eq(cases.organizationId, organizationId), inArray(cases.contactId, [...contactIds]), isOpen))
    .for('update');
}

/** The contact's open case of a topic, locked for the caller's transaction (feedback joins it). */
export async function findOpenCaseForUpdate(
  db: Db,
  organizationId: string,
  contactId: string,
  topic: string,
): Promise<CaseRow | null> {
  const [row] = await db
    .select()
    .from(cases)
    .where(
      and(
        eq(cases.organizationId, organizationId),
        eq(cases.contactId, contactId),
        eq(cases.topic, topic),
        isOpen,
      ),
    )
    .for('update');
  return row ?? null;
}

export async function findCase(
  db: Db,
  organizationId: string,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<CaseRow | null> {
  const q = db
    .select()
    .from(cases)
    .where(and(eq(cases.organizationId, organizationId), eq(cases.id, id)));
  const [row] = await (opts.forUpdate ? q.for('update') : q);
  return row ?? null;
}

export async function findCaseByExternalRef(db: Db, organizationId: string, externalRef: string) {
  const [row] = await db
    .select()
    .from(cases)
    .where(and(eq(cases.organizationId, organizationId), eq(cases.externalRef, externalRef)));
  return row ?? null;
}

export async function updateCase(
  db: Db,
  organizationId: string,
  id: string,
  set: Partial<Omit<NewCase, 'id' | 'organizationId'>>,
): Promise<CaseRow> {
  const [row] = await db
    .update(cases)
    .set(set)
    .where(and(eq(cases.organizationId, organizationId), eq(cases.id, id)))
    .returning();
  if (!row) throw new Error(`case ${id} vanished during its update`);
  return row;
}

/** What an SLA refresh writes back to a case. */
export type CaseSlaColumns = Pick<
  CaseRow,
  | 'priority'
  | 'escalationLevel'
  | 'isSlaBreached'
  | 'isSlaWarned'
  | 'firstResponseMet'
  | 'resolutionMet'
  | 'slaDueAt'
  | 'slaNextCheckAt'
  | 'updatedAt'
>;
type SlaUpdate = { id: string; organizationId: string; set: CaseSlaColumns };

const SLA_KEYS: readonly BulkColumn<SlaUpdate>[] = [
  { name: 'id', type: 'uuid', value: (r) => r.id },
  { name: 'organization_id', type: 'text', value: (r) => r.organizationId },
];
const SLA_COLUMNS: readonly BulkColumn<SlaUpdate>[] = [
  { name: 'priority', type: 'text', value: (r) => r.set.priority },
  { name: 'escalation_level', type: 'integer', value: (r) => r.set.escalationLevel },
  { name: 'is_sla_breached', type: 'boolean', value: (r) => r.set.isSlaBreached },
  { name: 'is_sla_warned', type: 'boolean', value: (r) => r.set.isSlaWarned },
  { name: 'first_response_met', type: 'boolean', value: (r) => r.set.firstResponseMet },
  { name: 'resolution_met', type: 'boolean', value: (r) => r.set.resolutionMet },
  { name: 'sla_due_at', type: 'timestamptz', value: (r) => r.set.slaDueAt },
  { name: 'sla_next_check_at', type: 'timestamptz', value: (r) => r.set.slaNextCheckAt },
  { name: 'updated_at', type: 'timestamptz', value: (r) => r.set.updatedAt },
];

/** Each case's recomputed SLA columns, all in one statement (the tick refreshes a chunk at once). */
export async function updateCasesSla(db: Db, rows: readonly SlaUpdate[]): Promise<void> {
  if (rows.length === 0) return;
  const updated = await bulkUpdate(db, 'cases', SLA_KEYS, SLA_COLUMNS, rows);
  if (updated !== rows.length)
    throw new Error(`${rows.length - updated} cases vanished during their SLA update`);
}

const assignee = alias(user, 'assignee');

/** One page of the case list, newest first, with what each row shows (contact, assignee, team). */
export async function listCases(
  db: Db,
  organizationId: string,
  q: Omit<TCaseListQuery, 'cursor' | 'assignee'> & { assigneeId?: string | null },
  after: { at: Date; id: string } | null,
  limit: number,
) {
  const where: Array<SQL | undefined> = [eq(cases.organizationId, organizationId)];
  if (q.status?.length) where.push(inArray(cases.status, q.status));
  if (q.priority?.length) where.push(inArray(cases.priority, q.priority));
  if (q.assigneeId === null) where.push(isNull(cases.assigneeId));
  else if (q.assigneeId !== undefined) where.push(eq(cases.assigneeId, q.assigneeId));
  if (q.teamId) where.push(eq(cases.teamId, q.teamId));
  if (q.contactId) where.push(eq(cases.contactId, q.contactId));
  if (q.channel) where.push(eq(cases.channel, q.channel));
  if (q.breached !== undefined) where.push(eq(cases.isSlaBreached, q.breached));
  if (after)
    where.push(
      or(
        sql`${cases.openedAt} < ${after.at.toISOString()}`,
        and(eq(cases.openedAt, after.at), sql`${cases.id} < ${after.id}`),
      ),
    );
  return db
    .select({
      case: cases,
      contact: { id: contacts.id, name: contacts.name, email: contacts.email },
      assignee: { id: assignee.id, name: assignee.name, email: assignee.email },
      team: { id: teams.id, name: teams.name },
    })
    .from(cases)
    .leftJoin(contacts, eq(contacts.id, cases.contactId))
    .leftJoin(assignee, eq(assignee.id, cases.assigneeId))
    .leftJoin(teams, eq(teams.id, cases.teamId))
    .where(and(...where))
    .orderBy(desc(cases.openedAt), desc(cases.id))
    .limit(limit);
}
export type CaseListRow = Awaited<ReturnType<typeof listCases>>[number];

/** One case with its contact, assignee and team, as the list shows them. */
export async function findCaseView(db: Db, organizationId: string, id: string): Promise<CaseListRow | null> {
  const [row] = await db
    .select({
      case: cases,
      contact: { id: contacts.id, name: contacts.name, email: contacts.email },
      assignee: { id: assignee.id, name: assignee.name, email: assignee.email },
      team: { id: teams.id, name: teams.name },
    })
    .from(cases)
    .leftJoin(contacts, eq(contacts.id, cases.contactId))
    .leftJoin(assignee, eq(assignee.id, cases.assigneeId))
    .leftJoin(teams, eq(teams.id, cases.teamId))
    .where(and(eq(cases.organizationId, organizationId), eq(cases.id, id)));
  return row ?? null;
}

/** The contact's other cases, newest first (earlier complaints on the case page). */
export async function findContactCases(db: Db, organizationId: string, contactId: string, exceptId: string) {
  return db
    .select({
      id: cases.id,
      number: cases.number,
      subject: cases.subject,
      status: cases.status,
      openedAt: cases.openedAt,
    })
    .from(cases)
    .where(
      and(eq(cases.organizationId, organizationId), eq(cases.contactId, contactId), ne(cases.id, exceptId)),
    )
    .orderBy(desc(cases.openedAt))
    .limit(20);
}

/** Open cases whose SLA must be looked at again by `now`, oldest check first, across organizations. */
export async function findCasesDueForSla(db: Db, now: Date, limit: number) {
  return db
    .select({ id: cases.id, organizationId: cases.organizationId })
    .from(cases)
    .where(and(isOpen, lte(cases.slaNextCheckAt, now)))
    .orderBy(asc(cases.slaNextCheckAt))
    .limit(limit);
}

/**
 * Of the given cases of one organization, those still open and due by `now`, locked for the
 * caller's transaction; a case another worker holds is skipped (it is refreshing it).
 */
export async function lockDueCases(
  db: Db,
  organizationId: string,
  ids: readonly string[],
  now: Date,
): Promise<CaseRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(cases)
    .where(
      and(
        eq(cases.organizationId, organizationId),
        inArray(cases.id, [...ids]),
        isOpen,
        lte(cases.slaNextCheckAt, now),
      ),
    )
    .orderBy(asc(cases.slaNextCheckAt))
    .for('update', { skipLocked: true });
}
