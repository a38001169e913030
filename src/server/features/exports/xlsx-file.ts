import { PassThrough, type Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import ExcelJS from 'exceljs';
import { type Cell, neutraliseCell } from './neutralise-cell.js';

export interface XlsxColumn {
  header: string;
  width: number;
  /** Cells of this column are dates (written as real spreadsheet dates, in UTC). */
  isDate?: boolean;
}

/** Excel's sheet limit is 1,048,576 rows; one is the header. */
export const XLSX_MAX_DATA_ROWS = 1_048_575;

/** Bytes written toward the client but not yet taken by it, above which no further page is read. */
const MAX_PENDING_BYTES = 1024 * 1024;

interface StreamLike {
  readableLength?: unknown;
  writableLength?: unknown;
  _readableState?: { length?: unknown };
  _writableState?: { length?: unknown };
}

/** What a stream holds; the archiver's streams come from readable-stream 2, which only has the `_state` lengths. */
function bufferedBytes(stream: StreamLike | undefined): number {
  if (!stream) return 0;
  const count = (x: unknown) => (typeof x === 'number' ? x : 0);
  return (
    count(stream.readableLength ?? stream._readableState?.length) +
    count(stream.writableLength ?? stream._writableState?.length)
  );
}

/**
 * exceljs hands the sheet's XML to its zip archiver without honouring backpressure, so with a
 * slow client the data piles up inside the archiver: in the sheet's entry stream (uncompressed)
 * and the archiver's output buffer (compressed). Neither is in exceljs's typings, so they are
 * read defensively; should a later exceljs hide them, only our own buffer is counted, the
 * export just reads ahead more, and the file is still right.
 */
function pendingBytes(workbook: unknown, sheet: unknown, out: PassThrough): number {
  const pipes = (sheet as { stream?: { pipes?: unknown } }).stream?.pipes;
  const entries = Array.isArray(pipes)
    ? (pipes as StreamLike[]).reduce((sum, pipe) => sum + bufferedBytes(pipe), 0)
    : 0;
  return entries + bufferedBytes((workbook as { zip?: StreamLike }).zip) + bufferedBytes(out);
}

/**
 * A workbook written as it is read: exceljs's streaming writer commits each row to the zip as it
 * goes (inline strings, no shared-string table held in memory), and the next page of rows is only
 * fetched while less than MAX_PENDING_BYTES wait for the client, so a large export holds about
 * that plus one page in memory, not the whole sheet. Rows beyond Excel's limit continue on
 * "Name (2)", "Name (3)", …
 */
export function xlsxStream(
  sheetName: string,
  columns: readonly XlsxColumn[],
  pages: AsyncIterable<readonly (readonly Cell[])[]>,
  opts: { maxDataRows?: number } = {},
): Readable {
  const maxDataRows = opts.maxDataRows ?? XLSX_MAX_DATA_ROWS;
  const out = new PassThrough();
  const write = async () => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: out,
      useSharedStrings: false,
      useStyles: true,
    });
    let sheets = 0;
    const addSheet = () => {
      sheets++;
      const sheet = workbook.addWorksheet(sheets === 1 ? sheetName : `${sheetName} (${sheets})`, {
        views: [{ state: 'frozen', ySplit: 1 }],
      });
      sheet.columns = columns.map((c, i) => ({
        key: `c${i}`,
        width: c.width,
        ...(c.isDate ? { style: { numFmt: 'yyyy-mm-dd hh:mm:ss' } } : {}),
      }));
      sheet.addRow(columns.map((c) => neutraliseCell(c.header))).commit();
      return sheet;
    };
    let sheet = addSheet();
    let rowsInSheet = 0;
    for await (const rows of pages) {
      if (out.destroyed) return;
      for (const row of rows) {
        if (rowsInSheet === maxDataRows) {
          // A committed sheet is finished in the zip; only then can the next one stream.
          sheet.commit();
          sheet = addSheet();
          rowsInSheet = 0;
        }
        sheet.addRow(row.map(neutraliseCell)).commit();
        rowsInSheet++;
      }
      // Wait while the client is behind (a short poll: the archiver has no event for "taken").
      while (!out.destroyed && pendingBytes(workbook, sheet, out) > MAX_PENDING_BYTES) await sleep(10);
    }
    sheet.commit();
    await workbook.commit();
  };
  write().catch((err: unknown) => out.destroy(err instanceof Error ? err : new Error(String(err))));
  return out;
}
