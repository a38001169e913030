/**
 * Characters that make a spreadsheet read a cell as a formula (CSV/formula injection, OWASP):
 * = + - @, and tab and carriage return, which some programs strip before looking. The
 * full-width forms ＝ ＋ － ＠ are included because some East Asian locales of Excel and
 * LibreOffice fold them to the ASCII ones.
 */
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/u;

export type Cell = string | number | Date | null;

/**
 * Makes one cell safe to open in a spreadsheet: text that begins like a formula gets a leading
 * apostrophe, which Excel, LibreOffice and Google Sheets take as "this is text" (shown without
 * the apostrophe in Excel, kept visible in a CSV viewer — an honest trade). Numbers and dates we
 * computed ourselves are left alone: a finite number's own text ("-12.5") is a number, not a
 * formula, and prefixing it would turn every negative NPS into text no one can sum.
 * Non-finite numbers are written as text ("NaN") and so are checked like text.
 */
export function neutraliseCell(value: Cell): Cell {
  if (value === null || value instanceof Date) return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : neutraliseCell(String(value));
  return FORMULA_START.test(value) ? `'${value}` : value;
}
