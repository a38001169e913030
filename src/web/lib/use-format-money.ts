import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrganization } from '../api/use-organization.js';
import { formatMoney } from './format-money.js';
import { localeOf } from './number-locale.js';

/**
 * Writes amounts in the organization's currency (Settings → Organization) and the interface
 * language. Until the organization has loaded, amounts are written as plain numbers: a
 * moment without a symbol is better than a moment with the wrong one.
 */
export function useFormatMoney(): (amount: number, digits?: number) => string {
  const { i18n } = useTranslation();
  const currency = useOrganization().data?.currency;
  const locale = localeOf(i18n.language);
  return useCallback(
    (amount: number, digits = 0) =>
      currency
        ? formatMoney(amount, currency, locale, digits)
        : new Intl.NumberFormat(locale, {
            minimumFractionDigits: digits,
            maximumFractionDigits: digits,
          }).format(amount),
    [currency, locale],
  );
}
