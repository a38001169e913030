import { describe, expect, it } from 'vitest';
import { currencyName, formatMoney } from './format-money.js';

describe('money in the organization’s currency', () => {
  it('writes whole amounts with the currency the locale’s way', () => {
    expect(formatMoney(1234567.4, 'EUR', 'en-GB')).toBe('€1,234,567');
    expect(formatMoney(1234567.4, 'EUR', 'de-DE')).toBe('1.234.567\u00a0€');
    expect(formatMoney(980, 'CHF', 'de-DE')).toBe('980\u00a0CHF');
    // A dollar is not just "$" to a British reader: the symbol says which one.
    expect(formatMoney(980, 'USD', 'en-GB')).toBe('US$980');
  });

  it('shows cents only when asked', () => {
    expect(formatMoney(19.5, 'EUR', 'en-GB', 2)).toBe('€19.50');
    expect(formatMoney(19.5, 'EUR', 'de-DE', 2)).toBe('19,50\u00a0€');
  });

  it('names currencies in the interface language for the settings list', () => {
    expect(currencyName('EUR', 'en-GB')).toBe('Euro');
    expect(currencyName('USD', 'de-DE')).toBe('US-Dollar');
  });
});
