import { describe, expect, it } from 'vitest';
import { bootstrapGroupsInterval } from './bootstrap.js';
import { mulberry32 } from './mulberry32.js';
import { type NpsCounts } from './nps.js';
import { themeImpact } from './theme-impact.js';
import { themeImpactBootstrap } from './theme-impact-bootstrap.js';

const counts = (promoters: number, passives: number, detractors: number): NpsCounts => ({
  promoters,
  passives,
  detractors,
});

/** Answers as +1/0/−1, for the reference bootstrap that draws them one by one. */
const answers = (c: NpsCounts) => [
  ...Array<number>(c.promoters).fill(1),
  ...Array<number>(c.passives).fill(0),
  ...Array<number>(c.detractors).fill(-1),
];

describe('themeImpactBootstrap', () => {
  // 30 answers mention the theme (5/5/20, NPS −50), 120 do not (60/30/30, NPS 25): impact −15.
  const withTheme = counts(5, 5, 20);
  const without = counts(60, 30, 30);

  it('is deterministic for a seed and brackets the impact', () => {
    const a = themeImpactBootstrap(withTheme, without, { random: mulberry32(7) });
    const b = themeImpactBootstrap(withTheme, without, { random: mulberry32(7) });
    expect(a).toEqual(b);
    expect(a.low).toBeLessThan(-15);
    expect(a.high).toBeGreaterThan(-15);
    expect(a.high).toBeLessThan(0);
  });

  it('agrees with the analytic interval where the normal shape holds, and with a draw-by-draw bootstrap', () => {
    const boot = themeImpactBootstrap(withTheme, without, { random: mulberry32(11), resamples: 4000 });
    const analytic = themeImpact(withTheme, without).ci;
    expect(boot.low).toBeCloseTo(analytic.low, -0.5); // within ~1.5 points
    expect(boot.high).toBeCloseTo(analytic.high, -0.5);
    const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    const reference = bootstrapGroupsInterval(
      [answers(withTheme), answers(without)],
      ([t, r]) => (30 / 150) * 100 * (mean(t ?? []) - mean(r ?? [])),
      { random: mulberry32(12), resamples: 4000 },
    );
    expect(Math.abs(boot.low - reference.low)).toBeLessThan(1);
    expect(Math.abs(boot.high - reference.high)).toBeLessThan(1);
  });

  it.each([
    {
      name: 'every mention a detractor',
      withTheme: counts(0, 0, 12),
      without: counts(60, 30, 30),
      check: (ci: { low: number; high: number }) => expect(ci.high).toBeLessThan(0),
    },
    {
      name: 'one answer with the theme',
      withTheme: counts(1, 0, 0),
      without: counts(10, 10, 10),
      check: (ci: { low: number; high: number }) => expect(ci.low).toBeLessThanOrEqual(ci.high),
    },
    {
      name: 'both groups all promoters (no spread at all)',
      withTheme: counts(8, 0, 0),
      without: counts(20, 0, 0),
      check: (ci: { low: number; high: number }) => expect(ci).toEqual({ low: 0, high: 0 }),
    },
  ])('edge case: $name', ({ withTheme: t, without: r, check }) => {
    const ci = themeImpactBootstrap(t, r, { random: mulberry32(3) });
    expect(Number.isFinite(ci.low) && Number.isFinite(ci.high)).toBe(true);
    expect(ci.low).toBeGreaterThanOrEqual(-100);
    expect(ci.high).toBeLessThanOrEqual(100);
    check(ci);
  });

  it.each([
    { name: 'no answer with the theme', t: counts(0, 0, 0), r: counts(5, 5, 5) },
    { name: 'every answer with the theme', t: counts(5, 5, 5), r: counts(0, 0, 0) },
    { name: 'fractional counts', t: counts(1.5, 0, 1), r: counts(5, 5, 5) },
  ])('refuses $name', ({ t, r }) => {
    expect(() => themeImpactBootstrap(t, r, { random: mulberry32(1) })).toThrow(RangeError);
  });

  it('refuses bad options', () => {
    expect(() => themeImpactBootstrap(withTheme, without, { random: mulberry32(1), resamples: 0 })).toThrow(
      RangeError,
    );
    expect(() => themeImpactBootstrap(withTheme, without, { random: mulberry32(1), confidence: 1 })).toThrow(
      RangeError,
    );
  });
});
