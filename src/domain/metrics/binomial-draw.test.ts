import { describe, expect, it } from 'vitest';
import { binomialDraw } from './binomial-draw.js';
import { mulberry32 } from './mulberry32.js';

describe('binomialDraw', () => {
  it.each([
    { n: 0, p: 0.3, expected: 0 },
    { n: 25, p: 0, expected: 0 },
    { n: 25, p: 1, expected: 25 },
  ])('is exact at the edges: Binomial($n, $p) is always $expected', ({ n, p, expected }) => {
    const random = mulberry32(1);
    for (let i = 0; i < 20; i++) expect(binomialDraw(n, p, random)).toBe(expected);
  });

  it.each([
    { n: 10, p: 0.5 },
    { n: 40, p: 0.05 },
    { n: 1_000, p: 0.3 },
    { n: 4_000, p: 0.4 }, // variance 960: the last walk from the mode
    { n: 100_000, p: 0.62 }, // the normal approximation
  ])('matches the mean n·p and variance n·p·(1−p) of Binomial($n, $p)', ({ n, p }) => {
    const random = mulberry32(2026);
    const draws = Array.from({ length: 20_000 }, () => binomialDraw(n, p, random));
    const mean = draws.reduce((s, x) => s + x, 0) / draws.length;
    const variance = draws.reduce((s, x) => s + (x - mean) ** 2, 0) / (draws.length - 1);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThanOrEqual(n);
    for (const x of draws) expect(Number.isInteger(x)).toBe(true);
    // 20,000 draws: the mean's SE is √(npq/20000); 5 SE leaves no room for a wrong formula.
    expect(Math.abs(mean - n * p)).toBeLessThan(5 * Math.sqrt((n * p * (1 - p)) / 20_000));
    expect(variance / (n * p * (1 - p))).toBeGreaterThan(0.94);
    expect(variance / (n * p * (1 - p))).toBeLessThan(1.06);
  });

  it('gives the exact probabilities of a small binomial', () => {
    const random = mulberry32(9);
    const seen = [0, 0, 0, 0];
    for (let i = 0; i < 40_000; i++) (seen[binomialDraw(3, 0.5, random)] as number)++;
    // 1/8, 3/8, 3/8, 1/8
    expect(seen.map((c) => Math.round((c / 40_000) * 8 * 10) / 10)).toEqual([1, 3, 3, 1]);
  });

  it('refuses impossible arguments', () => {
    const random = mulberry32(1);
    expect(() => binomialDraw(-1, 0.5, random)).toThrow(RangeError);
    expect(() => binomialDraw(2.5, 0.5, random)).toThrow(RangeError);
    expect(() => binomialDraw(5, 1.5, random)).toThrow(RangeError);
    expect(() => binomialDraw(5, Number.NaN, random)).toThrow(RangeError);
  });
});
