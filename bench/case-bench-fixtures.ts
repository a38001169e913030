import { randomUUID } from 'node:crypto';
import type { SQL } from 'drizzle-orm';
import { bulkInsert, type BulkColumn } from '../src/server/db/bulk-insert.js';
import { createAccount } from '../src/server/features/organizations/accounts.service.js';
import { createOrganization } from '../src/server/features/organizations/organizations.service.js';
import type { Runtime } from '../src/server/runtime.js';

/** What the case benches share: rows read back, people and organizations, cases loaded in bulk. */

export async function rowsOf<T>(rt: Runtime, query: SQL): Promise<T[]> {
  return ((await rt.deps.db.execute(query)) as unknown as { rows: T[] }).rows;
}

export async function countOf(rt: Runtime, query: SQL): Promise<number> {
  return Number((await rowsOf<{ n: number }>(rt, query))[0]?.n ?? Number.NaN);
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface Person {
  id: string;
  email: string;
}

/** A person with a password account; better-auth hashes it, as for every real account. */
export async function benchPerson(rt: Runtime, tag: string): Promise<Person> {
  const p = await createAccount(rt.deps.auth, {
    email: `case-bench-${tag}-${randomUUID().slice(0, 8)}@example.test`,
    password: 'bench-password',
    name: `Bench ${tag}`,
  });
  return { id: p.id, email: p.email };
}

/** A member who works cases (role agent): an account owner's cases are assigned to them. */
export async function benchAgent(rt: Runtime, organizationId: string, tag: string): Promise<Person> {
  const p = await benchPerson(rt, tag);
  await rt.deps.auth.api.addMember({ body: { userId: p.id, organizationId, role: 'agent' } });
  return p;
}

export async function benchOrganization(rt: Runtime, tag: string): Promise<{ id: string; owner: Person }> {
  const owner = await benchPerson(rt, `${tag}-owner`);
  const org = await createOrganization(rt.deps, {
    name: `Case bench ${tag} ${randomUUID().slice(0, 8)}`,
    ownerUserId: owner.id,
  });
  return { id: org.id, owner };
}

/** A case as the benches write it: every column the list and the tick read, the rest fixed. */
export interface BenchCase {
  id: string;
  organizationId: string;
  number: number;
  contactId: string | null;
  subject: string;
  status: string;
  priority: string;
  teamId: string | null;
  assigneeId: string | null;
  openedAt: Date;
  resolvedAt: Date | null;
  closedAt: Date | null;
  slaNextCheckAt: Date | null;
  slaDueAt: Date | null;
  isSlaBreached: boolean;
  isSlaWarned: boolean;
  escalationLevel: number;
}

const CASE_COLUMNS: readonly BulkColumn<BenchCase>[] = [
  { name: 'id', type: 'uuid', value: (c) => c.id },
  { name: 'organization_id', type: 'text', value: (c) => c.organizationId },
  { name: 'number', type: 'integer', value: (c) => c.number },
  { name: 'contact_id', type: 'uuid', value: (c) => c.contactId },
  { name: 'topic', type: 'text', value: () => 'feedback' },
  { name: 'subject', type: 'text', value: (c) => c.subject },
  { name: 'status', type: 'text', value: (c) => c.status },
  { name: 'priority', type: 'text', value: (c) => c.priority },
  { name: 'channel', type: 'text', value: () => 'survey' },
  { name: 'origin', type: 'text', value: () => 'rule' },
  { name: 'rule_id', type: 'text', value: () => 'critical-scores' },
  { name: 'team_id', type: 'uuid', value: (c) => c.teamId },
  { name: 'assignee_id', type: 'text', value: (c) => c.assigneeId },
  { name: 'language', type: 'text', value: () => 'en' },
  { name: 'opened_at', type: 'timestamptz', value: (c) => c.openedAt },
  { name: 'resolved_at', type: 'timestamptz', value: (c) => c.resolvedAt },
  { name: 'closed_at', type: 'timestamptz', value: (c) => c.closedAt },
  { name: 'sla_next_check_at', type: 'timestamptz', value: (c) => c.slaNextCheckAt },
  { name: 'sla_due_at', type: 'timestamptz', value: (c) => c.slaDueAt },
  { name: 'is_sla_breached', type: 'boolean', value: (c) => c.isSlaBreached },
  { name: 'is_sla_warned', type: 'boolean', value: (c) => c.isSlaWarned },
  { name: 'escalation_level', type: 'integer', value: (c) => c.escalationLevel },
  { name: 'updated_at', type: 'timestamptz', value: (c) => c.openedAt },
];

const OPENED_EVENT_COLUMNS: readonly BulkColumn<BenchCase>[] = [
  { name: 'case_id', type: 'uuid', value: (c) => c.id },
  { name: 'organization_id', type: 'text', value: (c) => c.organizationId },
  { name: 'at', type: 'timestamptz', value: (c) => c.openedAt },
  { name: 'type', type: 'text', value: () => 'opened' },
  { name: 'author', type: 'text', value: () => 'automation' },
  { name: 'data', type: 'jsonb', value: () => ({ ruleId: 'critical-scores' }) },
];

/** Cases `count` at a time from `make(i)`, each with its opened event, through `unnest`; returns how many were written. */
export async function loadCases(
  rt: Runtime,
  total: number,
  make: (i: number) => BenchCase,
  withEvents: boolean,
): Promise<number> {
  const CHUNK = 50_000;
  let written = 0;
  for (let start = 0; start < total; start += CHUNK) {
    const rows = Array.from({ length: Math.min(CHUNK, total - start) }, (_, k) => make(start + k));
    written += await bulkInsert(rt.deps.db, 'cases', CASE_COLUMNS, rows);
    if (withEvents) await bulkInsert(rt.deps.db, 'case_events', OPENED_EVENT_COLUMNS, rows);
  }
  return written;
}
