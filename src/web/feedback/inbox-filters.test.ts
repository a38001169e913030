import { describe, expect, it } from 'vitest';
import { inboxFiltersPath, readInboxFilters } from './inbox-filters.js';

describe('inbox filters in the address', () => {
  it('reads the Responses filters plus the inbox channels, the rating metric and the search', () => {
    expect(readInboxFilters('?channel=review&q=Rechnungen&language=de')).toEqual({
      channel: 'review',
      q: 'Rechnungen',
      language: 'de',
    });
    expect(readInboxFilters('?channel=survey&metric=rating&score=4')).toEqual({
      channel: 'survey',
      metric: 'rating',
      score: '4',
    });
    expect(readInboxFilters('?channel=fax&metric=nps&category=detractor')).toEqual({
      metric: 'nps',
      category: 'detractor',
    });
    expect(readInboxFilters(`?q=${'a'.repeat(201)}`)).toEqual({});
    expect(readInboxFilters('?metric=rating&score=101')).toEqual({ metric: 'rating' });
  });

  it('writes the inbox address with the same keys and drops a category without NPS', () => {
    expect(inboxFiltersPath({ channel: 'review', q: 'Rechnung & Mahnung' })).toBe(
      '/feedback?channel=review&q=Rechnung+%26+Mahnung',
    );
    expect(inboxFiltersPath({ metric: 'rating', category: 'promoter' })).toBe('/feedback?metric=rating');
    expect(inboxFiltersPath({})).toBe('/feedback');
  });
});
