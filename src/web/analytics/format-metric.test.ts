import { describe, expect, it } from 'vitest';
import {
  formatBucket,
  formatCount,
  formatEffectiveN,
  formatInterval,
  formatMean,
  formatPoints,
  formatScore,
  localeOf,
} from './format-metric.js';

describe('overview number formats', () => {
  it('writes NPS as signed whole points and never "-0"', () => {
    expect(formatScore('nps', 31.6, 'en-GB')).toBe('+32');
    expect(formatScore('nps', -4.5, 'en-GB')).toBe('-4');
    expect(formatScore('nps', -0.4, 'de-DE')).toBe('0');
    expect(formatScore('nps', null, 'en-GB')).toBe('–');
  });

  it('writes CSAT and CES as whole percentages in the locale', () => {
    expect(formatScore('csat', 75, 'en-GB')).toBe('75%');
    expect(formatScore('ces', 66.56, 'de-DE')).toBe('67\u00a0%');
  });

  it('writes intervals with both bounds in the score unit', () => {
    expect(formatInterval('nps', { low: 14.05, high: 44.2 }, 'en-GB')).toBe('+14 – +44');
    expect(formatInterval('csat', { low: 66.56, high: 81.89 }, 'en-GB')).toBe('67 – 82');
    expect(formatInterval('nps', null, 'en-GB')).toBe('–');
  });

  it('writes counts, means, effective n and detectable differences', () => {
    expect(formatCount(12345, 'en-GB')).toBe('12,345');
    expect(formatCount(12345, 'de-DE')).toBe('12.345');
    expect(formatMean(3.975, 'de-DE')).toBe('3,98');
    expect(formatEffectiveN(210.9, 'en-GB')).toBe('210');
    expect(formatPoints(11.2, 'en-GB')).toBe('12');
    expect(localeOf('de')).toBe('de-DE');
    expect(localeOf('en')).toBe('en-GB');
  });

  it('labels trend buckets in the locale', () => {
    expect(formatBucket('2026-02', 'en-GB')).toBe('Feb 2026');
    expect(formatBucket('2026-03', 'de-DE')).toBe('März 2026');
    expect(formatBucket('2026-Q1', 'en-GB')).toBe('Q1 2026');
    expect(formatBucket('2026-W05', 'de-DE')).toBe('KW5 2026');
    expect(formatBucket('2026-W05', 'en-GB')).toBe('W5 2026');
  });
});
