import { describe, expect, it } from 'vitest';
import { formatPercent, formatShare } from './format-percent.js';

describe('one percent format per locale', () => {
  it('writes the locale’s own percent: "77%" in English, "77 %" (non-breaking space) in German', () => {
    expect(formatPercent(77, 'en-GB')).toBe('77%');
    expect(formatPercent(77, 'de-DE')).toBe('77\u00a0%');
    expect(formatShare(0.62, 'en-GB')).toBe('62%');
    expect(formatShare(0.62, 'de-DE')).toBe('62\u00a0%');
  });

  it('uses the same number of decimals for every share, so neighbours never mix "47.2 %" and "28 %"', () => {
    expect([47.23, 28, 24.77].map((p) => formatPercent(p, 'en-GB'))).toEqual(['47%', '28%', '25%']);
    expect([47.23, 28, 24.77].map((p) => formatPercent(p, 'de-DE', 1))).toEqual([
      '47,2\u00a0%',
      '28,0\u00a0%',
      '24,8\u00a0%',
    ]);
  });

  it('never writes "-0 %"', () => {
    expect(formatPercent(-0.4, 'en-GB')).toBe('0%');
    expect(formatPercent(-0.04, 'de-DE', 1)).toBe('0,0\u00a0%');
    expect(formatPercent(-3.6, 'en-GB')).toBe('-4%');
  });
});
