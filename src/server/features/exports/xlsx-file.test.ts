import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Cell } from './neutralise-cell.js';
import { xlsxStream } from './xlsx-file.js';

async function read(stream: NodeJS.ReadableStream): Promise<ExcelJS.Workbook> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
  return workbook;
}

async function* pagesOf(rows: Cell[][], size: number): AsyncGenerator<Cell[][]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

describe('xlsxStream', () => {
  const columns = [
    { header: 'Comment', width: 20 },
    { header: 'Score', width: 5 },
    { header: 'Time', width: 20, isDate: true },
  ];
  const at = new Date('2026-01-02T03:04:05Z');

  it('writes text, numbers and dates as such, and a formula only as neutralised text', async () => {
    const workbook = await read(
      xlsxStream(
        'Answers',
        columns,
        pagesOf(
          [
            ['=HYPERLINK("http://evil")', -12.5, at],
            ['+SUM(1)', 3, null],
          ],
          1,
        ),
      ),
    );
    const sheet = workbook.getWorksheet('Answers');
    expect(sheet?.getRow(1).values).toEqual([undefined, 'Comment', 'Score', 'Time']);
    const first = sheet?.getRow(2);
    expect(first?.getCell(1).value).toBe(`'=HYPERLINK("http://evil")`);
    expect(first?.getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(first?.getCell(2).value).toBe(-12.5);
    expect((first?.getCell(3).value as Date).toISOString()).toBe(at.toISOString());
    expect(sheet?.getRow(3).getCell(1).value).toBe("'+SUM(1)");
  });

  it('continues on a second sheet, with its own header, once a sheet is full', async () => {
    const rows: Cell[][] = Array.from({ length: 7 }, (_, i) => [`row ${i}`, i, at]);
    const workbook = await read(xlsxStream('Answers', columns, pagesOf(rows, 2), { maxDataRows: 4 }));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Answers', 'Answers (2)']);
    const values = workbook.worksheets.map((s) => {
      const out: unknown[] = [];
      s.eachRow((row) => out.push(row.getCell(1).value));
      return out;
    });
    expect(values).toEqual([
      ['Comment', 'row 0', 'row 1', 'row 2', 'row 3'],
      ['Comment', 'row 4', 'row 5', 'row 6'],
    ]);
  });

  it('stops reading pages while the client takes nothing, and resumes when it reads', async () => {
    let pulled = 0;
    async function* slowPages(): AsyncGenerator<Cell[][]> {
      for (let p = 0; p < 40; p++) {
        pulled++;
        await new Promise((resolve) => setTimeout(resolve, 1));
        yield Array.from({ length: 5000 }, (_, i) => [
          `comment ${p}-${i}, long enough to weigh something`,
          i,
          at,
        ]);
      }
    }
    const stream = xlsxStream('Answers', columns, slowPages());
    await new Promise((resolve) => setTimeout(resolve, 2000));
    // About 1 MB waits for the client; without flow control all 40 pages are read by now.
    expect(pulled).toBeLessThan(20);
    let bytes = 0;
    for await (const chunk of stream) bytes += (chunk as Buffer).length;
    expect(pulled).toBe(40);
    expect(bytes).toBeGreaterThan(1024 * 1024);
  }, 60_000);
});
