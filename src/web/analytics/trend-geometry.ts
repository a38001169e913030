import type { TMetric } from '../../shared/contracts/metrics.js';

/** One trend bucket as the chart needs it. */
export interface TrendPoint {
  key: string;
  score: number | null;
  ci: { low: number; high: number } | null;
  isThin: boolean;
}

const SCALE: Record<TMetric, [number, number]> = { nps: [-100, 100], csat: [0, 100], ces: [0, 100] };

/**
 * The y range: the scores and the intervals of the buckets with enough answers, widened to
 * whole tens and at least 20 points, inside the metric's scale. Thin buckets' intervals are
 * left out on purpose: a week with five answers spans most of the scale and would flatten the
 * rest of the line; their whiskers are clipped to the plot instead.
 */
export function yDomain(points: readonly TrendPoint[], metric: TMetric): [number, number] {
  const [lo, hi] = SCALE[metric];
  const values: number[] = [];
  for (const p of points) {
    if (p.score === null) continue;
    values.push(p.score);
    if (!p.isThin && p.ci) values.push(p.ci.low, p.ci.high);
  }
  if (values.length === 0) return [lo, hi];
  let min = Math.max(lo, Math.floor(Math.min(...values) / 10) * 10);
  let max = Math.min(hi, Math.ceil(Math.max(...values) / 10) * 10);
  if (max - min < 20) {
    const mid = (min + max) / 2;
    min = Math.max(lo, Math.floor((mid - 10) / 10) * 10);
    max = Math.min(hi, min + 20);
    min = Math.max(lo, max - 20);
  }
  // Snap to the tick step, so the lowest and highest grid lines sit on the plot's edges.
  const step = tickStep(max - min);
  return [Math.max(lo, Math.floor(min / step) * step), Math.min(hi, Math.ceil(max / step) * step)];
}

function tickStep(span: number): number {
  return span <= 40 ? 10 : span <= 100 ? 20 : 50;
}

/** Runs of consecutive buckets with enough answers: the band is drawn over each run only. */
export function confidentRuns(points: readonly TrendPoint[]): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  for (const [i, p] of points.entries()) {
    if (p.score !== null && p.ci && !p.isThin) run.push(i);
    else {
      if (run.length > 0) runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** The line between neighbouring buckets with a score; dashed where either end is thin. */
export function lineSegments(points: readonly TrendPoint[]): { from: number; to: number; dashed: boolean }[] {
  const withScore = [...points.entries()].filter(([, p]) => p.score !== null).map(([i]) => i);
  const out: { from: number; to: number; dashed: boolean }[] = [];
  for (let k = 1; k < withScore.length; k++) {
    const from = withScore[k - 1] as number;
    const to = withScore[k] as number;
    out.push({ from, to, dashed: Boolean(points[from]?.isThin || points[to]?.isThin) });
  }
  return out;
}

/** An x-axis label to draw: which bucket, and where its text starts (left edge, in px). */
export interface AxisLabel {
  index: number;
  start: number;
}

/**
 * The x labels to draw, every k-th bucket with the smallest k whose labels keep `gap` pixels
 * apart. Each label is centred under its point but kept inside `[left, right]`, so the first and
 * last are pushed inwards, and that is where the old fixed step let them run into their
 * neighbours ("Jan 2026Apr 2026"). The last bucket always keeps its label; a stepped one too
 * close before it is dropped. `widths` are the labels' rendered widths (or an estimate).
 */
export function axisLabels(
  xs: readonly number[],
  widths: readonly number[],
  [left, right]: [number, number],
  gap: number,
): AxisLabel[] {
  const n = xs.length;
  if (n === 0) return [];
  const box = (i: number): AxisLabel => {
    const w = widths[i] ?? 0;
    return { index: i, start: Math.max(left, Math.min(right - w, (xs[i] ?? 0) - w / 2)) };
  };
  const end = (l: AxisLabel) => l.start + (widths[l.index] ?? 0);
  const last = box(n - 1);
  for (let step = 1; step < n; step++) {
    const chosen: AxisLabel[] = [];
    for (let i = 0; i < n - 1; i += step) {
      const label = box(i);
      if (end(label) + gap <= last.start) chosen.push(label);
    }
    chosen.push(last);
    if (chosen.every((l, k) => k === 0 || end(chosen[k - 1] as AxisLabel) + gap <= l.start)) return chosen;
  }
  return [last];
}

/** Tick values every 10, 20 or 50 points so that about five lines cross the plot. */
export function yTicks([min, max]: [number, number]): number[] {
  const step = tickStep(max - min);
  const ticks: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max; v += step) ticks.push(v);
  return ticks;
}
