import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvRecord } from './csv-file.js';
import { neutraliseCell } from './neutralise-cell.js';

const DANGEROUS = ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'];
const startsDangerous = (s: string) => DANGEROUS.some((d) => s.startsWith(d));

/** Strings that often begin like a formula, and anything else. */
const cellText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.tuple(fc.constantFrom(...DANGEROUS), fc.string({ maxLength: 40 })).map(([d, rest]) => d + rest),
  fc.constantFrom(
    '=HYPERLINK("http://evil")',
    '+1+1',
    '-2+3',
    '@SUM(A1:A2)',
    "=cmd|' /C calc'!A0",
    '\t=1',
    '\r=1',
    '',
    "'=already",
  ),
);

describe('neutraliseCell', () => {
  it('never returns text that begins like a formula, and changes nothing else', () => {
    fc.assert(
      fc.property(cellText, (s) => {
        const out = neutraliseCell(s) as string;
        expect(startsDangerous(out)).toBe(false);
        expect(out).toBe(startsDangerous(s) ? `'${s}` : s);
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves finite numbers, dates and empty cells as they are; non-finite numbers become safe text', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(neutraliseCell(x)).toBe(x);
      }),
    );
    const d = new Date('2026-01-01T00:00:00Z');
    expect(neutraliseCell(d)).toBe(d);
    expect(neutraliseCell(null)).toBeNull();
    expect(neutraliseCell(-Infinity)).toBe("'-Infinity");
    expect(neutraliseCell(Number.NaN)).toBe('NaN');
  });

  it('survives a round trip through an RFC 4180 parser: each field comes back as the neutralised text', () => {
    fc.assert(
      fc.property(fc.array(cellText, { minLength: 1, maxLength: 6 }), (cells) => {
        const [record] = parse(csvRecord(cells), {
          relax_quotes: false,
          record_delimiter: '\r\n',
        }) as string[][];
        expect(record).toEqual(cells.map((c) => neutraliseCell(c)));
      }),
      { numRuns: 1000 },
    );
  });

  it('quotes exactly what RFC 4180 requires', () => {
    expect(csvRecord(['plain', 'a,b', 'say "hi"', 'two\nlines', 12.5, null])).toBe(
      'plain,"a,b","say ""hi""","two\nlines",12.5,\r\n',
    );
    expect(csvRecord(['=HYPERLINK("http://evil")'])).toBe(`"'=HYPERLINK(""http://evil"")"\r\n`);
    expect(csvRecord([-12.5, '-12.5'])).toBe("-12.5,'-12.5\r\n");
  });
});
