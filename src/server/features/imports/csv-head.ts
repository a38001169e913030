import { parse } from 'csv-parse/sync';
import { repairText } from '../../../shared/storable-text.js';
import { AppError } from '../../common/app-error.js';

export type Delimiter = ',' | ';' | '\t';
export const PREVIEW_ROWS = 10;
/** Chunk size in `import_chunks`: few rows per read, and never a noticeable amount of memory. */
export const CHUNK_BYTES = 512 * 1024;

/** The delimiter that occurs most often outside quotes on the header line (Excel in German writes ';'). */
export function detectDelimiter(headerLine: string): Delimiter {
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  let best: Delimiter = ',';
  for (const d of [';', '\t'] as const) if (counts[d] > counts[best]) best = d;
  return best;
}

/** Header names as the mapping uses them: trimmed, empty ones named by position, repeats numbered. */
export function columnNames(header: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return header.map((raw, i) => {
    // A NUL in a header is dropped: the name is shown and stored as a mapping key.
    const base = repairText(raw).trim() || `column ${i + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
}

/**
 * Reads the header and the first rows from the start of the file (the first stored chunk).
 * Only complete lines are parsed, so a chunk boundary never shows up as a broken row.
 */
export function readHead(
  firstChunk: Buffer,
  chunkBytes = CHUNK_BYTES,
): { delimiter: Delimiter; columns: string[]; preview: string[][] } {
  let text = firstChunk.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const firstBreak = text.search(/\r?\n/);
  if (text.trim() === '')
    throw new AppError('BAD_REQUEST', 'The file is empty', [{ field: 'body', message: 'empty file' }]);
  const headerLine = firstBreak < 0 ? text : text.slice(0, firstBreak);
  const delimiter = detectDelimiter(headerLine);
  const lastBreak = text.lastIndexOf('\n');
  // A full chunk may end mid-line (more follows); a shorter one is the whole file.
  const complete = firstChunk.length < chunkBytes || lastBreak < 0 ? text : text.slice(0, lastBreak + 1);
  let records: string[][] = [];
  // Fewer lines on a parse error (e.g. a quoted cell running past the sample): the preview is a guide.
  for (const lines of [PREVIEW_ROWS + 1, 2, 1]) {
    try {
      records = parse(complete, {
        delimiter,
        relax_column_count: true,
        relax_quotes: true,
        skip_empty_lines: true,
        to_line: lines,
      }) as string[][];
      break;
    } catch {
      records = [];
    }
  }
  const header = records[0];
  if (!header || header.every((h) => h.trim() === '')) {
    throw new AppError('BAD_REQUEST', 'The first line must be a header naming the columns', [
      { field: 'body', message: 'no header line' },
    ]);
  }
  return {
    delimiter,
    columns: columnNames(header),
    preview: records.slice(1, PREVIEW_ROWS + 1).map((r) => r.map(repairText)),
  };
}
