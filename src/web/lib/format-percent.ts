import { numberFormat, type NumberLocale } from './number-locale.js';

/**
 * The one way the dashboard writes a percentage: the locale's own percent style ("77%" in
 * English, "77 %" in German, with its non-breaking space), always with the same number of
 * decimals, so shares side by side never mix "47.2 %" and "28%". `percent` is in points
 * (0–100), as the API reports shares. Whole percent by default: the intervals around most
 * shares are several points wide.
 */
export function formatPercent(percent: number, locale: NumberLocale, digits = 0): string {
  const factor = 10 ** digits;
  // Round in points first, so -0.4 is written "0%", never "-0%".
  const rounded = Math.round(percent * factor) / factor || 0;
  return numberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(rounded / 100);
}

/** A share 0..1 (a fraction, not points) as a percentage. */
export function formatShare(share: number, locale: NumberLocale, digits = 0): string {
  return formatPercent(share * 100, locale, digits);
}
