import { describe, expect, it } from 'vitest';
import { responsesPath } from './routes.js';

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
