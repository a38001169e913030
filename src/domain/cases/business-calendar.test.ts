import { describe, expect, it } from 'vitest';
import {
  ALWAYS_OPEN,
  addBusinessMs,
  businessMsBetween,
  calendarProblems,
  type BusinessCalendar,
} from './business-calendar.js';

const H = 3_600_000;
const weekday = [
  { start: '09:00', end: '12:00' },
  { start: '13:00', end: '17:00' },
];
/** A Berlin team: two blocks a day with a lunch break, Christmas Day off. */
const berlin: BusinessCalendar = {
  timeZone: 'Europe/Berlin',
  week: { 1: weekday, 2: weekday, 3: weekday, 4: weekday, 5: weekday },
  holidays: ['2026-12-25'],
};
/** Sunday night shifts across both daylight-saving changes of 2026 (29 March, 25 October). */
const sundayNights: BusinessCalendar = {
  timeZone: 'Europe/Berlin',
  week: { 7: [{ start: '01:00', end: '05:00' }] },
  holidays: [],
};

describe('business hours', () => {
  it.each([
    ['within a day, across the lunch break', '2026-11-30T09:00:00Z', '2026-11-30T13:00:00Z', 3 * H],
    ['over a weekend', '2026-12-04T15:00:00Z', '2026-12-07T09:00:00Z', 2 * H],
    ['over a holiday (Friday 25 December)', '2026-12-24T15:00:00Z', '2026-12-28T09:00:00Z', 2 * H],
    ['nothing outside the hours', '2026-12-05T08:00:00Z', '2026-12-06T20:00:00Z', 0],
    ['a backwards span is empty', '2026-11-30T13:00:00Z', '2026-11-30T09:00:00Z', 0],
    [
      '01:00–05:00 on the night the clocks go forward is three hours',
      '2026-03-28T12:00:00Z',
      '2026-03-29T12:00:00Z',
      3 * H,
    ],
    [
      '01:00–05:00 on the night the clocks go back is five hours',
      '2026-10-24T12:00:00Z',
      '2026-10-25T12:00:00Z',
      5 * H,
    ],
  ])('%s', (_name, from, to, expected) => {
    const cal = _name.includes('night') ? sundayNights : berlin;
    expect(businessMsBetween(cal, new Date(from), new Date(to))).toBe(expected);
  });

  it('around the clock counts every millisecond', () => {
    expect(
      businessMsBetween(ALWAYS_OPEN, new Date('2026-03-28T00:00:00Z'), new Date('2026-03-30T00:00:00Z')),
    ).toBe(48 * H);
  });

  it.each([
    ['later the same day', '2026-11-30T08:00:00Z', 2 * H, '2026-11-30T10:00:00.000Z'],
    ['jumps the lunch break', '2026-11-30T10:30:00Z', 1 * H, '2026-11-30T12:30:00.000Z'],
    ['from before opening', '2026-11-30T05:00:00Z', 30 * 60_000, '2026-11-30T08:30:00.000Z'],
    ['over the weekend', '2026-12-04T15:00:00Z', 2 * H, '2026-12-07T09:00:00.000Z'],
    ['over the holiday', '2026-12-24T15:00:00Z', 2 * H, '2026-12-28T09:00:00.000Z'],
    // Friday 16:00 CET (UTC+1) plus two hours ends Monday 10:00 CEST (UTC+2).
    ['into summer time', '2026-03-27T15:00:00Z', 2 * H, '2026-03-30T08:00:00.000Z'],
    ['into winter time', '2026-10-23T14:00:00Z', 2 * H, '2026-10-26T09:00:00.000Z'],
  ])('adds business time: %s', (_name, from, ms, expected) => {
    expect(addBusinessMs(berlin, new Date(from), ms).toISOString()).toBe(expected);
  });

  it('adding and measuring agree', () => {
    for (const [from, ms] of [
      ['2026-12-03T16:10:00Z', 11 * H + 7 * 60_000],
      ['2026-03-26T10:00:00Z', 30 * H],
      ['2026-10-22T11:59:00Z', 17 * H],
    ] as const) {
      const start = new Date(from);
      expect(businessMsBetween(berlin, start, addBusinessMs(berlin, start, ms))).toBe(ms);
    }
  });

  it('refuses to place a target in a calendar that is never open', () => {
    expect(() =>
      addBusinessMs(
        { timeZone: 'Europe/Berlin', week: {}, holidays: [] },
        new Date('2026-01-01T00:00:00Z'),
        H,
      ),
    ).toThrow(/too few business hours/);
  });

  it('names what is wrong with a calendar', () => {
    expect(calendarProblems(berlin)).toEqual([]);
    expect(
      calendarProblems({
        timeZone: 'Mars/Olympus',
        week: {
          1: [
            { start: '09:00', end: '12:00' },
            { start: '11:00', end: '13:00' },
          ],
          2: [{ start: '17:00', end: '09:00' }],
          3: [{ start: '9', end: '10:00' }],
        },
        holidays: ['2026-02-30'],
      }),
    ).toEqual([
      'timeZone: "Mars/Olympus" is not an IANA time zone',
      'week.1: intervals overlap',
      'week.2[0]: ends before it starts',
      'week.3: "9" is not a time of day (HH:MM)',
      'week.3[0]: ends before it starts',
      'holidays: "2026-02-30" is not a date',
    ]);
  });
});
