import type { BusinessCalendar } from './business-calendar.js';
import type { CasePriority } from './priority.js';
import type { CaseStatus, SlaMetric, SlaTarget } from './sla-clock.js';

/** Targets for one channel (or every channel: `*`), optionally only for one priority. */
export interface SlaTargetRow {
  channel: string;
  priority: CasePriority | '*';
  firstResponseMinutes: number | null;
  nextResponseMinutes: number | null;
  resolutionMinutes: number | null;
  /** Counted in the team's business hours, or around the clock. */
  businessHours: boolean;
  /**
   * Per metric, where it differs from `businessHours`: a chat answer is owed around the clock, but
   * resolving the problem is work done in business hours.
   */
  businessHoursFor?: Partial<Record<SlaMetric, boolean>>;
}

export interface SlaSettings {
  targets: readonly SlaTargetRow[];
  pausedStatuses: readonly CaseStatus[];
  /** Share of a target (0–1) at which the assignee is warned. */
  warnAt: number;
  /**
   * Minutes after a breach at which each escalation level is reached: level 1 notifies the
   * team lead, level 2 the admins; every level raises the priority a step.
   */
  escalateAfterMinutes: readonly number[];
}

/** Monday to Friday 09:00–17:00 in Berlin: a team without its own calendar works these. */
export const DEFAULT_CALENDAR: BusinessCalendar = {
  timeZone: 'Europe/Berlin',
  week: Object.fromEntries(
    ([1, 2, 3, 4, 5] as const).map((d) => [d, [{ start: '09:00', end: '17:00' }]]),
  ) as BusinessCalendar['week'],
  holidays: [],
};

/** One business day of the default calendar, in minutes. */
const BUSINESS_DAY = 8 * 60;

/**
 * The source's expectations: an answer within a minute in live chat, an hour on social media,
 * four hours by e-mail (around the clock); a survey detractor within one business day. Resolution
 * targets are ours, in business days even where answers are owed around the clock: a week for
 * survey detractors, three for the rest.
 */
export const DEFAULT_SLA: SlaSettings = {
  targets: [
    {
      channel: 'chat',
      priority: '*',
      firstResponseMinutes: 1,
      nextResponseMinutes: 5,
      resolutionMinutes: 3 * BUSINESS_DAY,
      businessHours: false,
      businessHoursFor: { resolution: true },
    },
    {
      channel: 'social',
      priority: '*',
      firstResponseMinutes: 60,
      nextResponseMinutes: 60,
      resolutionMinutes: 3 * BUSINESS_DAY,
      businessHours: false,
      businessHoursFor: { resolution: true },
    },
    {
      channel: 'email',
      priority: '*',
      firstResponseMinutes: 240,
      nextResponseMinutes: 240,
      resolutionMinutes: 3 * BUSINESS_DAY,
      businessHours: false,
      businessHoursFor: { resolution: true },
    },
    {
      channel: 'survey',
      priority: '*',
      firstResponseMinutes: BUSINESS_DAY,
      nextResponseMinutes: BUSINESS_DAY,
      resolutionMinutes: 5 * BUSINESS_DAY,
      businessHours: true,
    },
    {
      channel: '*',
      priority: '*',
      firstResponseMinutes: BUSINESS_DAY,
      nextResponseMinutes: BUSINESS_DAY,
      resolutionMinutes: 5 * BUSINESS_DAY,
      businessHours: true,
    },
  ],
  pausedStatuses: ['waiting'],
  warnAt: 0.8,
  escalateAfterMinutes: [0, 4 * 60],
};

/**
 * The row that applies to a case: the most specific match wins (channel and priority, then
 * channel, then priority, then the catch-all), so an organization can tighten urgent cases on
 * one channel without restating the rest.
 */
export function slaRowFor(
  settings: SlaSettings,
  channel: string,
  priority: CasePriority,
): SlaTargetRow | null {
  const rank = (r: SlaTargetRow) =>
    (r.channel === channel ? 2 : r.channel === '*' ? 0 : -10) +
    (r.priority === priority ? 1 : r.priority === '*' ? 0 : -10);
  let best: SlaTargetRow | null = null;
  let bestRank = -1;
  for (const r of settings.targets) {
    const k = rank(r);
    if (k >= 0 && k > bestRank) {
      best = r;
      bestRank = k;
    }
  }
  return best;
}

const METRIC_FIELD: Record<SlaMetric, 'firstResponseMinutes' | 'nextResponseMinutes' | 'resolutionMinutes'> =
  {
    firstResponse: 'firstResponseMinutes',
    nextResponse: 'nextResponseMinutes',
    resolution: 'resolutionMinutes',
  };

/** The clocks a case runs: one per metric its row sets. */
export function slaTargetsFor(settings: SlaSettings, channel: string, priority: CasePriority): SlaTarget[] {
  const row = slaRowFor(settings, channel, priority);
  if (!row) return [];
  const out: SlaTarget[] = [];
  for (const metric of ['firstResponse', 'nextResponse', 'resolution'] as const) {
    const minutes = row[METRIC_FIELD[metric]];
    const businessHours = row.businessHoursFor?.[metric] ?? row.businessHours;
    if (minutes !== null) out.push({ metric, minutes, businessHours });
  }
  return out;
}
