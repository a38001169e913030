import { describe, expect, it } from 'vitest';
import { formatCaseDay, formatCaseTime } from './format-case-time.js';

describe('formatCaseTime', () => {
  it('writes the wall clock of the reader’s zone, across a daylight-saving change', () => {
    // Berlin moved from 02:00 CET to 03:00 CEST on 29 March 2026.
    expect(formatCaseTime(new Date('2026-03-29T00:30:00Z'), 'Europe/Berlin', 'en')).toBe(
      'Sun 29 Mar 2026, 01:30 CET',
    );
    expect(formatCaseTime(new Date('2026-03-29T01:30:00Z'), 'Europe/Berlin', 'en')).toBe(
      'Sun 29 Mar 2026, 03:30 CEST',
    );
    expect(formatCaseTime(new Date('2026-03-29T01:30:00Z'), 'Europe/Berlin', 'de')).toBe(
      'So. 29. März 2026, 03:30 Uhr MESZ',
    );
  });

  it('takes the calendar day (and weekday) of the zone, not of UTC', () => {
    const at = new Date('2026-07-01T22:30:00Z');
    expect(formatCaseDay(at, 'Europe/Berlin', 'en')).toBe('Thu 2 Jul 2026');
    expect(formatCaseDay(at, 'America/New_York', 'en')).toBe('Wed 1 Jul 2026');
    expect(formatCaseDay(at, 'Europe/Berlin', 'de')).toBe('Do. 2. Juli 2026');
    expect(formatCaseTime(at, 'Asia/Kolkata', 'en')).toBe('Thu 2 Jul 2026, 04:00 GMT+5:30');
  });

  it('falls back to UTC for a zone it does not know', () => {
    expect(formatCaseTime(new Date('2026-07-01T22:30:00Z'), 'Mars/Olympus', 'en')).toBe(
      'Wed 1 Jul 2026, 22:30 UTC',
    );
  });
});
