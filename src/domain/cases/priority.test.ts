import { describe, expect, it } from 'vitest';
import { casePriority, raisePriority, type PriorityInput } from './priority.js';

const input = (over: Partial<PriorityInput> = {}): PriorityInput => ({
  score: 5,
  scaleMin: 0,
  scaleMax: 10,
  channel: 'email',
  revenue: 1_000,
  highValueRevenue: 50_000,
  ...over,
});

describe('case priority', () => {
  it.each<[string, Partial<PriorityInput>, string]>([
    // The bottom fifth of the scale is high, any other score normal.
    ['NPS 0', { score: 0 }, 'high'],
    ['NPS 2 (the edge of the bottom fifth)', { score: 2 }, 'high'],
    ['NPS 3', { score: 3 }, 'normal'],
    ['NPS 6', { score: 6 }, 'normal'],
    ['one star of five', { score: 1, scaleMin: 1, scaleMax: 5 }, 'high'],
    ['two stars of five', { score: 2, scaleMin: 1, scaleMax: 5 }, 'normal'],
    ['CES 2 on 1–7', { score: 2, scaleMin: 1, scaleMax: 7 }, 'high'],
    ['CES 3 on 1–7', { score: 3, scaleMin: 1, scaleMax: 7 }, 'normal'],
    ['no score (a negative comment)', { score: null, scaleMin: null, scaleMax: null }, 'normal'],
    ['a score without a scale', { score: 0, scaleMin: null, scaleMax: null }, 'normal'],
    ['a scale of one point', { score: 3, scaleMin: 3, scaleMax: 3 }, 'normal'],
    // Public channels and high-value customers each raise a step.
    ['social', { channel: 'social' }, 'high'],
    ['review', { channel: 'review' }, 'high'],
    ['chat is not public', { channel: 'chat' }, 'normal'],
    ['a high-value customer', { revenue: 50_000 }, 'high'],
    ['just below high value', { revenue: 49_999 }, 'normal'],
    ['unknown revenue', { revenue: null }, 'normal'],
    [
      'nobody is high value when the organization sets no line',
      { revenue: 1e9, highValueRevenue: null },
      'normal',
    ],
    ['bottom fifth on social', { score: 1, channel: 'social' }, 'urgent'],
    ['high value on social', { channel: 'review', revenue: 80_000 }, 'urgent'],
    ['no score, high value on social', { score: null, channel: 'social', revenue: 80_000 }, 'urgent'],
    // Three reasons, but urgent is the top.
    [
      'bottom fifth, social and high value stays urgent',
      { score: 0, channel: 'social', revenue: 80_000 },
      'urgent',
    ],
  ])('%s → %s', (_name, over, expected) => {
    expect(casePriority(input(over))).toBe(expected);
  });

  it.each([
    ['low', 'normal'],
    ['normal', 'high'],
    ['high', 'urgent'],
    ['urgent', 'urgent'],
  ] as const)('raising %s gives %s', (from, to) => {
    expect(raisePriority(from)).toBe(to);
  });
});
