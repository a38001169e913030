import type { BusinessCalendar } from '../../../domain/cases/business-calendar.js';
import { caseSla, type CaseSla } from '../../../domain/cases/case-sla.js';
import { raisePriority, type CasePriority } from '../../../domain/cases/priority.js';
import type { CaseEvent, CaseStatus } from '../../../domain/cases/sla-clock.js';
import type { Db } from '../../db/client.js';
import { findAdmins, findTeam } from './agents.repo.js';
import { findSlaEvents, insertCaseEvents } from './case-events.repo.js';
import type { CaseTx } from './case-tx.js';
import { updateCase, type CaseRow } from './cases.repo.js';
import type { FollowUpSettings } from './follow-up-settings.js';
import { notifyCase } from './notify-case.js';

type SlaEventRow = Awaited<ReturnType<typeof findSlaEvents>>[number];

/** The log as the SLA clocks read it: only the events that start, stop or pause a clock. */
export function toSlaEvents(rows: readonly SlaEventRow[]): CaseEvent[] {
  const out: CaseEvent[] = [];
  for (const r of rows) {
    if (r.type === 'opened') out.push({ at: r.at, type: 'opened' });
    else if (r.type === 'status') out.push({ at: r.at, type: 'status', status: r.data.status as CaseStatus });
    else if (r.type === 'reply')
      out.push({ at: r.at, type: 'reply', author: r.author === 'person' ? 'person' : 'automation' });
    else if (r.type === 'customer-message') out.push({ at: r.at, type: 'customer-message' });
  }
  return out;
}

export interface OrgContext {
  settings: FollowUpSettings;
  language: string;
  orgName: string;
}

/** Whether a metric's clock ended in time; null while it runs or when the case has no such target. */
function stoppedMet(sla: CaseSla, metric: 'firstResponse' | 'resolution'): boolean | null {
  const clock = sla.clocks.find((c) => c.metric === metric);
  return clock?.isStopped ? clock.state === 'met' : null;
}

/** A case's clocks on `now`, from its log and the settings as they are now; writes nothing. */
export async function computeCaseSla(db: Db, org: OrgContext, c: CaseRow, now: Date) {
  const team = c.teamId ? await findTeam(db, c.organizationId, c.teamId) : null;
  const calendar: BusinessCalendar = team?.calendar ?? org.settings.calendar;
  const events = toSlaEvents(await findSlaEvents(db, c.organizationId, c.id));
  const sla = caseSla(events, org.settings.sla, calendar, c.channel, c.priority as CasePriority, now);
  return { sla, team, calendar };
}

/**
 * Recomputes a case's clocks from its log on `cx.now` and acts on what changed since it last
 * looked: a clock passing its warning share warns the assignee, a breach tells the assignee and
 * the team lead, and each escalation level reached (lead, then admins) raises the priority a step.
 * Stores the columns the list and the tick read, and when to look again.
 */
export async function refreshCaseSla(
  cx: CaseTx,
  org: OrgContext,
  c: CaseRow,
): Promise<{ row: CaseRow; sla: CaseSla }> {
  const { sla, team, calendar } = await computeCaseSla(cx.db, org, c, cx.now);
  const due = sla.nextDueAt ? { due: { at: sla.nextDueAt, timeZone: calendar.timeZone } } : {};
  const notice = { caseRow: c, language: org.language, orgName: org.orgName };
  const newEvents: Parameters<typeof insertCaseEvents>[1][number][] = [];
  const base = { caseId: c.id, organizationId: c.organizationId, at: cx.now, author: 'automation' };
  const open = c.status !== 'resolved' && c.status !== 'closed';
  if (open && sla.isWarning && !c.isSlaWarned && !sla.isBreached) {
    newEvents.push({ ...base, type: 'warned', data: { dueAt: sla.nextDueAt?.toISOString() ?? null } });
    await notifyCase(cx, {
      ...notice,
      kind: 'case.warned',
      details: due,
      userIds: [c.assigneeId],
      data: { dueAt: sla.nextDueAt?.toISOString() ?? null },
    });
  }
  if (open && sla.overdueMs > 0 && !c.isSlaBreached) {
    newEvents.push({ ...base, type: 'breached', data: {} });
    await notifyCase(cx, {
      ...notice,
      kind: 'case.breached',
      userIds: [c.assigneeId, team?.leadUserId ?? null],
    });
  }
  let priority = c.priority as CasePriority;
  let level = c.escalationLevel;
  while (open && sla.escalationLevel > level) {
    level += 1;
    priority = raisePriority(priority);
    newEvents.push({ ...base, type: 'escalated', data: { level, reason: 'sla', priority } });
    const to =
      level === 1 && team?.leadUserId ? [team.leadUserId] : await findAdmins(cx.db, c.organizationId);
    await notifyCase(cx, {
      ...notice,
      kind: 'case.escalated',
      details: { escalation: { level, byCustomer: false, reason: null } },
      userIds: [...to, c.assigneeId],
      data: { level, reason: 'sla' },
    });
  }
  await insertCaseEvents(cx.db, newEvents);
  const row = await updateCase(cx.db, c.organizationId, c.id, {
    priority,
    escalationLevel: level,
    isSlaBreached: sla.isBreached,
    isSlaWarned: sla.isWarning,
    firstResponseMet: stoppedMet(sla, 'firstResponse'),
    resolutionMet: stoppedMet(sla, 'resolution'),
    slaDueAt: sla.overdueSince ?? sla.nextDueAt,
    slaNextCheckAt: open ? sla.nextCheckAt : null,
    updatedAt: cx.now,
  });
  return { row, sla };
}
