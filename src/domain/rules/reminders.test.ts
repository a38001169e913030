import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reminderAt, shouldRemind } from './reminders.js';

const DAY = 86_400_000;
const INVITED = new Date('2026-02-02T08:30:00.000Z');
const at = (days: number): Date => new Date(INVITED.getTime() + days * DAY);

describe('reminderAt', () => {
  it('is 3 days after the invitation by default, or after the configured delay', () => {
    expect(reminderAt(INVITED)).toEqual(at(3));
    expect(reminderAt(INVITED.getTime(), { delayDays: 7 })).toEqual(at(7));
    expect(reminderAt(INVITED, { delayDays: 0.5 })).toEqual(at(0.5));
  });

  it('refuses a zero, negative or absurd delay', () => {
    for (const bad of [0, -1, 31, Number.NaN, Number.POSITIVE_INFINITY])
      expect(() => reminderAt(INVITED, { delayDays: bad })).toThrow(RangeError);
  });
});

describe('shouldRemind', () => {
  const base = { invitedAt: INVITED, answeredAt: null, remindedAt: null };

  it('reminds a non-responder from exactly 3 days on, not before', () => {
    expect(shouldRemind({ ...base, now: new Date(at(3).getTime() - 1) })).toBe(false);
    expect(shouldRemind({ ...base, now: at(3) })).toBe(true);
    expect(shouldRemind({ ...base, now: at(10) })).toBe(true);
    expect(shouldRemind({ ...base, now: at(4), delayDays: 5 })).toBe(false);
  });

  it('never reminds after an answer, and only once', () => {
    expect(shouldRemind({ ...base, answeredAt: at(1), now: at(3) })).toBe(false);
    expect(shouldRemind({ ...base, answeredAt: at(-1), now: at(3) })).toBe(false);
    expect(shouldRemind({ ...base, remindedAt: at(3), now: at(4) })).toBe(false);
  });

  it('property: simulated over time, at most one reminder, never at or after the answer, always one if never answered', () => {
    fc.assert(
      fc.property(
        fc.option(fc.integer({ min: 0, max: 20 * 24 }), { nil: null }),
        fc.integer({ min: 1, max: 10 }),
        fc.array(fc.integer({ min: 0, max: 20 * 24 }), { minLength: 1, maxLength: 40 }),
        (answerHour, delayDays, checkHours) => {
          // A scheduler checks at arbitrary hours; an answer may land at any hour in between.
          const hours = [...new Set(checkHours)].sort((a, b) => a - b);
          let remindedAt: Date | null = null;
          const reminders: number[] = [];
          for (const h of hours) {
            const now = new Date(INVITED.getTime() + h * 3_600_000);
            const answeredAt =
              answerHour !== null && answerHour <= h
                ? new Date(INVITED.getTime() + answerHour * 3_600_000)
                : null;
            if (shouldRemind({ invitedAt: INVITED, answeredAt, remindedAt, now, delayDays })) {
              reminders.push(h);
              remindedAt = now;
            }
          }
          expect(reminders.length).toBeLessThanOrEqual(1);
          for (const h of reminders) {
            expect(h).toBeGreaterThanOrEqual(delayDays * 24);
            if (answerHour !== null) expect(h).toBeLessThan(answerHour);
          }
          const lastCheck = hours[hours.length - 1] ?? 0;
          if (answerHour === null && lastCheck >= delayDays * 24) expect(reminders).toHaveLength(1);
        },
      ),
    );
  });
});
