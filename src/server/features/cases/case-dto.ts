import type { CaseSla } from '../../../domain/cases/case-sla.js';
import { slaTargetsFor } from '../../../domain/cases/sla-settings.js';
import type { CasePriority } from '../../../domain/cases/priority.js';
import type { TCaseDetail, TCaseStatus, TCaseSummary, TSlaClock } from '../../../shared/contracts/cases.js';
import { iso } from '../../common/iso.js';
import { analysisDto } from '../text/analysis-dto.js';
import type { ItemVerdicts } from '../text/tag-verdicts.repo.js';
import type { findCaseEvents, findCaseItems } from './case-events.repo.js';
import type { CaseListRow, findContactCases } from './cases.repo.js';
import type { FollowUpSettings } from './follow-up-settings.js';

const minutes = (ms: number) => Math.round(ms / 60_000);

/** A row of the list: the stored SLA columns (the detail recomputes them). */
export function caseSummaryDto(r: CaseListRow): TCaseSummary {
  const c = r.case;
  return {
    id: c.id,
    number: c.number,
    subject: c.subject,
    status: c.status as TCaseStatus,
    priority: c.priority as CasePriority,
    channel: c.channel,
    topic: c.topic,
    origin: c.origin as TCaseSummary['origin'],
    contact: r.contact ? { id: r.contact.id, name: r.contact.name, email: r.contact.email } : null,
    assignee: r.assignee ? { id: r.assignee.id, name: r.assignee.name, email: r.assignee.email } : null,
    team: r.team ? { id: r.team.id, name: r.team.name } : null,
    escalationLevel: c.escalationLevel,
    openedAt: c.openedAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    sla: { dueAt: iso(c.slaDueAt), isBreached: c.isSlaBreached, isWarning: c.isSlaWarned },
  };
}

export function caseDetailDto(
  r: CaseListRow,
  sla: CaseSla,
  settings: FollowUpSettings,
  items: Awaited<ReturnType<typeof findCaseItems>>,
  events: Awaited<ReturnType<typeof findCaseEvents>>,
  contactCases: Awaited<ReturnType<typeof findContactCases>>,
  verdicts: ReadonlyMap<string, ItemVerdicts> = new Map(),
): TCaseDetail {
  const c = r.case;
  // Per metric: a row may count resolution in business hours and answers around the clock.
  const targets = slaTargetsFor(settings.sla, c.channel, c.priority as CasePriority);
  const businessHoursOf = (metric: string) =>
    targets.find((t) => t.metric === metric)?.businessHours ?? false;
  const clocks: TSlaClock[] = sla.clocks.map((k) => ({
    metric: k.metric,
    state: k.state,
    targetMinutes: minutes(k.targetMs),
    elapsedMinutes: minutes(k.elapsedMs),
    remainingMinutes: minutes(k.remainingMs),
    dueAt: iso(k.dueAt ?? (k.isStopped ? null : k.breachedAt)),
    isWarning: k.warning,
    businessHours: businessHoursOf(k.metric),
  }));
  return {
    ...caseSummaryDto(r),
    // Computed now from the log and the current policy and calendar, not the stored columns.
    sla: {
      dueAt: iso(sla.overdueSince ?? sla.nextDueAt),
      isBreached: sla.isBreached,
      isWarning: sla.isWarning,
    },
    rootCause: c.rootCause,
    action: c.action,
    customerEscalatedAt: iso(c.customerEscalatedAt),
    firstResponseAt: iso(c.firstResponseAt),
    resolvedAt: iso(c.resolvedAt),
    closedAt: iso(c.closedAt),
    externalRef: c.externalRef,
    items: items.map(({ analysis, ...i }) => ({
      ...i,
      analysis: analysisDto(analysis, verdicts.get(i.id)),
      occurredAt: i.occurredAt.toISOString(),
      joinedAt: i.joinedAt.toISOString(),
    })),
    events: events.map((e) => ({
      id: e.event.id,
      at: e.event.at.toISOString(),
      type: e.event.type,
      author: e.event.author as 'person' | 'automation' | 'customer',
      actor: e.actor,
      body: e.event.body,
      data: e.event.data,
      delivery: e.delivery,
    })),
    clocks,
    contactCases: contactCases.map((k) => ({
      ...k,
      status: k.status as TCaseStatus,
      openedAt: k.openedAt.toISOString(),
    })),
    rootCauses: [...settings.rootCauses],
    actions: [...settings.actions],
  };
}
