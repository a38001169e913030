import { DateTime } from 'luxon';

/** A working interval of a day in local wall-clock time, "HH:MM" to "HH:MM" (end after start). */
export interface WorkingInterval {
  start: string;
  end: string;
}

/**
 * When a team works: several intervals a day (a lunch break is the gap between two), per ISO
 * weekday (1 = Monday … 7 = Sunday), in the team's time zone, with local holidays off. Times are
 * wall-clock times, so a 09:00–17:00 day stays 09:00–17:00 across a daylight-saving change.
 */
export interface BusinessCalendar {
  /** IANA time zone, e.g. Europe/Berlin. */
  timeZone: string;
  week: Partial<Record<1 | 2 | 3 | 4 | 5 | 6 | 7, readonly WorkingInterval[]>>;
  /** Local dates (YYYY-MM-DD) without business hours. */
  holidays: readonly string[];
}

/** Around the clock: a target measured in calendar time. */
export const ALWAYS_OPEN = null;
export type Calendar = BusinessCalendar | typeof ALWAYS_OPEN;

const DAY_MS = 86_400_000;
/** How far ahead a due time is searched: a calendar open less often than this has a mistake in it. */
const MAX_DAYS_AHEAD = 400;

const minutesOf = (hhmm: string): number => {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm) ?? (hhmm === '24:00' ? ['24:00', '24', '00'] : null);
  if (!m) throw new Error(`"${hhmm}" is not a time of day (HH:MM)`);
  return Number(m[1]) * 60 + Number(m[2]);
};

/** Checks a calendar once, so the clock functions can trust it. */
export function calendarProblems(cal: BusinessCalendar): string[] {
  const problems: string[] = [];
  if (!DateTime.local().setZone(cal.timeZone).isValid)
    problems.push(`timeZone: "${cal.timeZone}" is not an IANA time zone`);
  for (const [day, intervals] of Object.entries(cal.week)) {
    const sorted = [...(intervals ?? [])].map((i) => {
      try {
        return [minutesOf(i.start), minutesOf(i.end)] as const;
      } catch (err) {
        problems.push(`week.${day}: ${(err as Error).message}`);
        return [0, 0] as const;
      }
    });
    sorted.sort((a, b) => a[0] - b[0]);
    sorted.forEach(([s, e], i) => {
      if (e <= s) problems.push(`week.${day}[${i}]: ends before it starts`);
      const next = sorted[i + 1];
      if (next && next[0] < e) problems.push(`week.${day}: intervals overlap`);
    });
  }
  for (const h of cal.holidays)
    if (!DateTime.fromISO(h, { zone: cal.timeZone }).isValid) problems.push(`holidays: "${h}" is not a date`);
  return problems;
}

/** A local date as whole days since 1970-01-01: the calendar walks dates, not zoned instants. */
type Day = number;

/** The local date an instant falls on in the zone (the one zoned conversion a walk needs). */
function localDayOf(ms: number, timeZone: string): Day {
  const d = DateTime.fromMillis(ms, { zone: timeZone });
  return Math.round(Date.UTC(d.year, d.month - 1, d.day) / DAY_MS);
}

type Intervals = ReadonlyArray<readonly [number, number]>;

/**
 * Each calendar's open intervals by local date, computed once: resolving a wall-clock time in an
 * IANA zone is what costs (Intl offsets, most of an SLA tick's time before), and a tick or a list
 * asks the same few dates over and over. Keyed by the calendar's content, since teams' calendars
 * are read from the database afresh; bounded, so a long-running process does not grow with it.
 */
const openCache = new Map<string, Map<Day, Intervals>>();
const CACHE_CALENDARS = 256;
const CACHE_DAYS = 4096;

/** The open intervals of `cal` by local date, through the cache. */
function openDays(cal: BusinessCalendar): (day: Day) => Intervals {
  const key = JSON.stringify([cal.timeZone, cal.week, cal.holidays]);
  let days = openCache.get(key);
  if (!days) {
    if (openCache.size >= CACHE_CALENDARS) openCache.clear();
    days = new Map();
    openCache.set(key, days);
  }
  const cached = days;
  return (day) => {
    let open = cached.get(day);
    if (!open) {
      if (cached.size >= CACHE_DAYS) cached.clear();
      open = openOn(cal, day);
      cached.set(day, open);
    }
    return open;
  };
}

/** The calendar's open intervals (epoch ms, half-open) of one local date. */
function openOn(cal: BusinessCalendar, day: Day): Intervals {
  const date = new Date(day * DAY_MS);
  if (cal.holidays.includes(date.toISOString().slice(0, 10))) return [];
  const weekday = ((date.getUTCDay() + 6) % 7) + 1;
  const intervals = cal.week[weekday as 1 | 2 | 3 | 4 | 5 | 6 | 7] ?? [];
  // Wall-clock times resolved in the zone: 05:00 is 05:00 whatever the night's offset change did.
  const at = (d: Day, minutes: number): number => {
    const local = new Date(d * DAY_MS);
    const fields = { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
    return minutes >= 24 * 60
      ? at(d + 1, 0)
      : DateTime.fromObject(
          { ...fields, hour: Math.floor(minutes / 60), minute: minutes % 60 },
          { zone: cal.timeZone },
        ).toMillis();
  };
  return intervals
    .map((i) => [at(day, minutesOf(i.start)), at(day, minutesOf(i.end))] as const)
    .sort((a, b) => a[0] - b[0]);
}

/** Business milliseconds in [from, to): the overlap of the span with the open intervals. */
export function businessMsBetween(cal: Calendar, from: Date, to: Date): number {
  const start = from.getTime();
  const end = to.getTime();
  if (end <= start) return 0;
  if (cal === ALWAYS_OPEN) return end - start;
  const open = openDays(cal);
  let total = 0;
  // From the local day before (an interval can't start the day before and reach in, but a zone
  // offset can move the local date) to the local day of the end.
  const last = localDayOf(end, cal.timeZone);
  for (let day = localDayOf(start, cal.timeZone) - 1; day <= last; day++)
    for (const [s, e] of open(day)) total += Math.max(0, Math.min(e, end) - Math.max(s, start));
  return total;
}

/** The instant at which `ms` business milliseconds have passed after `from`. */
export function addBusinessMs(cal: Calendar, from: Date, ms: number): Date {
  const start = from.getTime();
  if (cal === ALWAYS_OPEN || ms <= 0) return new Date(start + Math.max(0, ms));
  const open = openDays(cal);
  let left = ms;
  const first = localDayOf(start, cal.timeZone) - 1;
  for (let day = first; day < first + MAX_DAYS_AHEAD + 2; day++) {
    for (const [s, e] of open(day)) {
      const open = Math.max(s, start);
      if (e <= open) continue;
      if (e - open >= left) return new Date(open + left);
      left -= e - open;
    }
  }
  throw new Error(
    `the calendar has too few business hours to place ${Math.round(ms / DAY_MS)} days within ${MAX_DAYS_AHEAD} days`,
  );
}
