import { describe, expect, it } from 'vitest';
import { shareAxis } from './share-axis.js';

const point = (score: number | null, high: number, isThin = false) => ({
  key: String(score),
  score,
  ci: score === null ? null : { low: 0, high },
  isThin,
});

describe('shareAxis', () => {
  it.each([
    { name: 'a small share', points: [point(2.5, 3.8)], max: 4, ticks: [0, 1, 2, 3, 4] },
    { name: 'a share around a third', points: [point(30, 41)], max: 50, ticks: [0, 10, 20, 30, 40, 50] },
    { name: 'everything', points: [point(100, 100)], max: 100, ticks: [0, 20, 40, 60, 80, 100] },
    { name: 'no comments at all', points: [point(null, 0)], max: 1, ticks: [0, 1] },
    {
      name: 'a thin bucket’s wide interval is left out',
      points: [point(5, 8), point(60, 95, true)],
      max: 60,
      ticks: [0, 20, 40, 60],
    },
  ])('$name', ({ points, max, ticks }) => {
    expect(shareAxis(points)).toEqual({ max, ticks });
  });
});
