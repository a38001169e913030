import type { BenchmarkMarket, BenchmarkMetric } from '../../shared/contracts/benchmarks.js';

/**
 * The contract's benchmark constants, repeated here so the overview's first download carries no
 * zod (the contract module builds schemas on import). A test keeps both in step.
 */
export const ANY_INDUSTRY = 'all';
export const METRIC_OPTIONS: readonly BenchmarkMetric[] = ['nps', 'csat', 'ces'];
export const MARKET_OPTIONS: readonly BenchmarkMarket[] = ['b2b', 'b2c', 'both'];
export const TEXT_LIMITS = { label: 120, source: 300, method: 300, note: 1000 } as const;
