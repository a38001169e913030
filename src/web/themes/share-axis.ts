import type { TrendPoint } from '../analytics/trend-geometry.js';

const STEPS = [1, 2, 5, 10, 20, 25] as const;

/**
 * The y axis of a share chart, in percent: from 0 to a round top above every share and every
 * interval of the buckets with enough comments (thin buckets' whiskers are clipped, as on the
 * score trend, so one day with three comments does not flatten the rest), with four or five ticks.
 * A theme at 3 % gets an axis to 4 %, not to 100 %.
 */
export function shareAxis(points: readonly TrendPoint[]): { max: number; ticks: number[] } {
  let top = 0;
  for (const p of points) {
    if (p.score === null) continue;
    top = Math.max(top, p.score, !p.isThin && p.ci ? p.ci.high : 0);
  }
  const step = STEPS.find((s) => top <= s * 5) ?? 25;
  const max = Math.min(100, Math.max(step, Math.ceil(top / step) * step));
  const ticks: number[] = [];
  for (let v = 0; v <= max + 1e-9; v += step) ticks.push(v);
  return { max, ticks };
}
