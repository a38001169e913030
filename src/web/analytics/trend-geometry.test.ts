import { describe, expect, it } from 'vitest';
import {
  axisLabels,
  confidentRuns,
  lineSegments,
  yDomain,
  yTicks,
  type TrendPoint,
} from './trend-geometry.js';

const p = (key: string, score: number | null, low: number, high: number, isThin = false): TrendPoint => ({
  key,
  score,
  ci: score === null ? null : { low, high },
  isThin,
});

describe('trend chart geometry', () => {
  it('fits the y range to confident intervals in tens, ignoring thin buckets’ wide intervals', () => {
    expect(yDomain([p('a', 30, 21, 39), p('b', 35, 24, 44), p('c', 10, -70, 80, true)], 'nps')).toEqual([
      10, 50,
    ]);
    // Never beyond the scale, and at least 20 points tall.
    expect(yDomain([p('a', 98, 95, 100)], 'csat')).toEqual([80, 100]);
    expect(yDomain([p('a', 31, 29, 33)], 'nps')).toEqual([20, 40]);
    expect(yDomain([], 'nps')).toEqual([-100, 100]);
    // Edges on the tick step: −40…100 spans 140 points, ticked every 50.
    expect(yDomain([p('a', -40, -40, -30), p('b', 100, 95, 100)], 'nps')).toEqual([-50, 100]);
  });

  it('draws the band only over runs of buckets with enough answers', () => {
    const points = [
      p('a', 30, 20, 40),
      p('b', 32, 22, 42),
      p('c', 5, -60, 60, true),
      p('d', 28, 18, 38),
      p('e', null, 0, 0),
    ];
    expect(confidentRuns(points)).toEqual([[0, 1], [3]]);
  });

  it('dashes the line next to thin buckets and skips buckets without answers', () => {
    const points = [
      p('a', 30, 20, 40),
      p('b', 5, -60, 60, true),
      p('c', null, 0, 0),
      p('d', 28, 18, 38),
      p('e', 29, 19, 39),
    ];
    expect(lineSegments(points)).toEqual([
      { from: 0, to: 1, dashed: true },
      { from: 1, to: 3, dashed: true },
      { from: 3, to: 4, dashed: false },
    ]);
  });

  /** Positions of `count` buckets spread over [left, right], as the chart places them. */
  const spread = (count: number, left: number, right: number) =>
    Array.from({ length: count }, (_, i) => left + (i / (count - 1)) * (right - left));
  const overlaps = (labels: { index: number; start: number }[], width: number, gap: number) =>
    labels
      .slice(1)
      .filter((l, k) => (labels[k]?.start ?? 0) + width + gap > l.start)
      .map((l) => l.index);

  it('thins out x labels so that none touches its neighbour, first and last pushed inside the plot', () => {
    // Twelve months on a phone (a 260 px plot) with "Jan 2026"-sized labels: the old fixed step drew "Jan 2026Apr 2026".
    const phone = axisLabels(spread(12, 44, 304), Array(12).fill(50), [44, 304], 10);
    expect(overlaps(phone, 50, 10)).toEqual([]);
    expect(phone[0]).toEqual({ index: 0, start: 44 });
    expect(phone.at(-1)).toEqual({ index: 11, start: 254 });
    expect(phone.length).toBeGreaterThanOrEqual(3);
    // Wide screen: every month has room.
    expect(axisLabels(spread(12, 44, 1000), Array(12).fill(50), [44, 1000], 10).map((l) => l.index)).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
    ]);
    // A year of weeks: every k-th, the last always, none colliding.
    const weeks = axisLabels(spread(53, 44, 1000), Array(53).fill(60), [44, 1000], 10);
    expect(overlaps(weeks, 60, 10)).toEqual([]);
    expect(weeks.at(-1)?.index).toBe(52);
    expect(new Set(weeks.slice(1, -1).map((l, k) => l.index - (weeks[k]?.index ?? 0))).size).toBe(1);
    // One label that hardly fits is still drawn; none at all for no buckets.
    expect(axisLabels([150], [50], [44, 304], 10)).toEqual([{ index: 0, start: 125 }]);
    expect(axisLabels([], [], [44, 304], 10)).toEqual([]);
  });

  it('picks readable y ticks', () => {
    expect(yTicks([10, 50])).toEqual([10, 20, 30, 40, 50]);
    expect(yTicks([-100, 100])).toEqual([-100, -50, 0, 50, 100]);
    expect(yTicks([0, 100])).toEqual([0, 20, 40, 60, 80, 100]);
  });
});
