import { describe, expect, it } from 'vitest';
import { axisRange, defaultPeriods, isValidPeriods } from './compare-periods.js';

describe('compare periods', () => {
  it('compares the view period with the one of the same length just before it', () => {
    expect(defaultPeriods({ from: '2025-04-01', to: '2025-07-01' }, '2026-03-10')).toEqual({
      aFrom: '2024-12-31',
      aTo: '2025-04-01',
      bFrom: '2025-04-01',
      bTo: '2025-07-01',
    });
    expect(defaultPeriods({}, '2026-03-10')).toEqual({
      aFrom: '2025-09-12',
      aTo: '2025-12-11',
      bFrom: '2025-12-11',
      bTo: '2026-03-11',
    });
    expect(defaultPeriods({ from: '2026-03-01' }, '2026-03-10')).toEqual({
      aFrom: '2026-02-19',
      aTo: '2026-03-01',
      bFrom: '2026-03-01',
      bTo: '2026-03-11',
    });
  });

  it('accepts only ordered days', () => {
    expect(
      isValidPeriods({ aFrom: '2025-01-01', aTo: '2025-02-01', bFrom: '2025-02-01', bTo: '2025-03-01' }),
    ).toBe(true);
    expect(
      isValidPeriods({ aFrom: '2025-02-01', aTo: '2025-02-01', bFrom: '2025-02-01', bTo: '2025-03-01' }),
    ).toBe(false);
    expect(isValidPeriods({ aFrom: '', aTo: '2025-02-01', bFrom: '2025-02-01', bTo: '2025-03-01' })).toBe(
      false,
    );
  });

  it('spans both intervals and zero on the axis', () => {
    expect(
      axisRange([
        { low: 14.05, high: 44.2 },
        { low: -3, high: 20 },
      ]),
    ).toEqual({ min: -10, max: 50 });
    expect(axisRange([{ low: -100, high: 100 }])).toEqual({ min: -100, max: 100 });
  });
});
