import { contentLanguage } from './page-texts.js';

/**
 * Dates and times on case pages and mails, in the reader's time zone. The numbers and the zone's
 * short name come from Intl; weekday and month are worded here so a sentence reads the same
 * whatever ICU version the server runs.
 */
const WORDS = {
  en: {
    weekdays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
    months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    day: (w: string, d: number, m: string, y: number) => `${w} ${d} ${m} ${y}`,
    time: (hh: string, mm: string, zone: string) => `${hh}:${mm} ${zone}`,
    locale: 'en-GB',
  },
  de: {
    weekdays: ['So.', 'Mo.', 'Di.', 'Mi.', 'Do.', 'Fr.', 'Sa.'],
    months: ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'],
    day: (w: string, d: number, m: string, y: number) => `${w} ${d}. ${m} ${y}`,
    time: (hh: string, mm: string, zone: string) => `${hh}:${mm} Uhr ${zone}`,
    locale: 'de-DE',
  },
};

const formats = new Map<string, Intl.DateTimeFormat>();

/** A zone Intl does not know (a typo in settings) falls back to UTC rather than failing the page. */
function formatter(locale: string, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}`;
  let format = formats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = {
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
    };
    try {
      format = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    } catch {
      format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    }
    formats.set(key, format);
  }
  return format;
}

function wallClock(date: Date, timeZone: string, locale: string) {
  const parts = Object.fromEntries(
    formatter(locale, timeZone)
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  const year = Number(parts.year);
  const month = Number(parts.month);
  const day = Number(parts.day);
  // The weekday of the zone's calendar day, computed from that day itself.
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return {
    year,
    month,
    day,
    weekday,
    hour: parts.hour ?? '00',
    minute: parts.minute ?? '00',
    zone: parts.timeZoneName ?? '',
  };
}

const wordsFor = (language: string) => (contentLanguage(language) === 'de' ? WORDS.de : WORDS.en);

/** "Thu 2 Jul 2026" / "Do. 2. Juli 2026": the calendar day in `timeZone`. */
export function formatCaseDay(date: Date, timeZone: string, language: string): string {
  const w = wordsFor(language);
  const c = wallClock(date, timeZone, w.locale);
  return w.day(w.weekdays[c.weekday] ?? '', c.day, w.months[c.month - 1] ?? '', c.year);
}

/** "Thu 2 Jul 2026, 00:30 CEST" / "Do. 2. Juli 2026, 00:30 Uhr MESZ". */
export function formatCaseTime(date: Date, timeZone: string, language: string): string {
  const w = wordsFor(language);
  const c = wallClock(date, timeZone, w.locale);
  const day = w.day(w.weekdays[c.weekday] ?? '', c.day, w.months[c.month - 1] ?? '', c.year);
  return `${day}, ${w.time(c.hour, c.minute, c.zone).trim()}`;
}
