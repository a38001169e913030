import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { benjaminiHochberg, markSignificantSegments } from './fdr.js';

describe('benjaminiHochberg', () => {
  it('adjusts p₍ᵢ₎·m/i, made monotone from the top, in input order (as R p.adjust "BH")', () => {
    const adjusted = benjaminiHochberg([0.01, 0.04, 0.03, 0.005]);
    [0.02, 0.04, 0.04, 0.02].forEach((value, i) => expect(adjusted[i]).toBeCloseTo(value, 12));
    expect(benjaminiHochberg([0.5, 0.9])).toEqual([0.9, 0.9]);
    expect(benjaminiHochberg([])).toEqual([]);
  });

  it('refuses p-values outside [0, 1]', () => {
    expect(() => benjaminiHochberg([0.2, 1.2])).toThrow(RangeError);
    expect(() => benjaminiHochberg([Number.NaN])).toThrow(RangeError);
  });

  it('property: adjusted values are ≥ the raw ones, ≤ 1, and keep the order of the raw ones', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 60 }), (pValues) => {
        const adjusted = benjaminiHochberg(pValues);
        pValues.forEach((p, i) => {
          expect(adjusted[i]).toBeGreaterThanOrEqual(p);
          expect(adjusted[i]).toBeLessThanOrEqual(1);
          pValues.forEach((q, j) => {
            if (p < q) expect(adjusted[i]).toBeLessThanOrEqual(adjusted[j] as number);
          });
        });
      }),
    );
  });
});

describe('markSignificantSegments', () => {
  const segments = [
    { key: 'DACH', n: 400, pValue: 0.001 },
    { key: 'Nordics', n: 120, pValue: 0.03 },
    { key: 'UK', n: 250, pValue: 0.2 },
    { key: 'Benelux', n: 12, pValue: 0.0001 },
  ];

  it('marks only what survives the false-discovery rate, and never a segment with fewer than 30 answers', () => {
    const marks = markSignificantSegments(segments);
    expect(marks.map((m) => [m.key, m.significant, m.tooFewAnswers])).toEqual([
      ['DACH', true, false],
      ['Nordics', true, false],
      ['UK', false, false],
      ['Benelux', false, true],
    ]);
    expect(marks[3]?.adjustedP).toBeNull();
    // The thin segment is not part of the family: m = 3, so Nordics is 0.03·3/2.
    expect(marks[1]?.adjustedP).toBeCloseTo(0.045, 12);
  });

  it('a p of 0.03 is no longer significant among many unremarkable segments', () => {
    const many = [
      { key: 'x', n: 100, pValue: 0.03 },
      ...Array.from({ length: 9 }, (_, i) => ({ key: `s${i}`, n: 100, pValue: 0.5 + i / 20 })),
    ];
    expect(markSignificantSegments(many)[0]?.significant).toBe(false);
  });

  it('honours another rate and minimum', () => {
    expect(markSignificantSegments(segments, { minAnswers: 10 })[3]?.significant).toBe(true);
    expect(
      markSignificantSegments(segments, { fdr: 0.01 })
        .filter((m) => m.significant)
        .map((m) => m.key),
    ).toEqual(['DACH']);
    expect(() => markSignificantSegments(segments, { fdr: 0 })).toThrow(RangeError);
  });
});
