import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Caller, type TestApp } from '../helpers/build-test-app.js';
import {
  FEEDBACK_IMPORT_FIELDS,
  type TImportDetail,
  type TUploadImportResponse,
} from '../../src/shared/contracts/imports.js';

/** Text with a NUL or an unpaired surrogate somewhere in it (the database can store neither). */
const unstorable = fc
  .tuple(
    fc.string({ maxLength: 20 }),
    fc.constantFrom('\u0000', '\ud800', '\udfff', 'x\udbff'),
    fc.string({ maxLength: 20 }),
  )
  .map(([a, bad, b]) => `${a}${bad}${b}`);
/** What a cell of an export may hold: anything, delimiters, quotes and line breaks, NUL, long text, both Unicode forms. */
const cellText = fc.oneof(
  fc.string({ maxLength: 40 }),
  unstorable,
  fc.constantFrom(';', ',', '"', '\n', '\r\n', '=1+1', ' ', 'ä', 'Cafe\u0301 Café', 'x'.repeat(20_001)),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);
const dateCell = fc.oneof(
  fc.constantFrom('2024-03-01', '01.03.2024', '2024-03-01T10:00:00+01:00', '01.01.2099', '31.02.2024', ''),
  cellText,
);
const scoreCell = fc.oneof(
  fc.integer({ min: -2, max: 12 }).map(String),
  fc.constantFrom('', '9,0', '7.5', 'zehn'),
  cellText,
);
const channelCell = fc.oneof(fc.constantFrom('', 'email', 'E-Mail', 'Telefon', 'fax', 'survey'), cellText);

/** Every cell quoted, quotes doubled: what a spreadsheet writes for text like this. */
const csvLine = (cells: readonly string[]) => cells.map((c) => `"${c.replaceAll('"', '""')}"`).join(';');

const ERROR_FIELDS = new Set<string>(FEEDBACK_IMPORT_FIELDS);

/**
 * The feedback import's new inputs fuzzed: the `kind` and `filename` of an upload, the start's
 * mapping for a feedback file, and the cells of the file itself. Never a 5xx; a bad query or
 * mapping is a 400 naming its field; every row of a file ends up imported or refused naming
 * the fields it failed on, and no date in the future
 * reaches the feedback items.
 */
describe('feedback import fuzzing', () => {
  let t: TestApp;
  let owner: Caller;
  let orgId: string;
  beforeAll(async () => {
    t = await buildTestApp({ workers: true, rateLimitPerMinute: 100_000 });
    const person = await t.signUp();
    owner = { cookie: person.cookie };
    orgId = (await t.createOrg(person.cookie)).id;
  });
  afterAll(() => t.close());

  const upload = (query: string, csv: string) =>
    t.request({
      method: 'POST',
      url: `/api/v1/imports?${query}`,
      headers: { 'content-type': 'text/csv' },
      payload: csv,
      as: owner,
    });

  async function waitDone(id: string): Promise<TImportDetail> {
    const start = Date.now();
    for (;;) {
      const body = (
        await t.request({ method: 'GET', url: `/api/v1/imports/${id}`, as: owner })
      ).json() as TImportDetail;
      if (body.status === 'done' || (body.status === 'failed' && body.finishedAt)) return body;
      if (Date.now() - start > 60_000) throw new Error(`import ${id} still ${body.status}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  it('answers any kind or filename with 201 or a 400 naming the query field', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.constantFrom('contacts', 'feedback', 'Feedback', ''),
          fc.string({ maxLength: 30 }),
          unstorable,
        ),
        fc.option(cellText, { nil: undefined }),
        async (kind, filename) => {
          const query = new URLSearchParams({
            kind,
            ...(filename !== undefined ? { filename } : {}),
          }).toString();
          const res = await upload(query, 'Datum,Bewertung\n2024-03-01,9\n');
          const label = `${query}: ${res.body.slice(0, 200)}`;
          expect([201, 400], label).toContain(res.statusCode);
          if (res.statusCode === 400)
            expect(
              (res.json() as { error: { details: Array<{ field: string }> } }).error.details[0]?.field,
              label,
            ).toMatch(/^querystring\.(kind|filename)$/);
          else
            expect((res.json() as TUploadImportResponse).suggestedMapping, label).toEqual(
              kind === 'feedback' ? { Datum: 'occurredAt', Bewertung: 'score' } : {},
            );
        },
      ),
      { numRuns: 40 },
    );
  });

  it('answers any feedback mapping with 202 or a 400 naming the mapping', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(
          fc.oneof(fc.constantFrom('Datum', 'Bewertung', 'Kommentar'), fc.string({ maxLength: 10 })),
          fc.oneof(fc.constantFrom(...FEEDBACK_IMPORT_FIELDS, 'externalId', '', 'attributes.x'), cellText),
          { maxKeys: 4 },
        ),
        async (mapping) => {
          const { id } = (
            await upload('kind=feedback', 'Datum,Bewertung,Kommentar\n2024-03-01,9,gut\n')
          ).json() as TUploadImportResponse;
          const res = await t.request({
            method: 'POST',
            url: `/api/v1/imports/${id}/start`,
            payload: { mapping },
            as: owner,
          });
          const label = `${JSON.stringify(mapping).slice(0, 200)}: ${res.body.slice(0, 200)}`;
          expect([202, 400], label).toContain(res.statusCode);
          if (res.statusCode === 400)
            expect(
              (res.json() as { error: { details: Array<{ field: string }> } }).error.details[0]?.field,
              label,
            ).toMatch(/^(body\.)?mapping(\.|$)/);
          else expect((await waitDone(id)).status, label).toBe('done');
        },
      ),
      { numRuns: 40 },
    );
  });

  it('imports or refuses every row of a file with fuzzed cells, naming the fields, and stores no future date', async () => {
    const header = ['Datum', 'Bewertung', 'Kommentar', 'Kanal', 'Sprache', 'Produkt', 'E-Mail'];
    const row = fc.tuple(dateCell, scoreCell, cellText, channelCell, cellText, cellText, cellText);
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 6 }), async (rows) => {
        const csv = `${[csvLine(header), ...rows.map(csvLine)].join('\r\n')}\r\n`;
        const up = await upload('kind=feedback&filename=fuzz.csv', csv);
        expect(up.statusCode, up.body).toBe(201);
        const { id, suggestedMapping } = up.json() as TUploadImportResponse;
        const start = await t.request({
          method: 'POST',
          url: `/api/v1/imports/${id}/start`,
          payload: { mapping: suggestedMapping },
          as: owner,
        });
        expect(start.statusCode, start.body).toBe(202);
        const done = await waitDone(id);
        const label = JSON.stringify(done).slice(0, 600);
        expect(done.status, label).toBe('done');
        expect(done.processedRows, label).toBe(rows.length);
        expect(done.okRows + done.duplicateRows + done.errorRows, label).toBe(rows.length);
        for (const e of done.errors) {
          expect(e.field, label).not.toBeNull();
          for (const f of (e.field ?? '').split(', '))
            expect(ERROR_FIELDS.has(f), `${f} in ${label}`).toBe(true);
        }
      }),
      { numRuns: 25 },
    );
    // A NUL would have failed the run above (PostgreSQL refuses it); a date in the future must not get in either.
    const future = (
      (await t.runtime.deps.db.execute(
        sql`select count(*)::int as n from feedback_items where organization_id = ${orgId} and occurred_at > now() + interval '5 minutes'`,
      )) as unknown as { rows: Array<{ n: number }> }
    ).rows;
    expect(future[0]?.n).toBe(0);
  }, 300_000);
});
