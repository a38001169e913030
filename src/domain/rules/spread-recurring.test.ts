import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spreadRecurring } from './spread-recurring.js';

const DAY = 86_400_000;
const START = new Date('2026-01-05T09:00:00.000Z');
const ids = (n: number, prefix = 'c'): string[] => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

function perDay(slots: { day: number }[], periodDays: number): number[] {
  const load = new Array<number>(periodDays).fill(0);
  for (const s of slots) load[s.day] = (load[s.day] ?? 0) + 1;
  return load;
}

describe('spreadRecurring', () => {
  it('spreads 5,000 contacts over 90 days instead of one burst', () => {
    const slots = spreadRecurring(ids(5000), START, 90, 'survey-1');
    expect(slots).toHaveLength(5000);
    const load = perDay(slots, 90);
    expect(Math.max(...load)).toBeLessThanOrEqual(Math.ceil(5000 / 90) + 1);
    expect(Math.min(...load)).toBeGreaterThan(0);
  });

  it('sends at the time of day of the period start, on the slot day', () => {
    for (const s of spreadRecurring(ids(50), START, 30, 'k')) {
      expect(s.sendAt.getTime()).toBe(START.getTime() + s.day * DAY);
      expect(s.sendAt.toISOString().slice(11)).toBe('09:00:00.000Z');
    }
  });

  it('keeps each contact on its day from period to period, so it is asked every N days', () => {
    const first = spreadRecurring(ids(300), START, 90, 'nps');
    const second = spreadRecurring(ids(300), START.getTime() + 90 * DAY, 90, 'nps');
    const secondById = new Map(second.map((s) => [s.contactId, s]));
    for (const s of first)
      expect(secondById.get(s.contactId)?.sendAt.getTime()).toBe(s.sendAt.getTime() + 90 * DAY);
  });

  it('keeps almost everyone on their day, within a few days, when a few contacts join', () => {
    // 950 → 955 over 90 days keeps the daily cap at 12; crossing a multiple of 90 would raise it.
    const before = new Map(spreadRecurring(ids(950), START, 90, 'nps').map((s) => [s.contactId, s.day]));
    const after = spreadRecurring([...ids(950), ...ids(5, 'new')], START, 90, 'nps');
    const moved = after.filter((s) => before.has(s.contactId) && before.get(s.contactId) !== s.day);
    expect(moved.length).toBeLessThan(950 * 0.05);
    for (const s of moved) expect(Math.abs(s.day - (before.get(s.contactId) ?? 0))).toBeLessThanOrEqual(5);
  });

  it('gives different surveys different spreads (seedKey), and places duplicates once', () => {
    const a = spreadRecurring(ids(100), START, 30, 'a').map((s) => s.contactId);
    const b = spreadRecurring(ids(100), START, 30, 'b').map((s) => s.contactId);
    expect(a).not.toEqual(b);
    expect(
      spreadRecurring(['x', 'x', 'y'], START, 7, 'k')
        .map((s) => s.contactId)
        .sort(),
    ).toEqual(['x', 'y']);
    expect(spreadRecurring([], START, 7, 'k')).toEqual([]);
  });

  it('refuses periods that are not whole days from 1 to 366', () => {
    for (const bad of [0, -1, 1.5, 367, Number.NaN])
      expect(() => spreadRecurring(['a'], START, bad, 'k')).toThrow(RangeError);
    expect(() => spreadRecurring(['a'], new Date('x'), 7, 'k')).toThrow(/periodStart/);
  });

  it('property: every contact gets exactly one slot inside the period, stable across calls and input order, with bounded daily load', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 300 }),
        fc.integer({ min: 1, max: 120 }),
        fc.string({ maxLength: 8 }),
        fc.integer({ min: 0, max: 4_000_000_000_000 }),
        (contactIds, periodDays, seedKey, start) => {
          const slots = spreadRecurring(contactIds, start, periodDays, seedKey);
          const unique = new Set(contactIds);
          expect(slots).toHaveLength(unique.size);
          expect(new Set(slots.map((s) => s.contactId))).toEqual(unique);
          for (const s of slots) {
            expect(s.day).toBeGreaterThanOrEqual(0);
            expect(s.day).toBeLessThan(periodDays);
            expect(s.sendAt.getTime()).toBeGreaterThanOrEqual(start);
            expect(s.sendAt.getTime()).toBeLessThan(start + periodDays * DAY);
          }
          expect(Math.max(0, ...perDay(slots, periodDays))).toBeLessThanOrEqual(
            Math.ceil(unique.size / periodDays) + 1,
          );
          expect(spreadRecurring(contactIds, start, periodDays, seedKey)).toEqual(slots);
          expect(spreadRecurring([...contactIds].reverse(), start, periodDays, seedKey)).toEqual(slots);
        },
      ),
    );
  });
});
