import { ALWAYS_OPEN, addBusinessMs, businessMsBetween, type Calendar } from './business-calendar.js';

export type CaseStatus = 'new' | 'open' | 'waiting' | 'resolved' | 'closed';

/** What happened on a case: the clocks are computed from this log alone, so a changed policy recomputes them. */
export type CaseEvent =
  | { at: Date; type: 'opened' }
  | { at: Date; type: 'status'; status: CaseStatus }
  /** Only a person's reply answers the customer; an automatic acknowledgement does not stop a clock. */
  | { at: Date; type: 'reply'; author: 'person' | 'automation' }
  | { at: Date; type: 'customer-message' };

export type SlaMetric = 'firstResponse' | 'nextResponse' | 'resolution';

export interface SlaTarget {
  metric: SlaMetric;
  minutes: number;
  /** Measured in the policy's business hours, or around the clock. */
  businessHours: boolean;
}

export interface SlaPolicy {
  calendar: Calendar;
  /** Statuses in which every clock stands still (default: waiting for the customer). */
  pausedStatuses: readonly CaseStatus[];
  /** The share of a target (0–1) at which a running clock warns, e.g. 0.8. */
  warnAt: number;
}

export interface SlaClock {
  metric: SlaMetric;
  /** not-started: nothing to answer yet (next response); met/breached: stopped, in time or late. */
  state: 'not-started' | 'running' | 'paused' | 'met' | 'breached';
  targetMs: number;
  elapsedMs: number;
  /** Negative once breached. */
  remainingMs: number;
  /** When a running clock reaches its target, counted in its hours; null when stopped or paused. */
  dueAt: Date | null;
  warning: boolean;
  /** When the current cycle passed its target, if it has (in its hours, pauses left out). */
  breachedAt: Date | null;
  /** Earlier cycles of the next-response clock that ended late. */
  earlierBreaches: number;
  /** The current cycle has ended (answered, or the case resolved or closed): a breach of it is history, not something to escalate. */
  isStopped: boolean;
  /** The case's status holds the clock still at `now`, also when it is already past its target. */
  isPaused: boolean;
}

const STOPPED: readonly CaseStatus[] = ['resolved', 'closed'];

/** The case's status at every change, from the log (a case starts as new). */
function statusTimeline(events: readonly CaseEvent[]): Array<{ at: number; status: CaseStatus }> {
  const opened = events.find((e) => e.type === 'opened');
  const timeline: Array<{ at: number; status: CaseStatus }> = opened
    ? [{ at: opened.at.getTime(), status: 'new' }]
    : [];
  for (const e of events) if (e.type === 'status') timeline.push({ at: e.at.getTime(), status: e.status });
  return timeline;
}

/** Business time of [from, to) in which the case was in a status that lets `metric`'s clock run. */
function runningMs(
  timeline: ReadonlyArray<{ at: number; status: CaseStatus }>,
  from: number,
  to: number,
  calendar: Calendar,
  stopsIn: readonly CaseStatus[],
): number {
  let total = 0;
  for (let i = 0; i < timeline.length; i++) {
    const seg = timeline[i] as { at: number; status: CaseStatus };
    const segEnd = timeline[i + 1]?.at ?? Infinity;
    const s = Math.max(seg.at, from);
    const e = Math.min(segEnd, to);
    if (e > s && !stopsIn.includes(seg.status))
      total += businessMsBetween(calendar, new Date(s), new Date(e));
  }
  return total;
}

/** What ends a response cycle: a person's reply, or the case being resolved or closed. */
const endsResponse = (e: CaseEvent): boolean =>
  (e.type === 'reply' && e.author === 'person') || (e.type === 'status' && STOPPED.includes(e.status));

/** The spans a metric measures: [start, stop or null while open]. */
function cycles(metric: SlaMetric, events: readonly CaseEvent[]): Array<[number, number | null]> {
  const opened = events.find((e) => e.type === 'opened');
  if (!opened) return [];
  const start = opened.at.getTime();
  // A response is owed until a person replies, or until the case is resolved or closed without a
  // reply (handled another way); a reopen with a new message starts a next-response cycle.
  const ends = events.filter(endsResponse).map((e) => e.at.getTime());
  if (metric === 'firstResponse') return [[start, ends.find((r) => r >= start) ?? null]];
  if (metric === 'resolution') {
    const closed = events.find((e) => e.type === 'status' && e.status === 'closed');
    return [[start, closed ? closed.at.getTime() : null]];
  }
  // Next response: from a customer's message that waits for an answer to the next person's reply.
  const out: Array<[number, number | null]> = [];
  let waitingSince: number | null = null;
  for (const e of events) {
    const at = e.at.getTime();
    if (e.type === 'customer-message' && waitingSince === null) waitingSince = at;
    if (endsResponse(e) && waitingSince !== null) {
      out.push([waitingSince, at]);
      waitingSince = null;
    }
  }
  if (waitingSince !== null) out.push([waitingSince, null]);
  return out;
}

/**
 * One SLA clock of a case at `now`, from its event log: elapsed time counts only the target's
 * hours (the policy's calendar, or around the clock) and only while the case is in a status that
 * does not pause it; resolution also stands still while the case is resolved and runs again on a
 * reopen. A response clock ends at a person's reply, or when the case is resolved or closed
 * without one. Pure: the same log, policy and `now` always give the same clock.
 */
export function slaClock(
  events: readonly CaseEvent[],
  target: SlaTarget,
  policy: SlaPolicy,
  now: Date,
): SlaClock {
  const until = now.getTime();
  const log = events.filter((e) => e.at.getTime() <= until).sort((a, b) => a.at.getTime() - b.at.getTime());
  const calendar = target.businessHours ? policy.calendar : ALWAYS_OPEN;
  const timeline = statusTimeline(log);
  const stopsIn =
    target.metric === 'resolution' ? [...policy.pausedStatuses, ...STOPPED] : policy.pausedStatuses;
  const targetMs = target.minutes * 60_000;
  const all = cycles(target.metric, log);
  const measure = ([from, to]: [number, number | null]) =>
    runningMs(timeline, from, to ?? until, calendar, stopsIn);
  const earlierBreaches = all.slice(0, -1).filter((c) => measure(c) > targetMs).length;
  const current = all[all.length - 1];
  if (!current) {
    return {
      metric: target.metric,
      state: 'not-started',
      targetMs,
      elapsedMs: 0,
      remainingMs: targetMs,
      dueAt: null,
      breachedAt: null,
      warning: false,
      earlierBreaches,
      isStopped: false,
      isPaused: false,
    };
  }
  const elapsedMs = measure(current);
  const remainingMs = targetMs - elapsedMs;
  const stopped = current[1] !== null;
  const status = timeline[timeline.length - 1]?.status ?? 'new';
  const paused = !stopped && stopsIn.includes(status);
  const state: SlaClock['state'] = stopped
    ? elapsedMs <= targetMs
      ? 'met'
      : 'breached'
    : remainingMs < 0
      ? 'breached'
      : paused
        ? 'paused'
        : 'running';
  // The moment the target was reached: step forward from the cycle's start by what is still
  // missing until the running time reaches it (each step skips a pause it ran into).
  const reachedAt = (): Date => {
    let t = addBusinessMs(calendar, new Date(current[0]), targetMs);
    for (let i = 0; i < 100; i++) {
      const ran = measure([current[0], t.getTime()]);
      if (ran >= targetMs) break;
      t = addBusinessMs(calendar, t, targetMs - ran);
    }
    return t;
  };
  // A clock used up exactly at the end of its hours (due Friday 17:00, read on Saturday) is due
  // then, not "now": it breaches with the first moment of its next hours.
  const dueAt =
    state === 'running'
      ? remainingMs === 0
        ? reachedAt()
        : addBusinessMs(calendar, now, remainingMs)
      : null;
  const breachedAt = state === 'breached' ? reachedAt() : null;
  const warning = (state === 'running' || state === 'paused') && elapsedMs >= policy.warnAt * targetMs;
  return {
    metric: target.metric,
    state,
    targetMs,
    elapsedMs,
    remainingMs,
    dueAt,
    breachedAt,
    warning,
    earlierBreaches,
    isStopped: stopped,
    isPaused: paused,
  };
}
