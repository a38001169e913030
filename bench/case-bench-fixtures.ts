import { randomUUID } from 'node:crypto';
import type { SQL } from 'drizzle-orm';
import { insertCaseEvents } from '../src/server/features/cases/case-events.repo.js';
import { insertCases, type CaseRow } from '../src/server/features/cases/cases.repo.js';
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

/** The bench's case as the row the cases stage would have written. */
const caseRowOf = (c: BenchCase): CaseRow => ({
  ...c,
  topic: 'feedback',
  channel: 'survey',
  origin: 'rule',
  ruleId: 'critical-scores',
  externalRef: null,
  language: 'en',
  rootCause: null,
  action: null,
  customerEscalatedAt: null,
  firstResponseAt: null,
  firstResponseMet: null,
  resolutionMet: null,
  recoveryInvitationId: null,
  updatedAt: c.openedAt,
});

/** Cases `count` at a time from `make(i)`, each with its opened event, through the repos' bulk inserts; returns how many were written. */
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
    await insertCases(rt.deps.db, rows.map(caseRowOf));
    written += rows.length;
    if (withEvents)
      await insertCaseEvents(
        rt.deps.db,
        rows.map((c) => ({
          caseId: c.id,
          organizationId: c.organizationId,
          at: c.openedAt,
          type: 'opened',
          author: 'automation',
          data: { ruleId: 'critical-scores' },
        })),
      );
  }
  return written;
}
