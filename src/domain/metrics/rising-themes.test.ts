import { describe, expect, it } from 'vitest';
import { baselineWindow, risingThemes, type ThemeShareCounts } from './rising-themes.js';

const theme = (
  key: string,
  mentions: number,
  comments: number,
  baselineMentions: number,
  baselineComments: number,
): ThemeShareCounts<string> => ({ key, mentions, comments, baselineMentions, baselineComments });

describe('risingThemes', () => {
  it('tests a theme whose share rose: 30 of 200 (15 %) against 30 of 600 (5 %)', () => {
    const [mark] = risingThemes([theme('billing', 30, 200, 30, 600)]);
    // pooled p = 60/800; z = (0.15 − 0.05)/√(0.075·0.925·(1/200 + 1/600)) = 4.64991, p = 1 − Φ(z)
    expect(mark?.test?.baselineShare).toBeCloseTo(0.05, 12);
    expect(mark?.test?.pValue).toBeCloseTo(1.66044e-6, 10);
    expect(mark?.test?.qValue).toBeCloseTo(mark?.test?.pValue ?? -1, 12);
    expect(mark?.test?.rising).toBe(true);
  });

  it.each([
    { name: 'a steady share', row: theme('a', 20, 200, 60, 600), tested: true, rising: false },
    { name: 'a falling share', row: theme('a', 10, 200, 90, 600), tested: true, rising: false },
    {
      name: 'fewer than 10 mentions, however steep',
      row: theme('a', 9, 20, 0, 600),
      tested: false,
      rising: false,
    },
    { name: 'no baseline comments', row: theme('a', 50, 200, 0, 0), tested: false, rising: false },
    { name: 'no period comments', row: theme('a', 0, 0, 10, 600), tested: false, rising: false },
    { name: 'zero baseline mentions', row: theme('a', 12, 100, 0, 300), tested: true, rising: true },
    { name: 'every comment in both windows', row: theme('a', 40, 40, 120, 120), tested: true, rising: false },
  ])('$name', ({ row, tested, rising }) => {
    const [mark] = risingThemes([row]);
    expect(mark?.test !== null).toBe(tested);
    expect(mark?.test?.rising ?? false).toBe(rising);
    if (mark?.test) {
      expect(mark.test.pValue).toBeGreaterThanOrEqual(0);
      expect(mark.test.pValue).toBeLessThanOrEqual(1);
    }
  });

  it('a steady share has p ≈ 0.5 one-sided, a falling one p > 0.5', () => {
    const [steady, falling] = risingThemes([theme('s', 20, 200, 60, 600), theme('f', 10, 200, 90, 600)]);
    expect(steady?.test?.pValue).toBeCloseTo(0.5, 10);
    expect(falling?.test?.pValue).toBeGreaterThan(0.99);
  });

  it('adjusts across the tested themes only: a p of 0.03 rises alone, not among steady themes', () => {
    // 28 of 400 (7 %) vs 60 of 1,200 (5 %): z ≈ 1.50, p ≈ 0.066; 31 of 400: p ≈ 0.03.
    const alone = risingThemes([theme('x', 31, 400, 60, 1200), theme('thin', 3, 400, 0, 1200)]);
    const p = alone[0]?.test?.pValue ?? 1;
    expect(p).toBeGreaterThan(0.01);
    expect(p).toBeLessThan(0.05);
    expect(alone[0]?.test?.rising).toBe(true);
    expect(alone[1]?.test).toBeNull();
    const crowd = risingThemes([
      theme('x', 31, 400, 60, 1200),
      ...Array.from({ length: 9 }, (_, i) => theme(`steady-${i}`, 20, 400, 60, 1200)),
    ]);
    expect(crowd[0]?.test?.qValue).toBeCloseTo(Math.min(1, p * 10), 10);
    expect(crowd[0]?.test?.rising).toBe(false);
  });

  it('keeps the input order and keys', () => {
    const marks = risingThemes([theme('b', 1, 10, 1, 10), theme('a', 30, 200, 30, 600)]);
    expect(marks.map((m) => m.key)).toEqual(['b', 'a']);
  });

  it.each([
    { name: 'more mentions than comments', row: theme('a', 11, 10, 0, 10) },
    { name: 'negative counts', row: theme('a', 10, 20, -1, 10) },
    { name: 'fractional counts', row: theme('a', 10.5, 20, 1, 10) },
  ])('refuses $name', ({ row }) => {
    expect(() => risingThemes([row])).toThrow(RangeError);
  });

  it('refuses an impossible false-discovery rate', () => {
    expect(() => risingThemes([], { fdr: 0 })).toThrow(RangeError);
  });
});

describe('baselineWindow', () => {
  it('is the three times longer stretch right before the period', () => {
    const w = baselineWindow(new Date('2026-11-01T00:00:00Z'), new Date('2026-12-01T00:00:00Z'));
    expect(w.from.toISOString()).toBe('2026-08-03T00:00:00.000Z');
    expect(w.to.toISOString()).toBe('2026-11-01T00:00:00.000Z');
  });
  it('starts no earlier than year 1', () => {
    const w = baselineWindow(new Date('0500-01-01T00:00:00Z'), new Date('0900-01-01T00:00:00Z'));
    expect(w.from.toISOString()).toBe('0001-01-01T00:00:00.000Z');
  });
  it('refuses a period that ends before it starts', () => {
    expect(() => baselineWindow(new Date('2026-12-01'), new Date('2026-11-01'))).toThrow(RangeError);
  });
});
