import { describe, expect, it } from 'vitest';
import { formatDuration } from './format-duration.js';
import { formatShareInterval, formatShareValue } from './format-share.js';
import { breachedCasesPath, groupCasesPath, statusCasesPath } from './report-links.js';
import { parseReportPeriod, reportPeriodSearch, reportRange } from './report-period.js';

const NB = '\u00a0';

describe('durations in words, per locale', () => {
  it('writes minutes, hours and minutes, or days and hours: the two largest units', () => {
    expect(formatDuration(45, 'en-GB')).toBe(`45${NB}min`);
    expect(formatDuration(130, 'en-GB')).toBe(`2${NB}h 10${NB}min`);
    expect(formatDuration(120, 'en-GB')).toBe(`2${NB}h`);
    expect(formatDuration(3 * 1440 + 4 * 60 + 10, 'en-GB')).toBe(`3${NB}d 4${NB}h`);
    expect(formatDuration(2 * 1440, 'en-GB')).toBe(`2${NB}d`);
    expect(formatDuration(130, 'de-DE')).toBe(`2${NB}Std. 10${NB}Min.`);
    expect(formatDuration(3 * 1440 + 4 * 60, 'de-DE')).toBe(`3${NB}Tg. 4${NB}Std.`);
  });

  it('rounds to whole minutes, then to whole hours once it runs into days', () => {
    expect(formatDuration(59.6, 'en-GB')).toBe(`1${NB}h`);
    expect(formatDuration(1439.7, 'en-GB')).toBe(`1${NB}d`);
    // 1 d 23 h 40 min rounds up to 2 days, not "1 d 24 h".
    expect(formatDuration(1440 + 23 * 60 + 40, 'en-GB')).toBe(`2${NB}d`);
    expect(formatDuration(12_000 * 60, 'de-DE')).toBe(`500${NB}Tg.`);
  });

  it('says less than a minute for a few seconds, and a dash where there is no case', () => {
    expect(formatDuration(0.2, 'en-GB')).toBe(`<${NB}1${NB}min`);
    expect(formatDuration(0, 'de-DE')).toBe(`0${NB}Min.`);
    expect(formatDuration(null, 'en-GB')).toBe('–');
  });
});

describe('the report period in the address', () => {
  it('opens on the last 30 days, today included, and leaves that default out of the address', () => {
    const period = parseReportPeriod('');
    expect(period).toEqual({ kind: 'preset', preset: '30d' });
    expect(reportPeriodSearch(period)).toBe('');
    expect(reportRange(period, '2026-12-05')).toEqual({ from: '2026-11-06', to: '2026-12-06' });
  });

  it('reads a preset and writes it back', () => {
    const period = parseReportPeriod('?period=12m');
    expect(reportRange(period, '2026-03-30')).toEqual({ from: '2025-03-31', to: '2026-03-31' });
    expect(reportPeriodSearch(period)).toBe('?period=12m');
    expect(reportRange(parseReportPeriod('?period=7d'), '2026-01-02')).toEqual({
      from: '2025-12-27',
      to: '2026-01-03',
    });
  });

  it('names the last day shown in the address while the API end is the day after', () => {
    const period = parseReportPeriod('?from=2026-11-01&to=2026-11-30');
    expect(period).toEqual({ kind: 'custom', from: '2026-11-01', to: '2026-12-01' });
    expect(reportRange(period, '2026-12-05')).toEqual({ from: '2026-11-01', to: '2026-12-01' });
    expect(reportPeriodSearch(period)).toBe('?from=2026-11-01&to=2026-11-30');
    expect(parseReportPeriod(reportPeriodSearch(period))).toEqual(period);
    // One day is a period too.
    expect(parseReportPeriod('?from=2026-11-01&to=2026-11-01')).toEqual({
      kind: 'custom',
      from: '2026-11-01',
      to: '2026-11-02',
    });
  });

  it('falls back to the preset for an address it cannot read', () => {
    const fallback = { kind: 'preset', preset: '30d' };
    expect(parseReportPeriod('?from=2026-11-30&to=2026-11-01')).toEqual(fallback);
    expect(parseReportPeriod('?from=2026-02-30&to=2026-03-05')).toEqual(fallback);
    expect(parseReportPeriod('?from=2026-11-01')).toEqual(fallback);
    expect(parseReportPeriod('?period=all')).toEqual(fallback);
  });
});

describe('links from the report to its cases', () => {
  it('narrows the list where it can filter, and gives no link where it cannot', () => {
    const team = '0b7c6c1e-3f1a-4c55-9d7e-2a1f0e9b8c7d';
    expect(groupCasesPath('agent', 'user_42')).toBe('/cases?status=all&assignee=user_42');
    expect(groupCasesPath('agent', 'none')).toBe('/cases?status=all&assignee=none');
    expect(groupCasesPath('team', team)).toBe(`/cases?status=all&teamId=${team}`);
    expect(groupCasesPath('channel', 'chat')).toBe('/cases?status=all&channel=chat');
    expect(groupCasesPath('team', 'none')).toBeNull();
    expect(groupCasesPath('channel', 'none')).toBeNull();
    expect(groupCasesPath('rootCause', 'delivery')).toBeNull();
    expect(groupCasesPath('action', 'refund')).toBeNull();
  });

  it('links the backlog to exactly the open cases it counts', () => {
    expect(breachedCasesPath()).toBe('/cases?breached=true');
    expect(statusCasesPath('waiting')).toBe('/cases?status=waiting');
  });
});

describe('shares and their intervals, per locale', () => {
  const share = { key: 'chat', label: 'chat', successes: 3, n: 4, percent: 75, low: 30.06, high: 95.44 };
  it('writes the share and its interval in whole percent, the unit once', () => {
    expect(formatShareValue(share, 'en-GB')).toBe('75%');
    expect(formatShareValue(share, 'de-DE')).toBe(`75${NB}%`);
    expect(formatShareInterval(share, 'en-GB')).toBe('30–95%');
    expect(formatShareInterval(share, 'de-DE')).toBe(`30–95${NB}%`);
  });
  it('writes a dash for a group without cases', () => {
    const none = { ...share, successes: 0, n: 0, percent: null, low: null, high: null };
    expect(formatShareValue(none, 'en-GB')).toBe('–');
    expect(formatShareInterval(none, 'de-DE')).toBe('–');
  });
});
