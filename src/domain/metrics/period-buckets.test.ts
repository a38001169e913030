import { describe, expect, it } from 'vitest';
import { periodBuckets, periodGrain } from './period-buckets.js';

const d = (day: string) => new Date(`${day}T00:00:00Z`);

describe('periodGrain', () => {
  it.each([
    { from: '2026-11-01', to: '2026-11-02', grain: 'day' },
    { from: '2026-11-01', to: '2026-12-02', grain: 'day' }, // 31 days
    { from: '2026-11-01', to: '2026-12-03', grain: 'week' }, // 32 days
    { from: '2025-12-01', to: '2026-12-01', grain: 'week' }, // 365 days
    { from: '2023-12-01', to: '2024-12-01', grain: 'week' }, // 366 days (leap year)
    { from: '2025-11-29', to: '2026-12-01', grain: 'month' }, // 367 days
    { from: '2024-11-29', to: '2026-12-01', grain: 'month' },
  ])('$from – $to: $grain', ({ from, to, grain }) => {
    expect(periodGrain(d(from), d(to))).toBe(grain);
  });
  it('refuses an empty period', () => {
    expect(() => periodGrain(d('2026-11-01'), d('2026-11-01'))).toThrow(RangeError);
  });
});

describe('periodBuckets', () => {
  it('gives every day of a short period', () => {
    const buckets = periodBuckets(d('2026-11-29'), d('2026-12-02'), 'day');
    expect(buckets.map((b) => [b.key, b.from, b.to])).toEqual([
      ['2026-11-29', '2026-11-29', '2026-11-30'],
      ['2026-11-30', '2026-11-30', '2026-12-01'],
      ['2026-12-01', '2026-12-01', '2026-12-02'],
    ]);
  });

  it('cuts the first and last ISO weeks to the period but keeps their Monday as start', () => {
    // 2026-11-04 is a Wednesday; 2026-11-20 a Friday.
    const buckets = periodBuckets(d('2026-11-04'), d('2026-11-20'), 'week');
    expect(buckets).toEqual([
      { key: '2026-W45', start: '2026-11-02', from: '2026-11-04', to: '2026-11-09' },
      { key: '2026-W46', start: '2026-11-09', from: '2026-11-09', to: '2026-11-16' },
      { key: '2026-W47', start: '2026-11-16', from: '2026-11-16', to: '2026-11-20' },
    ]);
  });

  it('names the week of 1 January 2027 by its Thursday’s year (2026-W53)', () => {
    const [first] = periodBuckets(d('2027-01-01'), d('2027-01-02'), 'week');
    expect(first).toMatchObject({ key: '2026-W53', start: '2026-12-28' });
  });

  it('gives calendar months, a leap February included', () => {
    const buckets = periodBuckets(d('2024-01-15'), d('2024-04-01'), 'month');
    expect(buckets.map((b) => [b.key, b.start, b.from, b.to])).toEqual([
      ['2024-01', '2024-01-01', '2024-01-15', '2024-02-01'],
      ['2024-02', '2024-02-01', '2024-02-01', '2024-03-01'],
      ['2024-03', '2024-03-01', '2024-03-01', '2024-04-01'],
    ]);
  });

  it('covers the period without gaps or overlaps', () => {
    for (const grain of ['day', 'week', 'month'] as const) {
      const buckets = periodBuckets(d('2025-02-10'), d('2026-03-03'), grain);
      expect(buckets[0]?.from).toBe('2025-02-10');
      expect(buckets.at(-1)?.to).toBe('2026-03-03');
      for (let i = 1; i < buckets.length; i++) expect(buckets[i]?.from).toBe(buckets[i - 1]?.to);
    }
  });
});
