import { describe, expect, it } from 'vitest';
import {
  metricFilters,
  overviewSearch,
  parseOverviewSearch,
  periodRange,
  type OverviewState,
} from './overview-url.js';

describe('overview address', () => {
  it('opens on the last 12 months, by month and segment, NPS, without parameters', () => {
    expect(parseOverviewSearch('')).toEqual({
      period: { kind: 'preset', preset: '12m' },
      filters: {},
      trend: 'month',
      breakdown: 'segment',
      metric: 'nps',
    });
    expect(overviewSearch(parseOverviewSearch(''))).toBe('');
  });

  it('round-trips every part of the state, defaults left out', () => {
    const state: OverviewState = {
      period: { kind: 'custom', from: '2026-01-01', to: '2026-02-01' },
      filters: { segment: 'Enterprise & Co', surveyId: 'a1b2', language: 'de' },
      trend: 'week',
      breakdown: 'region',
      metric: 'csat',
    };
    const search = overviewSearch(state);
    expect(search).toBe(
      '?from=2026-01-01&to=2026-01-31&segment=Enterprise+%26+Co&surveyId=a1b2&language=de&trend=week&by=region&metric=csat',
    );
    expect(parseOverviewSearch(search)).toEqual(state);
    const preset: OverviewState = { ...state, period: { kind: 'preset', preset: '30d' } };
    expect(overviewSearch(preset)).toMatch(/^\?period=30d&/);
    expect(parseOverviewSearch(overviewSearch(preset))).toEqual(preset);
  });

  it('keeps a theme and a sentiment in the address and passes them to every metrics request', () => {
    const state = parseOverviewSearch('?theme=billing&sentiment=negative&segment=SMB&period=30d');
    expect(state.filters).toEqual({ segment: 'SMB', theme: 'billing', sentiment: 'negative' });
    expect(overviewSearch(state)).toBe('?period=30d&segment=SMB&theme=billing&sentiment=negative');
    expect(metricFilters(state, '2026-12-06')).toEqual({
      from: '2026-11-07',
      to: '2026-12-07',
      segment: 'SMB',
      theme: 'billing',
      sentiment: 'negative',
    });
    // Values the API would refuse never reach it.
    expect(parseOverviewSearch('?theme=Billing%20X&sentiment=angry').filters).toEqual({});
  });

  it('ignores what the API would refuse: bad days, an end before the start, unknown values and keys, over-long values', () => {
    const s = parseOverviewSearch(
      `?from=2026-02-30&to=2026-13-01&period=7y&trend=day&by=colour&metric=foo&colour=red&region=${'x'.repeat(201)}&channel=%20`,
    );
    expect(s).toEqual({
      period: { kind: 'preset', preset: '12m' },
      filters: {},
      trend: 'month',
      breakdown: 'segment',
      metric: 'nps',
    });
    expect(parseOverviewSearch('?from=2026-03-01&to=2026-02-01').period).toEqual({
      kind: 'custom',
      from: '2026-03-01',
      to: null,
    });
    // The address names the last day shown; the state holds the API's exclusive end.
    expect(parseOverviewSearch('?to=2026-01-31').period).toEqual({
      kind: 'custom',
      from: null,
      to: '2026-02-01',
    });
    expect(parseOverviewSearch('?from=2026-03-01&to=2026-03-01').period).toEqual({
      kind: 'custom',
      from: '2026-03-01',
      to: '2026-03-02',
    });
  });

  it('turns presets into UTC days with today included and `to` exclusive', () => {
    expect(periodRange({ kind: 'preset', preset: '30d' }, '2026-03-10')).toEqual({
      from: '2026-02-09',
      to: '2026-03-11',
    });
    expect(periodRange({ kind: 'preset', preset: '90d' }, '2026-03-10')).toEqual({
      from: '2025-12-11',
      to: '2026-03-11',
    });
    expect(periodRange({ kind: 'preset', preset: '12m' }, '2026-03-10')).toEqual({
      from: '2025-03-11',
      to: '2026-03-11',
    });
    // A month without the day: clamped to its end, not spilling into the next month.
    expect(periodRange({ kind: 'preset', preset: '12m' }, '2025-02-28')).toEqual({
      from: '2024-03-01',
      to: '2025-03-01',
    });
    expect(periodRange({ kind: 'preset', preset: '12m' }, '2024-12-30')).toEqual({
      from: '2023-12-31',
      to: '2024-12-31',
    });
    expect(periodRange({ kind: 'preset', preset: 'all' }, '2026-03-10')).toEqual({});
  });

  it('gives the metrics API its filters: the period and the set dimensions only', () => {
    const state = parseOverviewSearch('?period=30d&segment=SMB&product=Cloud&trend=week');
    expect(metricFilters(state, '2026-03-10')).toEqual({
      from: '2026-02-09',
      to: '2026-03-11',
      segment: 'SMB',
      product: 'Cloud',
    });
  });
});
