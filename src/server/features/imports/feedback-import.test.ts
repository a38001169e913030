import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TImportDetail, TUploadImportResponse } from '../../../shared/contracts/imports.js';
import { uploadCsv, waitImportDone } from '../../../../test/helpers/imports.js';
import { buildTestApp, type Caller, type TestApp } from '../../../../test/helpers/build-test-app.js';
import { uploadImport } from './imports.service.js';
import { runFeedbackImport } from './run-feedback-import.js';

let t: TestApp;
let owner: Caller;
let orgId: string;
let contactId: string;

async function rows<T>(q: ReturnType<typeof sql>): Promise<T[]> {
  return ((await t.runtime.deps.db.execute(q)) as unknown as { rows: T[] }).rows;
}

const upload = (csv: string, as: Caller = owner) => uploadCsv(t, 'feedback', csv, 'history.csv', as);

const waitDone = (id: string): Promise<TImportDetail> => waitImportDone(t, id, owner);

async function importFile(csv: string, mapping: Record<string, string | null>) {
  const up = await upload(csv);
  expect(up.statusCode, up.body).toBe(201);
  const { id } = up.json() as TUploadImportResponse;
  const start = await t.request({
    method: 'POST',
    url: `/api/v1/imports/${id}/start`,
    payload: { mapping },
    as: owner,
  });
  expect(start.statusCode, start.body).toBe(202);
  expect(start.json()).toMatchObject({ kind: 'feedback', status: 'queued' });
  return waitDone(id);
}

const itemsOf = () =>
  rows<Record<string, unknown>>(
    sql`select channel, metric, score, scale_min, scale_max, text, language, product, contact_id, author_email, occurred_at, external_ref
        from feedback_items where organization_id = ${orgId} order by occurred_at, external_ref`,
  );

beforeAll(async () => {
  t = await buildTestApp({ workers: true });
  const person = await t.signUp({ name: 'History Importer' });
  owner = { cookie: person.cookie };
  orgId = (await t.createOrg(person.cookie, 'Feedback Import Org')).id;
  const [c] = await rows<{ id: string }>(
    sql`insert into contacts (organization_id, external_id, email, name) values (${orgId}, 'K-1', 'anna@example.test', 'Anna') returning id`,
  );
  contactId = c?.id ?? '';
});
afterAll(async () => {
  await t.close();
});

/** A German export: semicolons, DD.MM.YYYY dates, a comment holding the delimiter. */
const GERMAN = [
  'Datum;Bewertung;Kommentar;Kanal;Sprache;Produkt;Kundennummer;E-Mail;ID',
  '01.03.2024;9;"Schnell geliefert; gerne wieder";E-Mail;de-DE;App;K-1;;r-1',
  '02.03.2024;3;"Kaputt\u0000";;de;;;;r-2',
  '01.01.2099;10;Aus der Zukunft;;de;;;;r-3',
  '03.03.2024;8;;;;;K-404;;r-4',
  '04.03.2024;11;zu hoch;;;;;;r-5',
  '05.03.2024 14:30;;Nur ein Kommentar;Telefon;en;;;anna@example.test;',
  '06.03.2024;0;;email;;;K-1;;r-1',
  '07.03.2024;7;Anonym;;;;;fremd@example.test;r-8',
].join('\r\n');
const MAPPING = {
  Datum: 'occurredAt',
  Bewertung: 'score',
  Kommentar: 'text',
  Kanal: 'channel',
  Sprache: 'language',
  Produkt: 'product',
  Kundennummer: 'contactExternalId',
  'E-Mail': 'email',
  ID: 'externalRef',
};

describe('CSV feedback import', () => {
  it('suggests the mapping for German headers', async () => {
    const res = await upload(GERMAN);
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json() as TUploadImportResponse;
    expect(body.delimiter).toBe(';');
    expect(body.suggestedMapping).toEqual(MAPPING);
    const detail = (
      await t.request({ method: 'GET', url: `/api/v1/imports/${body.id}`, as: owner })
    ).json() as TImportDetail;
    expect(detail).toMatchObject({
      kind: 'feedback',
      status: 'uploaded',
      duplicateRows: 0,
      upload: { suggestedMapping: MAPPING },
    });
  });

  it("imports good rows through the pipeline, names each bad row's field, and a second import of the file adds nothing", async () => {
    const done = await importFile(GERMAN, MAPPING);
    expect(done).toMatchObject({
      status: 'done',
      processedRows: 8,
      okRows: 3,
      errorRows: 5,
      duplicateRows: 0,
      totalRows: 8,
      progress: 1,
    });
    expect(done.errors).toEqual([
      { line: 3, field: 'text', reason: expect.stringMatching(/^text: contains a NUL character/) },
      { line: 4, field: 'occurredAt', reason: 'occurredAt: must not be more than 5 minutes in the future' },
      {
        line: 5,
        field: 'contactExternalId',
        reason: 'contactExternalId: no contact has this externalId; create the contact first',
      },
      { line: 6, field: 'score', reason: 'score: must be within the scale 0–10' },
      { line: 8, field: 'externalRef', reason: 'externalRef: repeats line 2 (same channel and externalRef)' },
    ]);
    const items = await itemsOf();
    expect(items).toHaveLength(3);
    expect(items[0]).toMatchObject({
      channel: 'email',
      metric: 'nps',
      score: 9,
      scale_min: 0,
      scale_max: 10,
      text: 'Schnell geliefert; gerne wieder',
      language: 'de',
      product: 'App',
      contact_id: contactId,
      external_ref: 'r-1',
    });
    expect(new Date(items[0]?.occurred_at as string).toISOString()).toBe('2024-03-01T00:00:00.000Z');
    // No customer id: the e-mail matched the contact, so the item keeps no author details.
    expect(items[1]).toMatchObject({
      channel: 'call',
      metric: null,
      score: null,
      text: 'Nur ein Kommentar',
      language: 'en',
      contact_id: contactId,
      author_email: null,
    });
    expect(items[1]?.external_ref).toMatch(/^csv:7:/);
    expect(new Date(items[1]?.occurred_at as string).toISOString()).toBe('2024-03-05T14:30:00.000Z');
    expect(items[2]).toMatchObject({
      channel: 'other',
      score: 7,
      contact_id: null,
      author_email: 'fremd@example.test',
      external_ref: 'r-8',
    });

    const again = await importFile(GERMAN, MAPPING);
    expect(again).toMatchObject({
      status: 'done',
      processedRows: 8,
      okRows: 0,
      duplicateRows: 3,
      errorRows: 5,
    });
    expect(await itemsOf()).toEqual(items);
  });

  it('announces the new items to the pipeline, so the metrics count them', async () => {
    const start = Date.now();
    // The rollups follow the feedback.ingested job; wait for it rather than for a fixed time.
    for (;;) {
      const [r] = await rows<{ n: number }>(
        sql`select coalesce(sum(n), 0)::int as n from metric_rollups where organization_id = ${orgId} and grain = 'total'`,
      );
      if ((r?.n ?? 0) >= 2) break;
      if (Date.now() - start > 30_000) throw new Error('rollups never counted the imported items');
      await new Promise((res) => setTimeout(res, 50));
    }
  });

  it('refuses a feedback mapping without a date, or with an unknown field, naming the column', async () => {
    const { id } = (await upload('Wann,Note,Farbe\n2024-03-01,9,blau\n')).json() as TUploadImportResponse;
    const start = (mapping: Record<string, string | null>) =>
      t.request({ method: 'POST', url: `/api/v1/imports/${id}/start`, payload: { mapping }, as: owner });
    const noDate = await start({ Note: 'score' });
    expect(noDate.statusCode).toBe(400);
    expect(noDate.json()).toMatchObject({
      error: {
        code: 'VALIDATION_FAILED',
        details: [{ field: 'mapping', message: 'map a column to occurredAt (when the feedback was given)' }],
      },
    });
    const contactField = await start({ Wann: 'occurredAt', Note: 'score', Farbe: 'segment' });
    expect(contactField.json()).toMatchObject({
      error: {
        details: [{ field: 'mapping.Farbe', message: expect.stringContaining('unknown target "segment"') }],
      },
    });
    expect((await start({ Wann: 'occurredAt', Note: 'score', Farbe: null })).statusCode).toBe(202);
    expect(await waitDone(id)).toMatchObject({ okRows: 1, errorRows: 0 });
  });

  it('writes a file of 2,500 rows in batches of at most 1,000, each row once', async () => {
    const lines = ['Response ID,Score,Comment,Created At'];
    for (let i = 0; i < 2500; i++)
      lines.push(
        `big-${i},${i % 11},${i % 500 === 0 ? 'n/a' : `Kommentar ${i}`},2024-05-0${1 + (i % 9)}T10:00:00Z`,
      );
    const up = (await upload(`${lines.join('\n')}\n`)).json() as TUploadImportResponse;
    expect(up.suggestedMapping).toEqual({
      'Response ID': 'externalRef',
      Score: 'score',
      Comment: 'text',
      'Created At': 'occurredAt',
    });
    await t.request({
      method: 'POST',
      url: `/api/v1/imports/${up.id}/start`,
      payload: { mapping: up.suggestedMapping },
      as: owner,
    });
    expect(await waitDone(up.id)).toMatchObject({
      status: 'done',
      processedRows: 2500,
      okRows: 2500,
      errorRows: 0,
      duplicateRows: 0,
    });
    const [n] = await rows<{ n: number; refs: number }>(
      sql`select count(*)::int as n, count(distinct external_ref)::int as refs from feedback_items where organization_id = ${orgId} and external_ref like 'big-%'`,
    );
    expect(n).toEqual({ n: 2500, refs: 2500 });
  });

  it('refuses an unknown kind naming the query field', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/imports?kind=orders',
      headers: { 'content-type': 'text/csv' },
      payload: 'a\n1\n',
      as: owner,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      error: { code: 'VALIDATION_FAILED', details: [{ field: 'querystring.kind' }] },
    });
  });

  it('restarts an interrupted run without doubling items, counting what it wrote before as duplicates', async () => {
    const csv = 'date,score,comment\n2024-04-01,10,Super\n2024-04-02,x,Kaputt\n2024-04-03,6,Geht so\n';
    const up = await uploadImport(t.runtime.deps, {
      organizationId: orgId,
      userId: null,
      kind: 'feedback',
      filename: 'retry.csv',
      body: Readable.from([csv]),
    });
    await t.runtime.deps.db.execute(
      sql`update imports set status = 'running', mapping = ${JSON.stringify({ date: 'occurredAt', score: 'score', comment: 'text' })}::jsonb where id = ${up.id}`,
    );
    const deps = {
      db: t.runtime.deps.db,
      now: () => new Date(),
      logger: t.runtime.deps.logger,
      enqueue: t.runtime.deps.enqueue,
    };
    await runFeedbackImport(deps, orgId, up.id);
    // As a crashed worker leaves it after writing: running again; the retry reads the file again.
    await t.runtime.deps.db.execute(
      sql`update imports set status = 'running', finished_at = null where id = ${up.id}`,
    );
    await t.runtime.deps.db.execute(
      sql`insert into import_chunks (import_id, seq, data) values (${up.id}, 0, ${Buffer.from(csv)})`,
    );
    await runFeedbackImport(deps, orgId, up.id);
    const done = (
      await t.request({ method: 'GET', url: `/api/v1/imports/${up.id}`, as: owner })
    ).json() as TImportDetail;
    expect(done).toMatchObject({
      status: 'done',
      processedRows: 3,
      okRows: 0,
      duplicateRows: 2,
      errorRows: 1,
      errors: [{ line: 3, field: 'score', reason: 'score: not a number' }],
    });
    const [n] = await rows<{ n: number }>(
      sql`select count(*)::int as n from feedback_items where organization_id = ${orgId} and occurred_at >= '2024-04-01' and occurred_at < '2024-05-01'`,
    );
    expect(n?.n).toBe(2);
  });
});
