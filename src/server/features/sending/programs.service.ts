import { spreadRecurring } from '../../../domain/rules/spread-recurring.js';
import { eventsByIds } from '../events/events.repo.js';
import { DAY_MS } from '../../../domain/rules/instant.js';
import { triggeredSendAt } from '../../../domain/rules/triggered-send-at.js';
import type {
  TCreateSend,
  TFunnel,
  TInvitation,
  TSurveySend,
  TSurveySendList,
  SkipReason,
} from '../../../shared/contracts/sending.js';
import { notFound } from '../../common/app-error.js';
import { iso } from '../../common/iso.js';
import { decodeCursor, encodeCursor } from '../feedback/batch-entries.js';
import { findSegment } from '../segments/segments.repo.js';
import { contactsByIds, inTransaction, insertSend, surveyWithVersion } from './invitations.repo.js';
import { planInvitations, type PlanDeps } from './plan-invitations.js';
import { liveSurvey, type SendDeps } from './send-survey.service.js';
import * as repo from './sends.repo.js';
import { loadSendingSettings } from './sending-settings.service.js';

function toFunnel(c: repo.FunnelCounts | undefined, isOpenTracking: boolean): TFunnel {
  const f = c ?? {
    invited: 0,
    sent: 0,
    delivered: 0,
    bounced: 0,
    opened: 0,
    clicked: 0,
    answered: 0,
    unsubscribed: 0,
    throttled: 0,
    skipped: 0,
    held: 0,
    reminded: 0,
  };
  return { ...f, opened: isOpenTracking ? f.opened : null };
}

function toDto(row: repo.SendRow, funnel: TFunnel): TSurveySend {
  return {
    id: row.id,
    surveyId: row.surveyId,
    kind: row.kind,
    segmentId: row.audience.kind === 'segment' ? row.audience.segmentId : null,
    event: row.audience.kind === 'event' ? row.audience.event : null,
    everyDays: row.everyDays,
    delaySeconds: row.delaySeconds,
    status: row.status,
    createdAt: iso(row.createdAt),
    funnel,
  };
}

export async function listSends(
  deps: PlanDeps,
  organizationId: string,
  surveyId: string,
): Promise<TSurveySendList> {
  if (!(await surveyWithVersion(deps.db, organizationId, surveyId))) throw notFound('Survey');
  const [rows, counts, settings] = await Promise.all([
    repo.listSends(deps.db, organizationId, surveyId),
    repo.funnels(deps.db, organizationId, surveyId),
    loadSendingSettings(deps.db, organizationId),
  ]);
  return {
    items: rows.map((r) => toDto(r, toFunnel(counts.get(r.id), settings.isOpenTracking))),
    funnel: toFunnel(counts.get(''), settings.isOpenTracking),
  };
}

/**
 * A sending program from the dashboard. A one-off send plans its segment at once (the
 * dispatch job mails them); a recurring one is planned slot by slot by `planRecurringSends`;
 * an event trigger waits for `ticket_solved`-style events.
 */
export async function createSend(
  deps: SendDeps,
  organizationId: string,
  surveyId: string,
  body: TCreateSend,
): Promise<TSurveySend> {
  const survey = await liveSurvey(deps.db, organizationId, surveyId);
  if (body.kind !== 'event' && !(await findSegment(deps.db, organizationId, body.segmentId)))
    throw notFound('Segment');
  const now = deps.now();
  const audience =
    body.kind === 'event'
      ? ({ kind: 'event', event: body.event } as const)
      : ({ kind: 'segment', segmentId: body.segmentId } as const);
  const sendId = await inTransaction(deps.db, async (tx) => {
    const id = await insertSend(tx, {
      organizationId,
      surveyId,
      kind: body.kind,
      audience,
      everyDays: body.kind === 'recurring' ? body.everyDays : null,
      delaySeconds: body.kind === 'event' ? body.delaySeconds : 0,
      createdAt: now,
    });
    if (body.kind === 'one_off') {
      const segment = await findSegment(tx, organizationId, body.segmentId);
      const members = segment ? await repo.segmentMembers(tx, organizationId, segment.filter) : [];
      await planInvitations(
        { db: tx, now: deps.now },
        organizationId,
        survey,
        members.map((c) => ({ ref: c.externalId, contact: c })),
        { sendId: id, scheduledFor: now, quotaRefusal: 'error' },
      );
      await repo.setSendStatus(tx, organizationId, id, 'done');
    }
    return id;
  });
  if (body.kind === 'one_off') await deps.enqueue('surveys.dispatch', {});
  if (body.kind === 'recurring') await planRecurringSends(deps, organizationId);
  const row = await repo.findSend(deps.db, organizationId, sendId);
  if (!row) throw notFound('Send');
  return (
    (await listSends(deps, organizationId, surveyId)).items.find((s) => s.id === sendId) ??
    toDto(row, toFunnel(undefined, false))
  );
}

export async function setSendStatus(
  deps: PlanDeps,
  organizationId: string,
  sendId: string,
  status: 'active' | 'paused',
): Promise<TSurveySend> {
  const row = await repo.setSendStatus(deps.db, organizationId, sendId, status);
  if (!row) throw notFound('Send');
  const list = await listSends(deps, organizationId, row.surveyId);
  return list.items.find((s) => s.id === sendId) ?? toDto(row, toFunnel(undefined, false));
}

/**
 * Recurring programs: each member of the segment once per `everyDays`, spread evenly over the
 * period (domain/rules/spread-recurring.ts) rather than all on day one. Runs hourly; each run
 * plans the slots that have come due in the current period and were not planned yet, so a
 * contact who joins the segment mid-period is asked on their slot, or at once if it has passed.
 */
export async function planRecurringSends(deps: PlanDeps, organizationId?: string): Promise<number> {
  const now = deps.now();
  let planned = 0;
  for (const send of await repo.activeSends(deps.db, 'recurring', organizationId)) {
    if (send.audience.kind !== 'segment' || !send.everyDays) continue;
    const survey = await surveyWithVersion(deps.db, send.organizationId, send.surveyId);
    const segment = await findSegment(deps.db, send.organizationId, send.audience.segmentId);
    if (!survey || survey.status !== 'live' || !segment) continue;
    const periodMs = send.everyDays * DAY_MS;
    const periodStart = new Date(
      send.createdAt.getTime() + Math.floor((now.getTime() - send.createdAt.getTime()) / periodMs) * periodMs,
    );
    const members = await repo.segmentMembers(deps.db, send.organizationId, segment.filter);
    const done = await repo.plannedSince(deps.db, send.organizationId, send.id, periodStart);
    const byId = new Map(members.map((m) => [m.id, m]));
    const due = spreadRecurring([...byId.keys()], periodStart, send.everyDays, send.id).filter(
      (slot) => slot.sendAt <= now && !done.has(slot.contactId),
    );
    if (due.length === 0) continue;
    // Due slots go out now: the hourly run is at most an hour behind a slot, and a catch-up after downtime should not backdate sends.
    const targets = due.flatMap((slot) => {
      const c = byId.get(slot.contactId);
      return c ? [{ ref: c.externalId, contact: c }] : [];
    });
    const outcomes = await inTransaction(deps.db, (tx) =>
      planInvitations({ db: tx, now: () => now }, send.organizationId, survey, targets, {
        sendId: send.id,
        scheduledFor: now,
        quotaRefusal: 'skip',
      }),
    );
    planned += outcomes.filter((o) => o.status === 'scheduled').length;
  }
  return planned;
}

/**
 * Event triggers: an ingested event (e.g. `ticket_solved`) of a contact schedules the programs
 * listening for it, `delaySeconds` after the event happened. Throttling applies as to any send,
 * so a customer with three tickets closed in a week is asked once.
 */
export async function triggerOnEvents(
  deps: PlanDeps,
  organizationId: string,
  events: ReadonlyArray<{ contactId: string; type: string; occurredAt: Date }>,
): Promise<number> {
  if (events.length === 0) return 0;
  const sends = (await repo.activeSends(deps.db, 'event', organizationId)).filter(
    (s) => s.audience.kind === 'event',
  );
  let planned = 0;
  for (const send of sends) {
    const matching = events.filter((e) => send.audience.kind === 'event' && e.type === send.audience.event);
    if (matching.length === 0) continue;
    const survey = await surveyWithVersion(deps.db, organizationId, send.surveyId);
    if (!survey || survey.status !== 'live') continue;
    const contacts = new Map(
      (
        await contactsByIds(
          deps.db,
          organizationId,
          matching.map((e) => e.contactId),
        )
      ).map((c) => [c.id, c]),
    );
    for (const e of matching) {
      const contact = contacts.get(e.contactId);
      if (!contact) continue;
      // An event reported long after it happened is asked about now, not in the past.
      const at = new Date(
        Math.max(triggeredSendAt(e.occurredAt, send.delaySeconds).getTime(), deps.now().getTime()),
      );
      const outcomes = await inTransaction(deps.db, (tx) =>
        planInvitations(
          { db: tx, now: deps.now },
          organizationId,
          survey,
          [{ ref: contact.externalId, contact }],
          { sendId: send.id, scheduledFor: at, quotaRefusal: 'skip' },
        ),
      );
      planned += outcomes.filter((o) => o.status === 'scheduled').length;
    }
  }
  return planned;
}

/** `triggerOnEvents` for announced behaviour events, by id (the event-triggers stage). */
export async function triggerOnEventIds(
  deps: PlanDeps,
  organizationId: string,
  eventIds: readonly string[],
): Promise<number> {
  return triggerOnEvents(deps, organizationId, await eventsByIds(deps.db, organizationId, eventIds));
}

export async function listInvitations(
  deps: PlanDeps,
  organizationId: string,
  surveyId: string,
  q: {
    sendId?: string | undefined;
    status?: TInvitation['status'] | undefined;
    cursor?: string | undefined;
    limit: number;
  },
): Promise<{ items: TInvitation[]; nextCursor: string | null }> {
  if (!(await surveyWithVersion(deps.db, organizationId, surveyId))) throw notFound('Survey');
  const after = q.cursor ? decodeCursor(q.cursor) : undefined;
  const rows = await repo.listInvitations(
    deps.db,
    organizationId,
    surveyId,
    { sendId: q.sendId, status: q.status, after },
    q.limit + 1,
  );
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => ({
      id: r.id,
      surveyId: r.surveyId,
      sendId: r.sendId,
      contact:
        r.contactId && r.contactExternalId
          ? { id: r.contactId, externalId: r.contactExternalId, name: r.contactName }
          : null,
      channel: r.channel,
      language: r.language,
      status: r.status,
      skipReason: (r.skipReason as SkipReason | null) ?? null,
      skipUntil: r.skipUntil ? iso(r.skipUntil) : null,
      scheduledFor: iso(r.scheduledFor),
      sentAt: r.sentAt ? iso(r.sentAt) : null,
      answeredAt: r.answeredAt ? iso(r.answeredAt) : null,
      remindedAt: r.remindedAt ? iso(r.remindedAt) : null,
      nudgedAt: r.nudgedAt ? iso(r.nudgedAt) : null,
    })),
    nextCursor: rows.length > q.limit && last ? encodeCursor(last.createdAt, last.id) : null,
  };
}
