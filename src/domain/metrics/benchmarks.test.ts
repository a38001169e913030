import { describe, expect, it } from 'vitest';
import {
  ANY_INDUSTRY,
  BENCHMARK_INDUSTRY_IDS,
  BENCHMARK_SCORE_RANGE,
  ZBenchmarkInput,
} from '../../shared/contracts/benchmarks.js';
import { appliesToIndustry, BUILTIN_BENCHMARKS } from './benchmarks.js';

describe('built-in benchmarks', () => {
  it('key on the industry ids the organization picks from (src/web/benchmarks checks those against Settings)', () => {
    for (const b of BUILTIN_BENCHMARKS)
      expect([...BENCHMARK_INDUSTRY_IDS, ANY_INDUSTRY]).toContain(b.industry);
  });

  it('carry unique ids, a score in range, source, method and market, and only the figures the sources give', () => {
    expect(new Set(BUILTIN_BENCHMARKS.map((b) => b.id)).size).toBe(BUILTIN_BENCHMARKS.length);
    for (const b of BUILTIN_BENCHMARKS) {
      const [min, max] = BENCHMARK_SCORE_RANGE[b.metric];
      expect(b.score).toBeGreaterThanOrEqual(min);
      expect(b.score).toBeLessThanOrEqual(max);
      expect(b.source.length).toBeGreaterThan(0);
      expect(b.method.length).toBeGreaterThan(0);
      // An edit must be storable: with a year filled in, a built-in entry passes the input schema.
      const { industry, metric, score, label, source, method, market, note } = b;
      expect(
        ZBenchmarkInput.safeParse({
          industry,
          metric,
          score,
          label,
          source,
          method,
          market,
          note,
          year: 2024,
        }).success,
      ).toBe(true);
    }
    // PRODUCT.md: cloud software 39, insurance 80, world class above 70 — nothing else is built in.
    expect(BUILTIN_BENCHMARKS.map((b) => [b.industry, b.metric, b.score])).toEqual([
      ['software', 'nps', 39],
      ['insurance', 'nps', 80],
      [ANY_INDUSTRY, 'nps', 70],
    ]);
  });

  it('shows an entry with its own industry and the ones for every industry', () => {
    expect(appliesToIndustry('software', 'software')).toBe(true);
    expect(appliesToIndustry('software', 'insurance')).toBe(false);
    expect(appliesToIndustry(ANY_INDUSTRY, null)).toBe(true);
    expect(appliesToIndustry('software', null)).toBe(false);
  });
});
