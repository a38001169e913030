import i18next from 'i18next';

function locale(): string {
  return i18next.language === 'de' ? 'de-DE' : 'en-GB';
}

/** A statistic with fixed decimals, with a real minus sign when negative; `signed` adds "+" to gains. */
export function formatStat(value: number, digits = 1, signed = false): string {
  return new Intl.NumberFormat(locale(), {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: signed ? 'exceptZero' : 'auto',
  }).format(value);
}

/**
 * "[14.1, 44.2]" in English, "[14,1; 44,2]" in German (the comma is the decimal mark there).
 * `write` formats each bound, e.g. as money.
 */
export function formatInterval(
  low: number | null,
  high: number | null,
  digits = 1,
  write: (value: number) => string = (v) => formatStat(v, digits),
): string {
  const separator = i18next.language === 'de' ? '; ' : ', ';
  return `[${low === null ? '–∞' : write(low)}${separator}${high === null ? '∞' : write(high)}]`;
}

/** A p-value as statisticians write it: three decimals, "< 0.001" below that. */
export function formatPValue(p: number): string {
  return p < 0.001 ? `< ${formatStat(0.001, 3)}` : formatStat(p, 3);
}
