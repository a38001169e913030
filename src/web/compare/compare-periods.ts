import type { TMetricFilters } from '../../shared/contracts/metrics.js';
import type { ComparePeriods } from '../api/use-metrics-compare.js';

/** Length of the default period when the view has no period of its own. */
export const DEFAULT_PERIOD_DAYS = 90;

/** A UTC day moved by whole days. */
export function shiftDay(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The default comparison: B is the view's period (UTC days, `to` exclusive), A the period of the
 * same length just before it. Without a period, B is the last 90 days up to and including today.
 */
export function defaultPeriods(filters: Pick<TMetricFilters, 'from' | 'to'>, today: string): ComparePeriods {
  const bTo = filters.to ?? shiftDay(today, 1);
  const bFrom = filters.from ?? shiftDay(bTo, -DEFAULT_PERIOD_DAYS);
  const length = Math.max(1, daysBetween(bFrom, bTo));
  return { aFrom: shiftDay(bFrom, -length), aTo: bFrom, bFrom, bTo };
}

/** A period the API accepts: both days set and from before to. */
export function isValidPeriods(p: ComparePeriods): boolean {
  const day = /^\d{4}-\d{2}-\d{2}$/;
  return [p.aFrom, p.aTo, p.bFrom, p.bTo].every((d) => day.test(d)) && p.aFrom < p.aTo && p.bFrom < p.bTo;
}

/**
 * Where an interval sits on a shared axis: the axis spans both intervals and zero with some room,
 * rounded out to tens, clipped to the NPS range.
 */
export function axisRange(intervals: readonly { low: number; high: number }[]): { min: number; max: number } {
  const lows = intervals.map((i) => i.low);
  const highs = intervals.map((i) => i.high);
  const min = Math.max(-100, Math.floor((Math.min(0, ...lows) - 5) / 10) * 10);
  const max = Math.min(100, Math.ceil((Math.max(0, ...highs) + 5) / 10) * 10);
  return { min, max: max > min ? max : min + 10 };
}
