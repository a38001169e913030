import { ALWAYS_OPEN, addBusinessMs, type Calendar } from './business-calendar.js';
import type { CasePriority } from './priority.js';
import { slaClock, type CaseEvent, type SlaClock } from './sla-clock.js';
import { slaTargetsFor, type SlaSettings } from './sla-settings.js';

/** A case's clocks at `now` and what the list, the tick and the escalation read of them. */
export interface CaseSla {
  clocks: SlaClock[];
  /** The earliest due time of a running clock: when the tick must look again. */
  nextDueAt: Date | null;
  /** When the earliest warning threshold of a running clock is reached, if still ahead. */
  nextWarnAt: Date | null;
  /** Some clock ended late or is running late. */
  isBreached: boolean;
  isWarning: boolean;
  /** How long the most overdue clock still running has been over its target (ms), 0 when none is. */
  overdueMs: number;
  /** The escalation level the breach has reached by `now` (0: none). */
  escalationLevel: number;
  /** When the overdue clock reaches the next escalation level, if there is one to reach. */
  nextEscalationAt: Date | null;
}

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
  let nextDueAt: Date | null = null;
  let nextWarnAt: Date | null = null;
  let overdueMs = 0;
  let overdueHours: Calendar = ALWAYS_OPEN;
  for (const c of clocks) {
    if (c.state === 'running' && c.dueAt && (!nextDueAt || c.dueAt < nextDueAt)) nextDueAt = c.dueAt;
    if (c.state === 'running' && !c.warning) {
      // The warning threshold, counted in the clock's own hours from now.
      const hours = targets[clocks.indexOf(c)]?.businessHours ? calendar : ALWAYS_OPEN;
      const warnAt = addBusinessMs(hours, now, settings.warnAt * c.targetMs - c.elapsedMs);
      if (!nextWarnAt || warnAt < nextWarnAt) nextWarnAt = warnAt;
    }
    // Only a clock still running past its target is a breach to act on; one answered late is history.
    if (c.state === 'breached' && !c.isStopped && -c.remainingMs > overdueMs) {
      overdueMs = -c.remainingMs;
      overdueHours = targets[clocks.indexOf(c)]?.businessHours ? calendar : ALWAYS_OPEN;
    }
  }
  const isBreached = clocks.some((c) => c.state === 'breached');
  const escalationLevel =
    overdueMs > 0 ? settings.escalateAfterMinutes.filter((m) => overdueMs >= m * 60_000).length : 0;
  const nextLevelMinutes = overdueMs > 0 ? settings.escalateAfterMinutes[escalationLevel] : undefined;
  const nextEscalationAt =
    nextLevelMinutes === undefined
      ? null
      : addBusinessMs(overdueHours, now, nextLevelMinutes * 60_000 - overdueMs);
  return {
    clocks,
    nextEscalationAt,
    nextDueAt,
    nextWarnAt,
    isBreached,
    isWarning: clocks.some((c) => c.warning),
    overdueMs,
    escalationLevel,
  };
}
