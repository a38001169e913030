import type { ComparePeriods } from '../api/use-metrics-compare.js';
import { isValidPeriods, shiftDay } from './compare-periods.js';

/**
 * The two compared periods as they sit in the overview's address, next to its own filters:
 * `aFrom`, `aTo`, `bFrom`, `bTo`. Like every date in a dashboard address, an end is the last day
 * included — what the date fields show ("1 Dec – 4 Dec" is `bTo=…-12-04`); the API's ends are
 * exclusive, so the conversion happens here and nowhere else. Pure, so it is tested both ways.
 */
export const COMPARE_KEYS = ['aFrom', 'aTo', 'bFrom', 'bTo'] as const;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function day(value: string | null): string | null {
  if (value === null || !DAY.test(value)) return null;
  const d = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value ? null : value;
}

/** The periods in the address (API days, ends exclusive), or null when they are missing or do not make two periods. */
export function readComparePeriods(search: string): ComparePeriods | null {
  const params = new URLSearchParams(search);
  const [aFrom, aLast, bFrom, bLast] = COMPARE_KEYS.map((key) => day(params.get(key)));
  if (!aFrom || !aLast || !bFrom || !bLast) return null;
  const periods = { aFrom, aTo: shiftDay(aLast, 1), bFrom, bTo: shiftDay(bLast, 1) };
  return isValidPeriods(periods) ? periods : null;
}

/** `search` with these periods in it (null takes them out); every other parameter stays as it was. */
export function withComparePeriods(search: string, periods: ComparePeriods | null): string {
  const params = new URLSearchParams(search);
  for (const key of COMPARE_KEYS) params.delete(key);
  if (periods) {
    params.set('aFrom', periods.aFrom);
    params.set('aTo', shiftDay(periods.aTo, -1));
    params.set('bFrom', periods.bFrom);
    params.set('bTo', shiftDay(periods.bTo, -1));
  }
  const out = params.toString();
  return out ? `?${out}` : '';
}

/**
 * The compared periods of `previous` carried into `next` (an address the overview's own state
 * wrote), unless the view's period changed: a new period starts the comparison over.
 */
export function keepComparePeriods(previous: string, next: string, periodChanged: boolean): string {
  return periodChanged ? next : withComparePeriods(next, readComparePeriods(previous));
}
