/**
 * The report's period as it sits in the address. Pure (no window, no clock: `today` comes in),
 * so a shared link opens the same days and the mapping is unit-tested both ways. Like the
 * overview, the address names the last day shown (`to=2026-12-04` for "… – 4 Dec") while the
 * API's `to` is the day after.
 */

export const REPORT_PRESETS = ['7d', '30d', '90d', '12m'] as const;
export type ReportPreset = (typeof REPORT_PRESETS)[number];
export const DEFAULT_REPORT_PRESET: ReportPreset = '30d';

/** A preset, or two days: `from` inclusive, `to` exclusive (as the API takes them). */
export type ReportPeriod =
  | { kind: 'preset'; preset: ReportPreset }
  | { kind: 'custom'; from: string; to: string };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day as YYYY-MM-DD, else null ("2026-02-30" is not one). */
function day(value: string | null): string | null {
  if (value === null || !DAY.test(value)) return null;
  const d = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value ? null : value;
}

export function shiftDay(isoDay: string, days: number): string {
  const d = new Date(`${isoDay}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function shiftMonths(isoDay: string, months: number): string {
  const d = new Date(`${isoDay}T00:00:00Z`);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  // 31 March minus a month is the last day of February, not 3 March.
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), last));
  return target.toISOString().slice(0, 10);
}

const isPreset = (value: string | null): value is ReportPreset =>
  value !== null && (REPORT_PRESETS as readonly string[]).includes(value);

/**
 * The period of an address. Both days are needed (the API takes no open end); a hand-edited
 * address with one missing, an impossible day or the end before the start falls back to the
 * preset, so it still shows a report.
 */
export function parseReportPeriod(search: string): ReportPeriod {
  const params = new URLSearchParams(search);
  const from = day(params.get('from'));
  const last = day(params.get('to'));
  if (from && last && last >= from) return { kind: 'custom', from, to: shiftDay(last, 1) };
  const preset = params.get('period');
  return { kind: 'preset', preset: isPreset(preset) ? preset : DEFAULT_REPORT_PRESET };
}

/** The address's query string for a period ('' or '?…'); the default preset is left out. */
export function reportPeriodSearch(period: ReportPeriod): string {
  const params = new URLSearchParams();
  if (period.kind === 'custom') {
    params.set('from', period.from);
    params.set('to', shiftDay(period.to, -1));
  } else if (period.preset !== DEFAULT_REPORT_PRESET) params.set('period', period.preset);
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** The API's `from` (inclusive) and `to` (exclusive) UTC days; a preset ends with `today` included. */
export function reportRange(period: ReportPeriod, today: string): { from: string; to: string } {
  if (period.kind === 'custom') return { from: period.from, to: period.to };
  const to = shiftDay(today, 1);
  switch (period.preset) {
    case '7d':
      return { from: shiftDay(to, -7), to };
    case '30d':
      return { from: shiftDay(to, -30), to };
    case '90d':
      return { from: shiftDay(to, -90), to };
    case '12m':
      return { from: shiftMonths(to, -12), to };
  }
}
