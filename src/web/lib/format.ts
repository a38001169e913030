import i18next from 'i18next';
import { formatShare } from './format-percent.js';
import { localeOf } from './number-locale.js';

function locale(): string {
  return i18next.language === 'de' ? 'de-DE' : 'en-GB';
}

export function formatDate(value: Date | string): string {
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium' }).format(new Date(value));
}

export function formatDateTime(value: Date | string): string {
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(value),
  );
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(locale()).format(value);
}

/** A share 0..1 as a whole percentage in the interface language ("62 %" in German, "62%" in English). */
export function formatPercent(share: number): string {
  return formatShare(share, localeOf(i18next.language));
}

/** A language code as its name in the interface language ("de" → "German" / "Deutsch"). */
export function formatLanguage(code: string): string {
  try {
    return new Intl.DisplayNames([locale()], { type: 'language', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

const DELAY_UNITS = [
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
  ['second', 1],
] as const;

/** A delay in the largest unit that divides it ("1 hour", "90 minutes", "2 Tage"). */
export function formatDelay(seconds: number): string {
  const [unit, size] = DELAY_UNITS.find(([, s]) => seconds >= s && seconds % s === 0) ?? DELAY_UNITS[3];
  return new Intl.NumberFormat(locale(), { style: 'unit', unit, unitDisplay: 'long' }).format(seconds / size);
}
