import { describe, expect, it } from 'vitest';
import { readBoolean, readDate, readNumber, suggestMapping } from './contact-fields.js';

describe('reading CSV cells', () => {
  it('reads numbers written the English or the German way', () => {
    expect(readNumber('1234.5')).toBe(1234.5);
    expect(readNumber('1234,5')).toBe(1234.5);
    expect(readNumber('1.234,50')).toBe(1234.5);
    expect(readNumber('1,234.50')).toBe(1234.5);
    expect(readNumber('1 234,50 €')).toBe(1234.5);
    expect(readNumber('1.234.567')).toBe(1234567);
    expect(readNumber('-12')).toBe(-12);
    for (const bad of ['', 'n/a', '1.2.3,4,5', '12a', '--1', '.']) expect(readNumber(bad), bad).toBeNull();
  });

  it('reads ISO and German dates and refuses impossible ones', () => {
    expect(readDate('2024-02-29')).toBe('2024-02-29T00:00:00.000Z');
    expect(readDate('29.02.2024')).toBe('2024-02-29T00:00:00.000Z');
    expect(readDate('2024-03-01T10:00:00+01:00')).toBe('2024-03-01T09:00:00.000Z');
    for (const bad of ['2023-02-29', '2020-13-01', '31.04.2024', 'yesterday', '2024/01/01']) expect(readDate(bad), bad).toBeNull();
  });

  it('reads yes/no in English and German', () => {
    expect(['true', 'Yes', 'ja', '1'].map(readBoolean)).toEqual([true, true, true, true]);
    expect(['false', 'NO', 'nein', '0'].map(readBoolean)).toEqual([false, false, false, false]);
    expect(readBoolean('maybe')).toBeNull();
  });

  it('suggests targets from German and English headers, each target once', () => {
    expect(suggestMapping(['Kundennummer', 'E-Mail', 'Sprache', 'Umsatz', 'Customer ID', 'Farbe'], [{ key: 'colour', label: 'Farbe' }])).toEqual({
      Kundennummer: 'externalId',
      'E-Mail': 'email',
      Sprache: 'language',
      Umsatz: 'revenue',
      Farbe: 'attributes.colour',
    });
  });
});
