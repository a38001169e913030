import { raisePriority, type CasePriority } from '../../../domain/cases/priority.js';
import { AppError } from '../../common/app-error.js';
import { findAdmins, findTeam } from './agents.repo.js';
import { insertCaseEvents } from './case-events.repo.js';
import { changeCase, type CaseDeps } from './change-case.js';
import { updateCase, type CaseRow } from './cases.repo.js';
import { notifyCase } from './notify-case.js';

/** Why a customer's escalation is refused: the case is resolved or closed, or they escalated already. */
export type CustomerEscalationRefusal = 'not-open' | 'already-escalated';

export type CustomerEscalationOutcome =
  | { kind: 'escalated'; caseNumber: number; level: number }
  | { kind: 'refused'; reason: CustomerEscalationRefusal };

/** Whether the customer may escalate the case now; null: they may. */
export function customerEscalationRefusal(
  c: Pick<CaseRow, 'status' | 'customerEscalatedAt'>,
): CustomerEscalationRefusal | null {
  if (c.status === 'resolved' || c.status === 'closed') return 'not-open';
  if (c.customerEscalatedAt) return 'already-escalated';
  return null;
}

/**
 * The customer's "not solved? escalate" (one POST from the case page): only while the case is
 * open and only once, so it cannot be used to spam. Raises the escalation level and the priority
 * a step, logs the reason, and tells the team lead (or, without one, the owners and admins) and
 * the assignee. A refused escalation writes nothing.
 */
export async function escalateByCustomer(
  deps: CaseDeps,
  organizationId: string,
  caseId: string,
  reason: string,
): Promise<CustomerEscalationOutcome> {
  const result: { outcome?: CustomerEscalationOutcome } = {};
  try {
    await changeCase(deps, organizationId, caseId, async (cx, org, c) => {
      // Checked under the case's lock: two quick POSTs cannot both escalate.
      const refusal = customerEscalationRefusal(c);
      if (refusal) {
        result.outcome = { kind: 'refused', reason: refusal };
        // Thrown to roll back: a refused escalation must not even touch the SLA columns.
        throw new AppError('CONFLICT', 'The case cannot be escalated');
      }
      const level = c.escalationLevel + 1;
      const priority = raisePriority(c.priority as CasePriority);
      await insertCaseEvents(cx.db, [
        {
          caseId: c.id,
          organizationId,
          at: cx.now,
          type: 'customer-escalated',
          author: 'customer',
          body: reason,
          data: { level, priority, from: c.priority },
        },
      ]);
      const updated = await updateCase(cx.db, organizationId, c.id, {
        customerEscalatedAt: cx.now,
        escalationLevel: level,
        priority,
        updatedAt: cx.now,
      });
      const team = c.teamId ? await findTeam(cx.db, organizationId, c.teamId) : null;
      const leads = team?.leadUserId ? [team.leadUserId] : await findAdmins(cx.db, organizationId);
      await notifyCase(cx, {
        kind: 'case.escalated',
        caseRow: updated,
        userIds: [...leads, c.assigneeId],
        language: org.language,
        orgName: org.orgName,
        details: { escalation: { level, byCustomer: true, reason } },
        data: { level, reason: 'customer', byCustomer: true },
      });
      result.outcome = { kind: 'escalated', caseNumber: c.number, level };
      return updated;
    });
  } catch (err) {
    if (result.outcome?.kind === 'refused') return result.outcome;
    throw err;
  }
  if (!result.outcome) throw new Error('the escalation was not recorded');
  return result.outcome;
}
