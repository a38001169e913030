import type { TCasePatch } from '../../../shared/contracts/cases.js';
import { invalidField } from '../../common/app-error.js';
import { checkAssignee, checkTeam } from './check-case-targets.js';
import { insertCaseEvents, type NewCaseEvent } from './case-events.repo.js';
import { changeCase, type CaseDeps } from './change-case.js';
import { updateCase, type CaseRow } from './cases.repo.js';
import { notifyCase } from './notify-case.js';
import { planRecoverySurvey } from './plan-recovery-survey.js';

/**
 * PATCH a case: status (closing needs a root cause and an action from the organization's lists,
 * so the outer loop can count them; reopening clears the resolution; the first resolution plans the
 * recovery re-survey), priority, assignee, team.
 * Each change is an event in the log, written by the acting person.
 */
export function updateCaseFor(
  deps: CaseDeps,
  organizationId: string,
  actorUserId: string | null,
  id: string,
  patch: TCasePatch,
) {
  return changeCase(deps, organizationId, id, async (cx, org, c) => {
    const set: Partial<CaseRow> = {};
    const events: NewCaseEvent[] = [];
    const ev = (type: string, data: Record<string, unknown>) =>
      events.push({
        caseId: c.id,
        organizationId,
        at: cx.now,
        type,
        author: actorUserId ? 'person' : 'automation',
        actorUserId,
        data,
      });
    if (patch.rootCause !== undefined) {
      if (!org.settings.rootCauses.includes(patch.rootCause))
        throw invalidField('body.rootCause', `must be one of ${org.settings.rootCauses.join(', ')}`);
      set.rootCause = patch.rootCause;
    }
    if (patch.action !== undefined) {
      if (!org.settings.actions.includes(patch.action))
        throw invalidField('body.action', `must be one of ${org.settings.actions.join(', ')}`);
      set.action = patch.action;
    }
    if (patch.status !== undefined && patch.status !== c.status) {
      if (patch.status === 'closed') {
        if (!(set.rootCause ?? c.rootCause))
          throw invalidField('body.rootCause', 'is required to close a case');
        if (!(set.action ?? c.action)) throw invalidField('body.action', 'is required to close a case');
        set.closedAt = cx.now;
        set.resolvedAt = c.resolvedAt ?? cx.now;
      } else if (patch.status === 'resolved') {
        set.resolvedAt = cx.now;
        set.closedAt = null;
      } else {
        set.resolvedAt = null;
        set.closedAt = null;
      }
      set.status = patch.status;
      ev('status', { status: patch.status, from: c.status });
    }
    if (patch.priority !== undefined && patch.priority !== c.priority) {
      set.priority = patch.priority;
      ev('priority', { priority: patch.priority, from: c.priority });
    }
    if (patch.teamId !== undefined && patch.teamId !== c.teamId) {
      if (patch.teamId !== null) await checkTeam(cx.db, organizationId, patch.teamId);
      set.teamId = patch.teamId;
      ev('assigned', { teamId: patch.teamId, assigneeId: c.assigneeId, via: 'manual' });
    }
    if (patch.assigneeId !== undefined && patch.assigneeId !== c.assigneeId) {
      if (patch.assigneeId !== null) await checkAssignee(cx.db, organizationId, patch.assigneeId);
      set.assigneeId = patch.assigneeId;
      ev('assigned', { assigneeId: patch.assigneeId, teamId: set.teamId ?? c.teamId, via: 'manual' });
      if (patch.assigneeId !== actorUserId)
        await notifyCase(cx, {
          kind: 'case.assigned',
          caseRow: c,
          userIds: [patch.assigneeId],
          language: org.language,
          orgName: org.orgName,
          data: { by: actorUserId, via: 'manual' },
        });
    }
    await insertCaseEvents(cx.db, events);
    if (Object.keys(set).length === 0) return c;
    const updated = await updateCase(cx.db, organizationId, c.id, { ...set, updatedAt: cx.now });
    return set.status === 'resolved' || set.status === 'closed'
      ? planRecoverySurvey(cx, org, updated)
      : updated;
  });
}
