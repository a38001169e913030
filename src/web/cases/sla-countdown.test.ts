import { describe, expect, it } from 'vitest';
import { de } from '../i18n/de.js';
import { en } from '../i18n/en.js';
import { countdown, formatDuration } from './sla-countdown.js';

const NOW = Date.parse('2026-03-10T12:00:00Z');
const at = (minutes: number, seconds = 0) => new Date(NOW + minutes * 60_000 + seconds * 1000).toISOString();

/** The phrase the list and the case page show, as i18next fills it in. */
function phrase(dueAt: string, language: 'en' | 'de'): string {
  const texts = language === 'de' ? de : en;
  const c = countdown(dueAt, NOW);
  const template = c.overdue ? texts.cases.sla.overdueBy : texts.cases.sla.dueIn;
  return template.replace('{{duration}}', formatDuration(c.minutes, language));
}

describe('SLA countdown', () => {
  it('counts whole minutes left, rounding up, and overdue minutes from the first second', () => {
    expect(countdown(at(130), NOW)).toEqual({ overdue: false, minutes: 130 });
    expect(countdown(at(0, 30), NOW)).toEqual({ overdue: false, minutes: 1 });
    expect(countdown(at(0), NOW)).toEqual({ overdue: true, minutes: 1 });
    expect(countdown(at(-35), NOW)).toEqual({ overdue: true, minutes: 35 });
    expect(countdown(at(-34, -20), NOW)).toEqual({ overdue: true, minutes: 35 });
  });

  it('writes a span in its two largest units, in English and German', () => {
    expect(formatDuration(35, 'en')).toBe('35 min');
    expect(formatDuration(130, 'en')).toBe('2 h 10 min');
    expect(formatDuration(120, 'en')).toBe('2 h');
    expect(formatDuration(27 * 60 + 5, 'en')).toBe('1 d 3 h');
    expect(formatDuration(2 * 1440, 'en')).toBe('2 d');
    expect(formatDuration(35, 'de')).toBe('35 Min.');
    expect(formatDuration(130, 'de')).toBe('2 Std. 10 Min.');
    expect(formatDuration(27 * 60, 'de')).toBe('1 Tg. 3 Std.');
    expect(formatDuration(-90, 'en')).toBe('1 h 30 min');
  });

  it('reads "in 2 h 10 min" and "overdue by 35 min", and the same in German', () => {
    expect(phrase(at(130), 'en')).toBe('in 2 h 10 min');
    expect(phrase(at(-35), 'en')).toBe('overdue by 35 min');
    expect(phrase(at(130), 'de')).toBe('in 2 Std. 10 Min.');
    expect(phrase(at(-35), 'de')).toBe('seit 35 Min. überfällig');
  });
});
