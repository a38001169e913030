import { type Cell, neutraliseCell } from './neutralise-cell.js';

/** Excel reads a CSV as the machine's legacy code page unless it starts with the UTF-8 BOM; ä, ß and é need it. */
export const CSV_BOM = '\uFEFF';

function csvField(value: Cell): string {
  const safe = neutraliseCell(value);
  const text = safe === null ? '' : safe instanceof Date ? safe.toISOString() : String(safe);
  // RFC 4180: a field holding a comma, a quote or a line break is quoted, quotes doubled.
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One RFC 4180 record with its CRLF, every cell formula-safe. */
export function csvRecord(cells: readonly Cell[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

/**
 * The file as text chunks: BOM and header, then one chunk per page of rows, so a million
 * answers pass through a few thousand rows at a time and Node's stream backpressure paces the
 * database reads to the client.
 */
export async function* csvChunks(
  header: readonly string[],
  pages: AsyncIterable<readonly (readonly Cell[])[]>,
): AsyncGenerator<string> {
  yield CSV_BOM + csvRecord(header);
  for await (const rows of pages) {
    if (rows.length > 0) yield rows.map(csvRecord).join('');
  }
}
