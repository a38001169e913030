import { describe, expect, it } from 'vitest';
import { casePath, caseReportPath, matchRoute, responsesPath, themePath } from './routes.js';

describe('responsesPath', () => {
  it('writes the last day of the period into the address, as the screen shows it (the API end is exclusive)', () => {
    // A period shown as "1 Dec – 4 Dec": the API's `to` is 5 December, the address says 4 December.
    expect(
      responsesPath({ metric: 'nps', from: '2026-12-01', to: '2026-12-05', category: 'detractor' }),
    ).toBe('/responses?metric=nps&from=2026-12-01&to=2026-12-04&category=detractor');
    expect(responsesPath({ to: '2026-03-01' })).toBe('/responses?to=2026-02-28');
  });

  it('keeps an instant as it is, and leaves out empty filters', () => {
    expect(responsesPath({ to: '2026-12-04T10:30:00Z', segment: '', region: null, score: 0 })).toBe(
      '/responses?to=2026-12-04T10%3A30%3A00Z&score=0',
    );
    expect(responsesPath()).toBe('/responses');
  });
});

describe('case addresses', () => {
  it('opens a case by its id and leaves anything else under /cases to the list or not-found', () => {
    const id = '0196F6A2-7C1B-7A4B-9C1D-2E3F4A5B6C7D';
    expect(matchRoute(casePath(id))).toEqual({ name: 'case', caseId: id.toLowerCase() });
    expect(matchRoute('/cases', '?status=all')).toEqual({ name: 'area', area: 'cases' });
    expect(matchRoute('/cases/42')).toEqual({ name: 'not-found' });
  });

  it('opens the follow-up report at /cases/report, its period in the search', () => {
    expect(matchRoute(caseReportPath(), '')).toEqual({ name: 'case-report' });
    expect(matchRoute('/cases/report/', '?period=90d')).toEqual({ name: 'case-report' });
    expect(caseReportPath('?period=7d')).toBe('/cases/report?period=7d');
  });
});

describe('theme addresses', () => {
  it('opens a theme by its id, keeping the period in the search', () => {
    expect(themePath('billing', '?period=90d')).toBe('/themes/billing?period=90d');
    expect(matchRoute('/themes/billing', '?period=90d')).toEqual({ name: 'theme', themeId: 'billing' });
    expect(matchRoute(themePath('a b/c'))).toEqual({ name: 'theme', themeId: 'a b/c' });
    expect(matchRoute('/themes')).toEqual({ name: 'area', area: 'themes' });
    expect(matchRoute('/themes/%E0%A4%A')).toEqual({ name: 'not-found' });
    expect(matchRoute('/themes/billing/more')).toEqual({ name: 'not-found' });
  });
});
