/** A person who can take a case, with when they last got one (round-robin order). */
export interface AssignableAgent {
  userId: string;
  email: string;
  name: string;
  lastAssignedAt: Date | null;
}

export interface AssignmentInput {
  /** The contact's account owner as the organization's data names them: a member's e-mail, name or user id. */
  accountOwner: string | null;
  /** Everyone in the organization who works cases. */
  agents: readonly AssignableAgent[];
  /** The case's team's members (a subset of agents), empty when the case has no team. */
  teamMembers: readonly AssignableAgent[];
  /** Round-robin within the team; off: the case waits in the team's queue. */
  roundRobin: boolean;
}

export type AssignmentVia = 'account-owner' | 'round-robin' | 'queue';

const norm = (s: string) => s.trim().toLowerCase();

/**
 * Who gets a new case: the contact's account owner when they work cases here, else the team
 * member who waited longest for a case (never assigned first, ties by user id so the choice is
 * deterministic), else nobody — the case waits in the team's queue.
 */
export function chooseAssignee(i: AssignmentInput): { assigneeId: string | null; via: AssignmentVia } {
  if (i.accountOwner) {
    const owner = norm(i.accountOwner);
    const match = i.agents.find(
      (a) => norm(a.email) === owner || a.userId === i.accountOwner || norm(a.name) === owner,
    );
    if (match) return { assigneeId: match.userId, via: 'account-owner' };
  }
  if (i.roundRobin && i.teamMembers.length > 0) {
    const next = [...i.teamMembers].sort((a, b) => {
      const ta = a.lastAssignedAt?.getTime() ?? -Infinity;
      const tb = b.lastAssignedAt?.getTime() ?? -Infinity;
      return ta !== tb ? ta - tb : a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0;
    })[0];
    if (next) return { assigneeId: next.userId, via: 'round-robin' };
  }
  return { assigneeId: null, via: 'queue' };
}
