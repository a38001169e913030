import { and, asc, eq, inArray } from 'drizzle-orm';
import { PERMISSIONS } from '../../../shared/roles.js';
import type { Db } from '../../db/client.js';
import { member, teamMembers, teams, user } from '../../db/schema/index.js';

const CASE_ROLES = [...PERMISSIONS['cases.work']];

/** Everyone in the organization whose role works cases, with their name and e-mail. */
export async function findAgents(db: Db, organizationId: string) {
  return db
    .select({ userId: user.id, name: user.name, email: user.email, role: member.role })
    .from(member)
    .innerJoin(user, eq(user.id, member.userId))
    .where(and(eq(member.organizationId, organizationId), inArray(member.role, CASE_ROLES)))
    .orderBy(asc(user.name));
}
export type AgentRow = Awaited<ReturnType<typeof findAgents>>[number];

export async function findTeams(db: Db, organizationId: string) {
  return db.select().from(teams).where(eq(teams.organizationId, organizationId)).orderBy(asc(teams.name));
}
export type TeamRow = typeof teams.$inferSelect;

export async function findTeam(db: Db, organizationId: string, teamId: string): Promise<TeamRow | null> {
  const [row] = await db
    .select()
    .from(teams)
    .where(and(eq(teams.organizationId, organizationId), eq(teams.id, teamId)));
  return row ?? null;
}

export async function findTeamMembers(db: Db, organizationId: string, teamId: string) {
  return db
    .select({ userId: teamMembers.userId, lastAssignedAt: teamMembers.lastAssignedAt })
    .from(teamMembers)
    .where(and(eq(teamMembers.organizationId, organizationId), eq(teamMembers.teamId, teamId)));
}

/** The members of these teams, each with their team (one query for a batch of new cases). */
export async function findMembersOfTeams(db: Db, organizationId: string, teamIds: readonly string[]) {
  if (teamIds.length === 0) return [];
  return db
    .select({
      teamId: teamMembers.teamId,
      userId: teamMembers.userId,
      lastAssignedAt: teamMembers.lastAssignedAt,
    })
    .from(teamMembers)
    .where(and(eq(teamMembers.organizationId, organizationId), inArray(teamMembers.teamId, [...teamIds])));
}

/** Round-robin bookkeeping: the member just got a case. */
export async function markAssigned(db: Db, teamId: string, userId: string, at: Date): Promise<void> {
  await db
    .update(teamMembers)
    .set({ lastAssignedAt: at })
    .where(and(eq(teamMembers.teamId, teamId), eq(teamMembers.userId, userId)));
}

export async function insertTeam(
  db: Db,
  row: Pick<
    typeof teams.$inferInsert,
    'organizationId' | 'name' | 'leadUserId' | 'calendar' | 'isRoundRobin'
  >,
): Promise<TeamRow> {
  const [created] = await db.insert(teams).values(row).returning();
  if (!created) throw new Error('insert into teams returned no row');
  return created;
}

export async function setTeamMembers(
  db: Db,
  organizationId: string,
  teamId: string,
  userIds: readonly string[],
): Promise<void> {
  await db.delete(teamMembers).where(eq(teamMembers.teamId, teamId));
  if (userIds.length > 0)
    await db.insert(teamMembers).values(userIds.map((userId) => ({ teamId, userId, organizationId })));
}

/** Names and addresses of people by id (notification mails, event actors). */
export async function findPeople(db: Db, userIds: readonly string[]) {
  if (userIds.length === 0) return [];
  return db
    .select({ id: user.id, name: user.name, email: user.email })
    .from(user)
    .where(inArray(user.id, [...userIds]));
}

/** The organization's owners and admins: the last escalation level notifies them. */
export async function findAdmins(db: Db, organizationId: string): Promise<string[]> {
  const rows = await db
    .select({ userId: member.userId })
    .from(member)
    .where(and(eq(member.organizationId, organizationId), inArray(member.role, ['owner', 'admin'])));
  return rows.map((r) => r.userId);
}
