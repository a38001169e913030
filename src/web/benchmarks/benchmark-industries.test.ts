import { describe, expect, it } from 'vitest';
import {
  ANY_INDUSTRY,
  BENCHMARK_INDUSTRY_IDS,
  BENCHMARK_LIMITS,
  BENCHMARK_MARKETS,
  BENCHMARK_METRICS,
} from '../../shared/contracts/benchmarks.js';
import { INDUSTRIES } from '../settings/industries.js';
import * as options from './benchmark-options.js';

describe('benchmark constants of the dashboard', () => {
  it('key on the industry ids Settings → Organization stores', () => {
    expect([...BENCHMARK_INDUSTRY_IDS]).toEqual([...INDUSTRIES]);
  });

  it("repeat the contract's values", () => {
    expect(options.ANY_INDUSTRY).toBe(ANY_INDUSTRY);
    expect(options.METRIC_OPTIONS).toEqual(BENCHMARK_METRICS);
    expect(options.MARKET_OPTIONS).toEqual(BENCHMARK_MARKETS);
    expect(options.TEXT_LIMITS).toEqual({
      label: BENCHMARK_LIMITS.label,
      source: BENCHMARK_LIMITS.source,
      method: BENCHMARK_LIMITS.method,
      note: BENCHMARK_LIMITS.note,
    });
  });
});
