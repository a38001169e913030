import { describe, expect, it } from 'vitest';
import { caseFiltersPath, caseListQuery, DEFAULT_CASE_FILTERS, readCaseFilters } from './case-filters.js';

describe('case list filters in the address', () => {
  it('opens on the open work of everyone when the address names nothing', () => {
    expect(readCaseFilters('')).toEqual(DEFAULT_CASE_FILTERS);
    expect(caseFiltersPath(DEFAULT_CASE_FILTERS)).toBe('/cases');
    expect(caseListQuery(readCaseFilters(''))).toEqual({ status: 'new,open,waiting' });
  });

  it('reads statuses, assignee, priorities and breached, dropping what the API would refuse', () => {
    expect(
      readCaseFilters('?status=closed,bogus,resolved&assignee=me&priority=low,urgent,x&breached=true'),
    ).toEqual({
      statuses: ['resolved', 'closed'],
      assignee: 'me',
      priorities: ['urgent', 'low'],
      breachedOnly: true,
    });
    expect(readCaseFilters('?status=bogus&assignee=all&breached=yes&teamId=x&channel=fax')).toEqual(
      DEFAULT_CASE_FILTERS,
    );
    expect(readCaseFilters('?status=all').statuses).toEqual([]);
    expect(readCaseFilters('?status=new,open,waiting,resolved,closed').statuses).toEqual([]);
  });

  it('writes the address back so that reading it gives the same filters', () => {
    const filters = readCaseFilters('?status=waiting&assignee=none&priority=high&breached=true');
    const path = caseFiltersPath(filters);
    expect(path).toBe('/cases?status=waiting&assignee=none&priority=high&breached=true');
    expect(readCaseFilters(path.slice('/cases'.length))).toEqual(filters);
    // Every status is "all", not the default; the open work in another order is still the default.
    expect(caseFiltersPath({ ...DEFAULT_CASE_FILTERS, statuses: [] })).toBe('/cases?status=all');
    expect(caseFiltersPath({ ...DEFAULT_CASE_FILTERS, statuses: ['waiting', 'new', 'open'] })).toBe('/cases');
    expect(
      caseFiltersPath({ ...DEFAULT_CASE_FILTERS, priorities: ['low', 'normal', 'high', 'urgent'] }),
    ).toBe('/cases');
  });

  it('asks the API for every status by leaving the status out', () => {
    expect(caseListQuery(readCaseFilters('?status=all&assignee=none&priority=urgent,high'))).toEqual({
      assignee: 'none',
      priority: 'urgent,high',
    });
  });

  it('reads one person, team or channel, as the report links to them, and writes them back', () => {
    const team = '0b7c6c1e-3f1a-4c55-9d7e-2a1f0e9b8c7d';
    const filters = readCaseFilters(`?status=all&assignee=user_42&teamId=${team}&channel=chat`);
    expect(filters).toEqual({
      ...DEFAULT_CASE_FILTERS,
      statuses: [],
      person: 'user_42',
      teamId: team,
      channel: 'chat',
    });
    const path = caseFiltersPath(filters);
    expect(path).toBe(`/cases?status=all&assignee=user_42&teamId=${team}&channel=chat`);
    expect(readCaseFilters(path.slice('/cases'.length))).toEqual(filters);
    expect(caseListQuery(filters)).toEqual({ assignee: 'user_42', teamId: team, channel: 'chat' });
  });
});
