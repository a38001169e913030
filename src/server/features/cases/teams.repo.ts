import { and, asc, eq, inArray, notInArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { member, teamMembers, teams } from '../../db/schema/index.js';
import type { TeamRow } from './agents.repo.js';

export { inTransaction } from '../../db/in-transaction.js';

/** Every team membership of the organization, for the team list. */
export async function findTeamMemberships(db: Db, organizationId: string) {
  return db
    .select({ teamId: teamMembers.teamId, userId: teamMembers.userId })
    .from(teamMembers)
    .where(eq(teamMembers.organizationId, organizationId))
    .orderBy(asc(teamMembers.userId));
}

/** The ids among `userIds` that belong to the organization, with their roles. */
export async function findOrgMemberRoles(db: Db, organizationId: string, userIds: readonly string[]) {
  if (userIds.length === 0) return [];
  return db
    .select({ userId: member.userId, role: member.role })
    .from(member)
    .where(and(eq(member.organizationId, organizationId), inArray(member.userId, [...userIds])));
}

export async function updateTeam(
  db: Db,
  organizationId: string,
  teamId: string,
  patch: Partial<Pick<typeof teams.$inferInsert, 'name' | 'leadUserId' | 'calendar' | 'isRoundRobin'>>,
): Promise<TeamRow | null> {
  if (Object.keys(patch).length === 0) {
    const [row] = await db
      .select()
      .from(teams)
      .where(and(eq(teams.organizationId, organizationId), eq(teams.id, teamId)));
    return row ?? null;
  }
  const [row] = await db
    .update(teams)
    .set(patch)
    .where(and(eq(teams.organizationId, organizationId), eq(teams.id, teamId)))
    .returning();
  return row ?? null;
}

/**
 * Makes the team's members exactly `userIds`. Members who stay keep their round-robin place
 * (`last_assigned_at`), so editing a team does not hand the next case to someone who just had one.
 */
export async function replaceTeamMembers(
  db: Db,
  organizationId: string,
  teamId: string,
  userIds: readonly string[],
): Promise<void> {
  const gone = and(eq(teamMembers.organizationId, organizationId), eq(teamMembers.teamId, teamId));
  await db
    .delete(teamMembers)
    .where(userIds.length > 0 ? and(gone, notInArray(teamMembers.userId, [...userIds])) : gone);
  if (userIds.length > 0)
    await db
      .insert(teamMembers)
      .values(userIds.map((userId) => ({ teamId, userId, organizationId })))
      .onConflictDoNothing();
}

export async function deleteTeam(db: Db, organizationId: string, teamId: string): Promise<boolean> {
  const rows = await db
    .delete(teams)
    .where(and(eq(teams.organizationId, organizationId), eq(teams.id, teamId)))
    .returning({ id: teams.id });
  return rows.length > 0;
}

/** Which of `teamIds` are the organization's. */
export async function findOwnTeamIds(
  db: Db,
  organizationId: string,
  teamIds: readonly string[],
): Promise<Set<string>> {
  if (teamIds.length === 0) return new Set();
  const rows = await db
    .select({ id: teams.id })
    .from(teams)
    .where(and(eq(teams.organizationId, organizationId), inArray(teams.id, [...teamIds])));
  return new Set(rows.map((r) => r.id));
}
