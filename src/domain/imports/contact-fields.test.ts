import { describe, expect, it } from 'vitest';
import { readBoolean, readContactField, readDate, readNumber, suggestMapping } from './contact-fields.js';
import { readContactRow, type ResolvedMapping } from './contact-row.js';

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
    for (const bad of ['2023-02-29', '2020-13-01', '31.04.2024', 'yesterday', '2024/01/01'])
      expect(readDate(bad), bad).toBeNull();
  });

  it('takes known language codes and refuses unknown ones such as "xx"', () => {
    for (const good of ['de', 'EN', 'en-GB', 'de-AT', 'gsw', 'pt-BR'])
      expect(readContactField('language', good), good).toMatchObject({ ok: true });
    for (const bad of ['xx', 'zz', 'qqq', 'en-XX', 'und', 'english'])
      expect(readContactField('language', bad), bad).toMatchObject({ ok: false });
    expect(readContactField('language', 'xx')).toEqual({
      ok: false,
      reason: '"xx" is not a known language code (such as "de" or "en-GB")',
    });
  });

  it('names every bad field of a row, in column order', () => {
    const mapping: ResolvedMapping = {
      fields: [
        { index: 0, field: 'externalId' },
        { index: 1, field: 'email' },
        { index: 2, field: 'language' },
      ],
      attributes: [{ index: 3, key: 'seats', type: 'number' }],
      externalIdIndex: 0,
      columnCount: 4,
    };
    expect(readContactRow(['K-1', 'nope', 'xx', 'many'], mapping)).toEqual({
      ok: false,
      fields: ['email', 'language', 'attributes.seats'],
      reason:
        'email: not an e-mail address; language: "xx" is not a known language code (such as "de" or "en-GB"); attributes.seats: not a number',
    });
    expect(readContactRow(['K-1'], mapping)).toEqual({
      ok: false,
      fields: [],
      reason: 'has 1 columns, the header has 4',
    });
  });

  it('reads yes/no in English and German', () => {
    expect(['true', 'Yes', 'ja', '1'].map(readBoolean)).toEqual([true, true, true, true]);
    expect(['false', 'NO', 'nein', '0'].map(readBoolean)).toEqual([false, false, false, false]);
    expect(readBoolean('maybe')).toBeNull();
  });

  it('suggests targets from German and English headers, each target once', () => {
    expect(
      suggestMapping(
        ['Kundennummer', 'E-Mail', 'Sprache', 'Umsatz', 'Customer ID', 'Farbe'],
        [{ key: 'colour', label: 'Farbe' }],
      ),
    ).toEqual({
      Kundennummer: 'externalId',
      'E-Mail': 'email',
      Sprache: 'language',
      Umsatz: 'revenue',
      Farbe: 'attributes.colour',
    });
  });
});
