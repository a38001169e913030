import { numberFormat, type NumberLocale } from '../../lib/number-locale.js';

/** The units a duration is written in, short and per locale ("2 h 10 min", "2 Std. 10 Min."). */
const UNITS: Record<NumberLocale, { day: string; hour: string; minute: string }> = {
  'en-GB': { day: 'd', hour: 'h', minute: 'min' },
  'de-DE': { day: 'Tg.', hour: 'Std.', minute: 'Min.' },
};

const NBSP = '\u00a0';

/**
 * A duration in minutes in its two largest units: "45 min", "2 h 10 min", "3 d 4 h". Whole
 * minutes, then whole hours once it runs into days: a median of cases is no stopwatch, and a
 * third unit would claim a precision the few cases behind it lack. Null (no case) is "–".
 */
export function formatDuration(minutes: number | null, locale: NumberLocale): string {
  if (minutes === null || !Number.isFinite(minutes)) return '–';
  const u = UNITS[locale];
  const n = (value: number) => numberFormat(locale, { maximumFractionDigits: 0 }).format(value);
  const part = (value: number, unit: string) => `${n(value)}${NBSP}${unit}`;
  const total = Math.max(0, Math.round(minutes));
  if (total === 0) return minutes > 0 ? `<${NBSP}${part(1, u.minute)}` : part(0, u.minute);
  if (total < 60) return part(total, u.minute);
  if (total < 24 * 60) {
    const h = Math.floor(total / 60);
    const m = total % 60;
    return m === 0 ? part(h, u.hour) : `${part(h, u.hour)} ${part(m, u.minute)}`;
  }
  const hours = Math.round(total / 60);
  const d = Math.floor(hours / 24);
  const h = hours % 24;
  return h === 0 ? part(d, u.day) : `${part(d, u.day)} ${part(h, u.hour)}`;
}
