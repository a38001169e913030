import { describe, expect, it } from 'vitest';
import { keepComparePeriods, readComparePeriods, withComparePeriods } from './compare-url.js';

describe('compared periods in the address', () => {
  const periods = { aFrom: '2026-11-01', aTo: '2026-12-01', bFrom: '2026-12-01', bTo: '2026-12-05' };

  it('writes the last day of each period, as the fields show it, and reads back the API days', () => {
    const search = withComparePeriods('?segment=SMB&from=2026-12-01&to=2026-12-04', periods);
    expect(search).toBe(
      '?segment=SMB&from=2026-12-01&to=2026-12-04&aFrom=2026-11-01&aTo=2026-11-30&bFrom=2026-12-01&bTo=2026-12-04',
    );
    expect(readComparePeriods(search)).toEqual(periods);
    expect(withComparePeriods(search, null)).toBe('?segment=SMB&from=2026-12-01&to=2026-12-04');
    expect(withComparePeriods('', null)).toBe('');
  });

  it('ignores periods that are incomplete, not calendar days or end before they start', () => {
    expect(readComparePeriods('?aFrom=2026-11-01&aTo=2026-11-30&bFrom=2026-12-01')).toBeNull();
    expect(readComparePeriods('?aFrom=2026-11-01&aTo=2026-11-31&bFrom=2026-12-01&bTo=2026-12-04')).toBeNull();
    expect(readComparePeriods('?aFrom=2026-11-30&aTo=2026-11-01&bFrom=2026-12-01&bTo=2026-12-04')).toBeNull();
    // One day is a period: its first day is its last.
    expect(readComparePeriods('?aFrom=2026-11-30&aTo=2026-11-30&bFrom=2026-12-04&bTo=2026-12-04')).toEqual({
      aFrom: '2026-11-30',
      aTo: '2026-12-01',
      bFrom: '2026-12-04',
      bTo: '2026-12-05',
    });
  });

  it('survives other changes of the view, but not a new period', () => {
    const previous = withComparePeriods('?segment=SMB', periods);
    expect(keepComparePeriods(previous, '?segment=SMB&trend=week', false)).toBe(
      `?segment=SMB&trend=week&aFrom=2026-11-01&aTo=2026-11-30&bFrom=2026-12-01&bTo=2026-12-04`,
    );
    expect(keepComparePeriods(previous, '?segment=SMB&period=30d', true)).toBe('?segment=SMB&period=30d');
    expect(keepComparePeriods('?segment=SMB', '?segment=SMB&trend=week', false)).toBe(
      '?segment=SMB&trend=week',
    );
  });
});
