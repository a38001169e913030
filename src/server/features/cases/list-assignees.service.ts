import type { TCaseAssignees } from '../../../shared/contracts/cases.js';
import type { Db } from '../../db/client.js';
import { findAgents, findTeams } from './agents.repo.js';

/** Who and which team a case can go to: the assignee and team pickers. */
export async function listAssignees(deps: { db: Db }, organizationId: string): Promise<TCaseAssignees> {
  const [agents, teams] = await Promise.all([
    findAgents(deps.db, organizationId),
    findTeams(deps.db, organizationId),
  ]);
  return {
    people: agents.map((a) => ({ id: a.userId, name: a.name, email: a.email })),
    teams: teams.map((t) => ({ id: t.id, name: t.name })),
  };
}
