import { describe, expect, it } from 'vitest';
import { confidentRuns, labelStep, lineSegments, yDomain, yTicks, type TrendPoint } from './trend-geometry.js';

const p = (key: string, score: number | null, low: number, high: number, isThin = false): TrendPoint => ({ key, score, ci: score === null ? null : { low, high }, isThin });

describe('trend chart geometry', () => {
  it('fits the y range to confident intervals in tens, ignoring thin buckets’ wide intervals', () => {
    expect(yDomain([p('a', 30, 21, 39), p('b', 35, 24, 44), p('c', 10, -70, 80, true)], 'nps')).toEqual([10, 50]);
    // Never beyond the scale, and at least 20 points tall.
    expect(yDomain([p('a', 98, 95, 100)], 'csat')).toEqual([80, 100]);
    expect(yDomain([p('a', 31, 29, 33)], 'nps')).toEqual([20, 40]);
    expect(yDomain([], 'nps')).toEqual([-100, 100]);
    // Edges on the tick step: −40…100 spans 140 points, ticked every 50.
    expect(yDomain([p('a', -40, -40, -30), p('b', 100, 95, 100)], 'nps')).toEqual([-50, 100]);
  });

  it('draws the band only over runs of buckets with enough answers', () => {
    const points = [p('a', 30, 20, 40), p('b', 32, 22, 42), p('c', 5, -60, 60, true), p('d', 28, 18, 38), p('e', null, 0, 0)];
    expect(confidentRuns(points)).toEqual([[0, 1], [3]]);
  });

  it('dashes the line next to thin buckets and skips buckets without answers', () => {
    const points = [p('a', 30, 20, 40), p('b', 5, -60, 60, true), p('c', null, 0, 0), p('d', 28, 18, 38), p('e', 29, 19, 39)];
    expect(lineSegments(points)).toEqual([
      { from: 0, to: 1, dashed: true },
      { from: 1, to: 3, dashed: true },
      { from: 3, to: 4, dashed: false },
    ]);
  });

  it('thins out x labels and picks readable y ticks', () => {
    expect(labelStep(52, 1000, 60)).toBe(4);
    expect(labelStep(12, 1000, 60)).toBe(1);
    expect(yTicks([10, 50])).toEqual([10, 20, 30, 40, 50]);
    expect(yTicks([-100, 100])).toEqual([-100, -50, 0, 50, 100]);
    expect(yTicks([0, 100])).toEqual([0, 20, 40, 60, 80, 100]);
  });
});
