import type { BusinessCalendar } from '../../../domain/cases/business-calendar.js';
import { caseSla, type CaseSla } from '../../../domain/cases/case-sla.js';
import { raisePriority, type CasePriority } from '../../../domain/cases/priority.js';
import type { CaseEvent, CaseStatus } from '../../../domain/cases/sla-clock.js';
import type { Db } from '../../db/client.js';
import { findAdmins, findTeam, findTeams, type TeamRow } from './agents.repo.js';
import {
  findSlaEvents,
  findSlaEventsOfCases,
  insertCaseEvents,
  type NewCaseEvent,
  type SlaEventRow,
} from './case-events.repo.js';
import type { CaseTx } from './case-tx.js';
import { updateCasesSla, type CaseRow, type CaseSlaColumns } from './cases.repo.js';
import type { FollowUpSettings } from './follow-up-settings.js';
import { notifyCases, type CaseNotice } from './notify-case.js';

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

const slaOf = (
  org: OrgContext,
  c: CaseRow,
  events: readonly SlaEventRow[],
  team: TeamRow | null,
  now: Date,
) => {
  const calendar: BusinessCalendar = team?.calendar ?? org.settings.calendar;
  const sla = caseSla(
    toSlaEvents(events),
    org.settings.sla,
    calendar,
    c.channel,
    c.priority as CasePriority,
    now,
  );
  return { sla, team, calendar };
};

/** A case's clocks on `now`, from its log and the settings as they are now; writes nothing. */
export async function computeCaseSla(db: Db, org: OrgContext, c: CaseRow, now: Date) {
  const team = c.teamId ? await findTeam(db, c.organizationId, c.teamId) : null;
  return slaOf(org, c, await findSlaEvents(db, c.organizationId, c.id), team, now);
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
  const [refreshed] = await refreshCasesSla(cx, org, [c]);
  if (!refreshed) throw new Error(`case ${c.id}: no SLA refreshed`);
  return refreshed;
}

/**
 * `refreshCaseSla` for many cases of one organization at once (the SLA tick's chunk, the cases
 * stage's batch): one read of the teams and of the cases' logs, one insert of the new events,
 * notifications and mails, one update of the cases — a few statements however many cases.
 * `alsoTell`: the caller's own notices about these cases, written with the refresh's.
 */
export async function refreshCasesSla(
  cx: CaseTx,
  org: OrgContext,
  rows: readonly CaseRow[],
  alsoTell: readonly CaseNotice[] = [],
): Promise<{ row: CaseRow; sla: CaseSla }[]> {
  const first = rows[0];
  if (!first) {
    await notifyCases(cx, alsoTell);
    return [];
  }
  const organizationId = first.organizationId;
  if (rows.some((c) => c.organizationId !== organizationId))
    throw new Error('refreshCasesSla: the cases belong to more than one organization');
  const teams = rows.some((c) => c.teamId)
    ? new Map((await findTeams(cx.db, organizationId)).map((t) => [t.id, t]))
    : new Map<string, TeamRow>();
  const logs = await findSlaEventsOfCases(
    cx.db,
    organizationId,
    rows.map((c) => c.id),
  );
  let admins: Promise<string[]> | null = null;
  const newEvents: NewCaseEvent[] = [];
  const notices: CaseNotice[] = [...alsoTell];
  const updates: { id: string; organizationId: string; set: CaseSlaColumns }[] = [];
  const out: { row: CaseRow; sla: CaseSla }[] = [];
  // Cases with the same log, channel, priority and calendar have the same clocks: a batch of
  // new cases (all opened now) computes them once instead of walking the calendar for each.
  const computed = new Map<string, ReturnType<typeof slaOf>>();
  for (const c of rows) {
    const team = (c.teamId && teams.get(c.teamId)) || null;
    const log = logs.get(c.id) ?? [];
    const key = JSON.stringify([c.channel, c.priority, team?.id ?? null, log]);
    const { sla, calendar } = computed.get(key) ?? slaOf(org, c, log, team, cx.now);
    if (!computed.has(key)) computed.set(key, { sla, team, calendar });
    const due = sla.nextDueAt ? { due: { at: sla.nextDueAt, timeZone: calendar.timeZone } } : {};
    const notice = { caseRow: c, language: org.language, orgName: org.orgName };
    const base = { caseId: c.id, organizationId, at: cx.now, author: 'automation' };
    const open = c.status !== 'resolved' && c.status !== 'closed';
    if (open && sla.isWarning && !c.isSlaWarned && !sla.isBreached) {
      newEvents.push({ ...base, type: 'warned', data: { dueAt: sla.nextDueAt?.toISOString() ?? null } });
      notices.push({
        ...notice,
        kind: 'case.warned',
        details: due,
        userIds: [c.assigneeId],
        data: { dueAt: sla.nextDueAt?.toISOString() ?? null },
      });
    }
    if (open && sla.overdueMs > 0 && !c.isSlaBreached) {
      const late = sla.clocks.find((k) => k.state === 'breached' && !k.isStopped);
      newEvents.push({ ...base, type: 'breached', data: late ? { metric: late.metric } : {} });
      notices.push({ ...notice, kind: 'case.breached', userIds: [c.assigneeId, team?.leadUserId ?? null] });
    }
    let priority = c.priority as CasePriority;
    let level = c.escalationLevel;
    while (open && sla.escalationLevel > level) {
      level += 1;
      priority = raisePriority(priority);
      newEvents.push({ ...base, type: 'escalated', data: { level, reason: 'sla', priority } });
      const to =
        level === 1 && team?.leadUserId
          ? [team.leadUserId]
          : await (admins ??= findAdmins(cx.db, organizationId));
      notices.push({
        ...notice,
        kind: 'case.escalated',
        details: { escalation: { level, byCustomer: false, reason: null } },
        userIds: [...to, c.assigneeId],
        data: { level, reason: 'sla' },
      });
    }
    const set: CaseSlaColumns = {
      priority,
      escalationLevel: level,
      isSlaBreached: sla.isBreached,
      isSlaWarned: sla.isWarning,
      firstResponseMet: stoppedMet(sla, 'firstResponse'),
      resolutionMet: stoppedMet(sla, 'resolution'),
      slaDueAt: sla.overdueSince ?? sla.nextDueAt,
      slaNextCheckAt: open ? sla.nextCheckAt : null,
      updatedAt: cx.now,
    };
    updates.push({ id: c.id, organizationId, set });
    out.push({ row: { ...c, ...set }, sla });
  }
  await notifyCases(cx, notices);
  await insertCaseEvents(cx.db, newEvents);
  await updateCasesSla(cx.db, updates);
  return out;
}
