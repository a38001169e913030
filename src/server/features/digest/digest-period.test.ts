import { describe, expect, it } from 'vitest';
import { lastCompleteWeek } from './digest-period.js';

describe('lastCompleteWeek', () => {
  it('is the Monday-to-Monday UTC week before the current one, with the four weeks before it as baseline', () => {
    expect(lastCompleteWeek(new Date('2026-11-09T06:00:00Z'))).toEqual({
      key: '2026-W45',
      from: '2026-11-02',
      to: '2026-11-09',
      baselineFrom: '2026-10-05',
    });
  });

  it('reports the same week for a late run or a retry later in the week', () => {
    const monday = lastCompleteWeek(new Date('2026-11-09T00:00:00Z'));
    expect(lastCompleteWeek(new Date('2026-11-10T13:00:00Z'))).toEqual(monday);
    expect(lastCompleteWeek(new Date('2026-11-15T23:59:59Z'))).toEqual(monday);
    expect(lastCompleteWeek(new Date('2026-11-08T23:59:59Z')).key).toBe('2026-W44');
  });

  it('crosses year boundaries by ISO rules (week 1 holds the first Thursday)', () => {
    expect(lastCompleteWeek(new Date('2026-01-05T06:00:00Z'))).toEqual({
      key: '2026-W01',
      from: '2025-12-29',
      to: '2026-01-05',
      baselineFrom: '2025-12-01',
    });
    expect(lastCompleteWeek(new Date('2027-01-04T06:00:00Z')).key).toBe('2026-W53');
  });
});
