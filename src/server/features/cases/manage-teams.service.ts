import type { BusinessCalendar } from '../../../domain/cases/business-calendar.js';
import { DEFAULT_CALENDAR } from '../../../domain/cases/sla-settings.js';
import type { TTeam, TTeamCreate, TTeamList, TTeamPatch } from '../../../shared/contracts/follow-up.js';
import type { ErrorDetail } from '../../../shared/errors.js';
import { can, isRole } from '../../../shared/roles.js';
import { AppError, notFound } from '../../common/app-error.js';
import type { Db } from '../../db/client.js';
import { isUniqueViolation } from '../../db/pg-errors.js';
import { findTeams, insertTeam, type TeamRow } from './agents.repo.js';
import { businessCalendarDto, calendarErrors, toBusinessCalendar } from './business-calendar-input.js';
import { findCaseSettings, saveCaseSettings } from './case-settings.repo.js';
import {
  deleteTeam as deleteTeamRow,
  findOrgMemberRoles,
  findTeamMemberships,
  inTransaction,
  replaceTeamMembers,
  updateTeam as updateTeamRow,
} from './teams.repo.js';

interface Deps {
  db: Db;
  now: () => Date;
}

const invalid = (details: ErrorDetail[]) => {
  const first = details[0];
  return new AppError(
    'VALIDATION_FAILED',
    first ? `${first.field}: ${first.message}` : 'invalid team',
    details,
  );
};

function teamDto(row: TeamRow, memberIds: readonly string[]): TTeam {
  return {
    id: row.id,
    name: row.name,
    leadUserId: row.leadUserId,
    memberIds: [...memberIds],
    calendar: row.calendar ? businessCalendarDto(row.calendar) : null,
    isRoundRobin: row.isRoundRobin,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The organization's teams with their members, and the calendar a team without its own works. */
export async function listTeams(deps: Deps, organizationId: string): Promise<TTeamList> {
  const [rows, memberships] = await Promise.all([
    findTeams(deps.db, organizationId),
    findTeamMemberships(deps.db, organizationId),
  ]);
  const byTeam = new Map<string, string[]>();
  for (const m of memberships) byTeam.set(m.teamId, [...(byTeam.get(m.teamId) ?? []), m.userId]);
  return {
    teams: rows.map((r) => teamDto(r, byTeam.get(r.id) ?? [])),
    defaultCalendar: businessCalendarDto(DEFAULT_CALENDAR),
  };
}

/**
 * Checks the people and the calendar of a team: members must be the organization's people who
 * work cases, the lead any member of it (a lead may only watch), the calendar one the clocks can
 * run on. Another organization's people are refused like unknown ids.
 */
async function checkTeam(
  db: Db,
  organizationId: string,
  t: { leadUserId?: string | null; memberIds?: readonly string[]; calendar?: BusinessCalendar | null },
): Promise<void> {
  const ids = [...(t.memberIds ?? []), ...(t.leadUserId ? [t.leadUserId] : [])];
  const roles = new Map(
    (await findOrgMemberRoles(db, organizationId, ids)).map((m) => [m.userId, m.role] as const),
  );
  const details: ErrorDetail[] = [];
  if (t.leadUserId && !roles.has(t.leadUserId))
    details.push({ field: 'body.leadUserId', message: 'is not a member of this organization' });
  (t.memberIds ?? []).forEach((id, i) => {
    const role = roles.get(id);
    if (!isRole(role) || !can(role, 'cases.work'))
      details.push({
        field: `body.memberIds.${i}`,
        message: 'is not a member of this organization who works cases (owner, admin, agent)',
      });
  });
  if (t.calendar) details.push(...calendarErrors(t.calendar, 'body.calendar'));
  if (details.length > 0) throw invalid(details);
}

const nameTaken = (err: unknown): never => {
  if (isUniqueViolation(err))
    throw new AppError('CONFLICT', 'A team with this name exists already', [
      { field: 'body.name', message: 'is the name of another team' },
    ]);
  throw err;
};

export async function createTeam(deps: Deps, organizationId: string, input: TTeamCreate): Promise<TTeam> {
  const calendar = input.calendar ? toBusinessCalendar(input.calendar) : null;
  const memberIds = input.memberIds;
  await checkTeam(deps.db, organizationId, { leadUserId: input.leadUserId, memberIds, calendar });
  const row = await inTransaction(deps.db, async (tx) => {
    const created = await insertTeam(tx, {
      organizationId,
      name: input.name,
      leadUserId: input.leadUserId,
      calendar,
      isRoundRobin: input.isRoundRobin,
    });
    await replaceTeamMembers(tx, organizationId, created.id, memberIds);
    return created;
  }).catch(nameTaken);
  return teamDto(row, memberIds);
}

/** Changes what the patch names; open cases of the team read a changed calendar on their next look. */
export async function updateTeam(
  deps: Deps,
  organizationId: string,
  teamId: string,
  patch: TTeamPatch,
): Promise<TTeam> {
  const calendar =
    patch.calendar === undefined ? undefined : patch.calendar && toBusinessCalendar(patch.calendar);
  await checkTeam(deps.db, organizationId, {
    ...(patch.leadUserId !== undefined ? { leadUserId: patch.leadUserId } : {}),
    ...(patch.memberIds !== undefined ? { memberIds: patch.memberIds } : {}),
    ...(calendar !== undefined ? { calendar } : {}),
  });
  await inTransaction(deps.db, async (tx) => {
    const row = await updateTeamRow(tx, organizationId, teamId, {
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.leadUserId !== undefined ? { leadUserId: patch.leadUserId } : {}),
      ...(calendar !== undefined ? { calendar } : {}),
      ...(patch.isRoundRobin !== undefined ? { isRoundRobin: patch.isRoundRobin } : {}),
    });
    if (!row) throw notFound('team');
    if (patch.memberIds !== undefined) await replaceTeamMembers(tx, organizationId, teamId, patch.memberIds);
  }).catch(nameTaken);
  const team = (await listTeams(deps, organizationId)).teams.find((t) => t.id === teamId);
  if (!team) throw notFound('team');
  return team;
}

/**
 * Deletes a team. Its cases stay, without a team (the foreign key sets null), and so does the
 * default team setting; rules that sent cases to it send them to the default team from now on.
 */
export async function deleteTeam(deps: Deps, organizationId: string, teamId: string): Promise<void> {
  await inTransaction(deps.db, async (tx) => {
    if (!(await deleteTeamRow(tx, organizationId, teamId))) throw notFound('team');
    const settings = await findCaseSettings(tx, organizationId);
    if (settings?.rules?.some((r) => r.teamId === teamId))
      await saveCaseSettings(
        tx,
        organizationId,
        { rules: settings.rules.map((r) => (r.teamId === teamId ? { ...r, teamId: null } : r)) },
        deps.now(),
      );
  });
}
