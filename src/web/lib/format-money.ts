import { numberFormat, type NumberLocale } from './number-locale.js';

/** The currency an organization starts with (Settings → Organization changes it). */
export const DEFAULT_CURRENCY = 'EUR';

/**
 * An amount of money in the organization's currency, written the locale's way ("€1,234" in
 * English, "1.234 €" in German). Whole units by default: revenue and lifetime value are sums
 * and estimates where cents would claim a precision they lack.
 */
export function formatMoney(amount: number, currency: string, locale: NumberLocale, digits = 0): string {
  return numberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(amount);
}

/** The currency's name in the interface language ("Euro", "US-Dollar"), for the settings list. */
export function currencyName(currency: string, locale: NumberLocale): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'currency', fallback: 'code' }).of(currency) ?? currency;
  } catch {
    return currency;
  }
}
