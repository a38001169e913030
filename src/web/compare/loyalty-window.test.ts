import { describe, expect, it } from 'vitest';
import { loyaltyParams } from './loyalty-window.js';

describe('loyalty window from the view filters', () => {
  it('takes the survey always and the period only when a year of follow-up has passed', () => {
    expect(
      loyaltyParams({ surveyId: 's-1', segment: 'SMB', from: '2025-12-01', to: '2026-03-01' }, '2026-03-10'),
    ).toEqual({ params: { surveyId: 's-1' }, usesViewPeriod: false });
    expect(loyaltyParams({ from: '2024-01-01', to: '2025-01-01' }, '2026-03-10')).toEqual({
      params: { from: '2024-01-01T00:00:00Z', to: '2025-01-01T00:00:00Z' },
      usesViewPeriod: true,
    });
    expect(loyaltyParams({ to: '2025-03-10' }, '2026-03-10')).toEqual({
      params: { to: '2025-03-10T00:00:00Z' },
      usesViewPeriod: true,
    });
    expect(loyaltyParams({}, '2026-03-10')).toEqual({ params: {}, usesViewPeriod: false });
  });
});
