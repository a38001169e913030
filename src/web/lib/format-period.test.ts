import { describe, expect, it } from 'vitest';
import { dayBefore, formatDay, formatDayRange } from './format-period.js';

describe('the days a view covers', () => {
  it('writes first and last day shown, the exclusive end made inclusive', () => {
    expect(formatDayRange('2025-12-01', '2026-12-01', 'en-GB')).toBe('1 Dec 2025\u2009–\u200930 Nov 2026');
    expect(formatDayRange('2025-12-01', '2026-12-01', 'de-DE')).toBe(
      '1. Dez. 2025\u2009–\u200930. Nov. 2026',
    );
  });

  it('reads days as UTC calendar days, whatever the clock zone', () => {
    expect(formatDay('2026-03-01', 'en-GB')).toBe('1 Mar 2026');
    expect(dayBefore('2026-03-01')).toBe('2026-02-28');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
    // The API takes times too: an exclusive end at a time ends on that day.
    expect(dayBefore('2026-03-01T10:00:00Z')).toBe('2026-03-01');
    expect(formatDay('not a day', 'en-GB')).toBe('not a day');
  });
});
