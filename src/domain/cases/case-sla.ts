import { ALWAYS_OPEN, addBusinessMs, type Calendar } from './business-calendar.js';
import type { CasePriority } from './priority.js';
import { slaClock, type CaseEvent, type SlaClock } from './sla-clock.js';
import { slaTargetsFor, type SlaSettings } from './sla-settings.js';

/** A case's clocks at `now` and what the list, the tick and the escalation read of them. */
export interface CaseSla {
  clocks: SlaClock[];
  /** The earliest due time of a running clock. */
  nextDueAt: Date | null;
  /** When the earliest warning threshold of a running clock is reached, if still ahead. */
  nextWarnAt: Date | null;
  /** When the breach of a clock running late reaches the next escalation level, if one is left. */
  nextEscalationAt: Date | null;
  /**
   * When the tick must look again: the earliest warning, breach or escalation still ahead. A
   * clock counts as breached from the first millisecond of its hours past the target, so a clock
   * due at 17:00 is looked at again at 09:00 the next business day, not all night.
   */
  nextCheckAt: Date | null;
  /** When the earliest clock still open and late passed its target: how long it is overdue. */
  overdueSince: Date | null;
  /** Some clock ended late or is running late. */
  isBreached: boolean;
  isWarning: boolean;
  /** How long the most overdue clock still running has been over its target (ms), 0 when none is. */
  overdueMs: number;
  /** The escalation level the breach has reached by `now` (0: none). */
  escalationLevel: number;
}

const earliest = (a: Date | null, b: Date | null): Date | null => (!a || (b && b < a) ? b : a);

/**
 * Every SLA clock of a case from its event log and the organization's settings as they are now:
 * a changed calendar or policy recomputes every open case the same way, and the stored due
 * times are only an index for the tick.
 */
export function caseSla(
  events: readonly CaseEvent[],
  settings: SlaSettings,
  calendar: Calendar,
  channel: string,
  priority: CasePriority,
  now: Date,
): CaseSla {
  const policy = { calendar, pausedStatuses: settings.pausedStatuses, warnAt: settings.warnAt };
  const targets = slaTargetsFor(settings, channel, priority);
  const clocks = targets.map((t) => slaClock(events, t, policy, now));
  // Each clock in its own hours: the team's calendar or around the clock.
  const hours = targets.map((t) => (t.businessHours ? calendar : ALWAYS_OPEN));
  let nextDueAt: Date | null = null;
  let nextWarnAt: Date | null = null;
  let breachAt: Date | null = null;
  let overdueMs = 0;
  for (const [i, c] of clocks.entries()) {
    const h = hours[i] ?? ALWAYS_OPEN;
    if (c.state === 'running') {
      nextDueAt = earliest(nextDueAt, c.dueAt);
      breachAt = earliest(breachAt, addBusinessMs(h, now, c.remainingMs + 1));
      if (!c.warning)
        nextWarnAt = earliest(nextWarnAt, addBusinessMs(h, now, settings.warnAt * c.targetMs - c.elapsedMs));
    }
    // Only a clock still open past its target is a breach to act on; one answered late is history.
    if (c.state === 'breached' && !c.isStopped) overdueMs = Math.max(overdueMs, -c.remainingMs);
  }
  const levels = [...settings.escalateAfterMinutes].map((m) => m * 60_000).sort((a, b) => a - b);
  const escalationLevel = overdueMs > 0 ? levels.filter((ms) => overdueMs >= ms).length : 0;
  // The next level comes when any clock that is late and still running has been over long enough.
  const nextLevelMs = overdueMs > 0 ? levels[escalationLevel] : undefined;
  let nextEscalationAt: Date | null = null;
  for (const [i, c] of clocks.entries()) {
    if (nextLevelMs === undefined || c.state !== 'breached' || c.isStopped || c.isPaused) continue;
    const at = addBusinessMs(hours[i] ?? ALWAYS_OPEN, now, nextLevelMs + c.remainingMs);
    nextEscalationAt = earliest(nextEscalationAt, at);
  }
  return {
    clocks,
    nextDueAt,
    nextWarnAt,
    nextEscalationAt,
    overdueSince: clocks
      .filter((c) => c.state === 'breached' && !c.isStopped && c.breachedAt)
      .reduce<Date | null>((a, c) => earliest(a, c.breachedAt), null),
    nextCheckAt: earliest(earliest(nextWarnAt, breachAt), nextEscalationAt),
    isBreached: clocks.some((c) => c.state === 'breached'),
    isWarning: clocks.some((c) => c.warning),
    overdueMs,
    escalationLevel,
  };
}
