import { describe, expect, it } from 'vitest';
import { addDays, exportPath, readResponseFilters, responseFiltersPath } from './response-filters.js';

describe('response filters in the address', () => {
  it('reads what responsesPath writes and drops what the API would refuse', () => {
    // The address names the last day shown (31 March); the filters hold the API's exclusive end.
    expect(
      readResponseFilters(
        '?metric=nps&category=detractor&segment=SMB&from=2025-01-01&to=2025-03-31&colour=red',
      ),
    ).toEqual({
      metric: 'nps',
      category: 'detractor',
      segment: 'SMB',
      from: '2025-01-01',
      to: '2025-04-01',
    });
    expect(responseFiltersPath(readResponseFilters('?from=2025-01-01&to=2025-03-31'))).toBe(
      '/responses?from=2025-01-01&to=2025-03-31',
    );
    expect(readResponseFilters('?category=detractor&score=11&hasComment=yes&from=2025-13')).toEqual({});
    expect(readResponseFilters('?metric=csat&score=7')).toEqual({ metric: 'csat' });
    expect(readResponseFilters('?metric=csat&score=5&hasComment=true')).toEqual({
      metric: 'csat',
      score: '5',
      hasComment: 'true',
    });
  });

  it('reads a theme and a sentiment as the API takes them, and passes them to the export', () => {
    const filters = readResponseFilters(
      '?theme=support_reach&sentiment=negative&from=2026-11-01&to=2026-11-30',
    );
    expect(filters).toEqual({
      theme: 'support_reach',
      sentiment: 'negative',
      from: '2026-11-01',
      to: '2026-12-01',
    });
    expect(responseFiltersPath(filters)).toBe(
      '/responses?from=2026-11-01&to=2026-11-30&theme=support_reach&sentiment=negative',
    );
    expect(exportPath('xlsx', filters, 'en')).toBe(
      '/api/v1/exports/responses.xlsx?from=2026-11-01&to=2026-12-01&theme=support_reach&sentiment=negative&lang=en',
    );
    // What the API would refuse is dropped: capitals, spaces, an unknown sentiment, 65 characters.
    expect(readResponseFilters(`?theme=Billing&sentiment=angry`)).toEqual({});
    expect(readResponseFilters(`?theme=bill%20ing&sentiment=Negative`)).toEqual({});
    expect(readResponseFilters(`?theme=${'a'.repeat(65)}`)).toEqual({});
    expect(readResponseFilters(`?theme=${'a'.repeat(64)}`)).toEqual({ theme: 'a'.repeat(64) });
  });

  it('writes the page and the export with the same keys', () => {
    expect(responseFiltersPath({ metric: 'csat', category: 'promoter', segment: 'SMB' })).toBe(
      '/responses?metric=csat&segment=SMB',
    );
    expect(responseFiltersPath({})).toBe('/responses');
    expect(exportPath('csv', { metric: 'nps', region: 'UK & Ireland' }, 'de')).toBe(
      '/api/v1/exports/responses.csv?metric=nps&region=UK+%26+Ireland&lang=de',
    );
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });
});
