import { calendarProblems, type BusinessCalendar } from '../../../domain/cases/business-calendar.js';
import type { TBusinessCalendar } from '../../../shared/contracts/follow-up.js';
import type { ErrorDetail } from '../../../shared/errors.js';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** The contract's calendar as the domain reads it: days left out are closed. */
export function toBusinessCalendar(input: TBusinessCalendar): BusinessCalendar {
  const week: BusinessCalendar['week'] = {};
  for (const day of WEEKDAYS) {
    const intervals = input.week[day];
    if (intervals) week[day] = intervals.map((i) => ({ start: i.start, end: i.end }));
  }
  return { timeZone: input.timeZone, week, holidays: [...input.holidays] };
}

/** A calendar as the API shows it (the stored JSON has number-like keys already). */
export function businessCalendarDto(cal: BusinessCalendar): TBusinessCalendar {
  const week: TBusinessCalendar['week'] = {};
  for (const day of WEEKDAYS) {
    const intervals = cal.week[day];
    if (intervals) week[day] = intervals.map((i) => ({ start: i.start, end: i.end }));
  }
  return { timeZone: cal.timeZone, week, holidays: [...cal.holidays] };
}

/**
 * The domain's checks (overlapping intervals, an interval ending before it starts, a zone luxon
 * does not know) as field errors under `field`. The domain names an interval by its index after
 * sorting, which need not be the caller's, so the error names the day.
 */
export function calendarErrors(cal: BusinessCalendar, field: string): ErrorDetail[] {
  return calendarProblems(cal).map((problem) => {
    const m = /^([^:]+): (.*)$/.exec(problem);
    const path = (m?.[1] ?? '').replace(/\[\d+\]$/, '');
    return { field: path ? `${field}.${path}` : field, message: m?.[2] ?? problem };
  });
}
