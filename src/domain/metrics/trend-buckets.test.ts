import { describe, expect, it } from 'vitest';
import { trendBucketOf, trendBuckets } from './trend-buckets.js';

const at = (iso: string): Date => new Date(iso);

describe('trendBucketOf', () => {
  it('uses ISO weeks in UTC: Monday starts, and the year of the week’s Thursday', () => {
    expect(trendBucketOf(at('2026-01-01T12:00:00Z'), 'week').key).toBe('2026-W01');
    expect(trendBucketOf(at('2021-01-03T23:59:59Z'), 'week').key).toBe('2020-W53');
    expect(trendBucketOf(at('2024-12-30T00:00:00Z'), 'week').key).toBe('2025-W01');
    expect(trendBucketOf(at('2026-02-08T23:30:00Z'), 'week')).toEqual({
      key: '2026-W06',
      start: at('2026-02-02T00:00:00Z'),
      end: at('2026-02-09T00:00:00Z'),
    });
  });

  it('buckets the UTC instant: Sunday 23:30 at UTC−1 is Monday in UTC, whatever the server’s time zone', () => {
    expect(trendBucketOf(at('2026-02-08T23:30:00-01:00'), 'week').key).toBe('2026-W07');
  });

  it('buckets months and quarters', () => {
    expect(trendBucketOf(at('2026-02-28T23:59:59Z'), 'month')).toEqual({
      key: '2026-02',
      start: at('2026-02-01T00:00:00Z'),
      end: at('2026-03-01T00:00:00Z'),
    });
    expect(trendBucketOf(at('2025-12-31T10:00:00Z'), 'quarter')).toEqual({
      key: '2025-Q4',
      start: at('2025-10-01T00:00:00Z'),
      end: at('2026-01-01T00:00:00Z'),
    });
    expect(trendBucketOf(at('2026-04-01T00:00:00Z'), 'quarter').key).toBe('2026-Q2');
  });

  it('refuses an invalid date', () => {
    expect(() => trendBucketOf(new Date('nope'), 'month')).toThrow(RangeError);
  });
});

describe('trendBuckets', () => {
  const answers = [
    ...Array.from({ length: 40 }, (_, i) => ({
      at: at(`2026-01-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00Z`),
      score: i % 4 === 0 ? 3 : 10,
    })),
    ...Array.from({ length: 12 }, (_, i) => ({
      at: at(`2026-03-${String(1 + i).padStart(2, '0')}T10:00:00Z`),
      score: i % 2 === 0 ? 9 : 7,
    })),
  ];

  it('gives each bucket its n, NPS and interval, oldest first, and skips empty buckets', () => {
    const buckets = trendBuckets([...answers].reverse(), 'month');
    expect(buckets.map((b) => [b.key, b.n])).toEqual([
      ['2026-01', 40],
      ['2026-03', 12],
    ]);
    expect(buckets[0]?.estimate.score).toBeCloseTo(50, 10);
    expect(buckets[0]?.estimate.ci.low).toBeLessThan(50);
    expect(buckets[1]?.estimate.score).toBeCloseTo(50, 10);
  });

  it('marks buckets under 30 answers as thin, and their band is wider', () => {
    const [january, march] = trendBuckets(answers, 'month');
    expect(january?.isThin).toBe(false);
    expect(march?.isThin).toBe(true);
    expect((march?.estimate.ci.high ?? 0) - (march?.estimate.ci.low ?? 0)).toBeGreaterThan(
      (january?.estimate.ci.high ?? 0) - (january?.estimate.ci.low ?? 0),
    );
    expect(trendBuckets(answers, 'quarter').map((b) => [b.key, b.n, b.isThin])).toEqual([
      ['2026-Q1', 52, false],
    ]);
    expect(trendBuckets(answers, 'month', { thinBelow: 10 })[1]?.isThin).toBe(false);
  });
});
