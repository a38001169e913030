import type { TMetric } from '../../shared/contracts/metrics.js';
import { formatPercent } from '../lib/format-percent.js';
import { numberFormat as nf, type NumberLocale } from '../lib/number-locale.js';

/**
 * How the overview writes its numbers. Pure and given the locale, so the browser test formats
 * the API's numbers exactly as the dashboard does and compares text with text.
 */

export { localeOf, type NumberLocale } from '../lib/number-locale.js';

/** Whole points or percent: the intervals are several points wide, so decimals would claim a precision the data lacks. */
function whole(value: number, locale: NumberLocale, signed: boolean): string {
  // Round first so -0.4 is written "0", not "-0".
  const rounded = Math.round(value) || 0;
  return nf(locale, { maximumFractionDigits: 0, signDisplay: signed ? 'exceptZero' : 'auto' }).format(
    rounded,
  );
}

/** NPS in points with its sign ("+32", "−5", "0"); CSAT and CES as a whole percentage ("75 %"). */
export function formatScore(metric: TMetric, score: number | null, locale: NumberLocale): string {
  if (score === null) return '–';
  if (metric === 'nps') return whole(score, locale, true);
  return formatPercent(score, locale);
}

/** An interval's bounds in the score's unit without the percent sign: "+14 to +44" becomes "+14 – +44". */
export function formatInterval(
  metric: TMetric,
  ci: { low: number; high: number } | null,
  locale: NumberLocale,
): string {
  if (!ci) return '–';
  const signed = metric === 'nps';
  return `${whole(ci.low, locale, signed)} – ${whole(ci.high, locale, signed)}`;
}

export function formatCount(n: number, locale: NumberLocale): string {
  return nf(locale, { maximumFractionDigits: 0 }).format(n);
}

/** A mean score on its scale (CSAT 1–5, CES 1–7), two decimals. */
export function formatMean(value: number, locale: NumberLocale): string {
  return nf(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/** Kish's effective n, rounded down: it is never more answers than there were. */
export function formatEffectiveN(value: number, locale: NumberLocale): string {
  return formatCount(Math.floor(value), locale);
}

/** A share 0..100 as a whole percentage. */
export function formatPercentValue(percent: number, locale: NumberLocale): string {
  return formatPercent(percent, locale);
}

/** A difference in points, rounded up: "would need a difference of at least 12 points". */
export function formatPoints(points: number, locale: NumberLocale): string {
  return formatCount(Math.ceil(points), locale);
}

/** A trend bucket's key as a label: "2026-02" → "Feb 2026", "2026-Q1" → "Q1 2026", "2026-W05" → "W5 2026". */
export function formatBucket(key: string, locale: NumberLocale): string {
  const month = /^(\d{4})-(\d{2})$/.exec(key);
  if (month)
    return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1)),
    );
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  if (quarter) return `Q${quarter[2]} ${quarter[1]}`;
  const week = /^(\d{4})-W(\d{2})$/.exec(key);
  if (week) return `${locale === 'de-DE' ? 'KW' : 'W'}${Number(week[2])} ${week[1]}`;
  return key;
}
