import { invalidField } from '../../common/app-error.js';
import type { Db } from '../../db/client.js';
import { findAgents, findTeam } from './agents.repo.js';

/** Refuses a team id that is not one of the organization's teams (400 naming `body.teamId`). */
export async function checkTeam(db: Db, organizationId: string, teamId: string): Promise<void> {
  if (!(await findTeam(db, organizationId, teamId)))
    throw invalidField('body.teamId', 'is not a team of this organization');
}

/** Refuses an assignee who is not a member of the organization working cases (400 naming `body.assigneeId`). */
export async function checkAssignee(db: Db, organizationId: string, userId: string): Promise<void> {
  if (!(await findAgents(db, organizationId)).some((a) => a.userId === userId))
    throw invalidField('body.assigneeId', 'is not a member of this organization who works cases');
}
