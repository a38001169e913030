import type { NumberLocale } from './number-locale.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A UTC day "2026-11-30" (the API's days are UTC calendar days) or an ISO time as a date. */
function utcDay(day: string): Date {
  return new Date(DAY.test(day) ? `${day}T00:00:00Z` : day);
}

const valid = (d: Date) => !Number.isNaN(d.getTime());

// Making an Intl.DateTimeFormat costs far more than using one (tens of ms per hundred on a slow
// phone), and the overview formats a day for every trend bucket: one per locale is kept.
const dayFormats = new Map<NumberLocale, Intl.DateTimeFormat>();
function dayFormat(locale: NumberLocale): Intl.DateTimeFormat {
  let format = dayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dayFormats.set(locale, format);
  }
  return format;
}

/** One UTC day in the locale ("1 Dec 2025", "1. Dez. 2025"). */
export function formatDay(day: string, locale: NumberLocale): string {
  const d = utcDay(day);
  return valid(d) ? dayFormat(locale).format(d) : day;
}

/** The day before `day` (the API's `to` is exclusive; people read the last day they see). */
export function dayBefore(day: string): string {
  const d = utcDay(day);
  // An exclusive end given as a time ends on that time's own day.
  return valid(d) ? new Date(d.getTime() - (DAY.test(day) ? 86_400_000 : 1)).toISOString().slice(0, 10) : day;
}

/**
 * The days a view covers, as a person reads them: first and last day shown, in the locale's
 * own range style ("1 Dec 2025 – 30 Nov 2026", "1. Dez. 2025 – 30. Nov. 2026"). `toExclusive`
 * is the API's end (the day after the last one shown).
 */
export function formatDayRange(from: string, toExclusive: string, locale: NumberLocale): string {
  const start = utcDay(from);
  const end = utcDay(dayBefore(toExclusive));
  if (!valid(start) || !valid(end) || end < start)
    return `${formatDay(from, locale)} – ${formatDay(dayBefore(toExclusive), locale)}`;
  return dayFormat(locale).formatRange(start, end);
}
