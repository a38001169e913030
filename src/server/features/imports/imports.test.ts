import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TImportDetail, TUploadImportResponse } from '../../../shared/contracts/imports.js';
import { uploadCsv, waitImportDone } from '../../../../test/helpers/imports.js';
import { buildTestApp, type Caller, type TestApp } from '../../../../test/helpers/build-test-app.js';
import { uploadImport } from './imports.service.js';
import { runContactImport } from './run-contact-import.js';

let t: TestApp;
let owner: Caller;
let orgId: string;

async function rows<T>(q: ReturnType<typeof sql>): Promise<T[]> {
  return ((await t.runtime.deps.db.execute(q)) as unknown as { rows: T[] }).rows;
}

const upload = (csv: string, filename = 'contacts.csv', as: Caller = owner) =>
  uploadCsv(t, 'contacts', csv, filename, as);

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
  return waitDone(id);
}

const contactsOf = () =>
  rows<Record<string, unknown>>(
    sql`select external_id, email, name, language, segment, revenue, products_used, customer_since, is_email_opt_out, attributes, updated_at from contacts where organization_id = ${orgId} order by external_id`,
  );

beforeAll(async () => {
  t = await buildTestApp({ workers: true });
  const person = await t.signUp({ name: 'Importer' });
  owner = { cookie: person.cookie };
  orgId = (await t.createOrg(person.cookie, 'Import Org')).id;
  await t.runtime.deps.db.execute(
    sql`insert into contact_attribute_definitions (organization_id, key, type, label) values (${orgId}, 'seats', 'number', 'Plätze'), (${orgId}, 'vip', 'boolean', null)`,
  );
});
afterAll(async () => {
  await t.close();
});

const GERMAN = [
  'Kundennummer;E-Mail;Name;Sprache;Segment;Umsatz;Produkte;Kunde seit;Opt-out;Plätze',
  'K-1;anna@example.test;Anna Muster;de;Enterprise;1.234,50;App|Web;2021-03-01;nein;12',
  'K-2;not-an-email;Bernd;de;SMB;99;;;ja;3',
  'K-3;carla@example.test;"Carla; Chefin";en-GB;SMB;12.5;App;01.02.2020;0;',
  ';nobody@example.test;No Id;de;SMB;1;;;;',
  'K-1;again@example.test;Anna Twice;de;SMB;1;;;;',
  'K-4;dora@example.test;Dora;de;SMB;lots;;2020-13-01;;x',
  'K-5;emil@example.test;Emil;de;SMB;1',
  'K-6;fritz@example.test;Fritz;de;SMB;7;;;;',
].join('\r\n');
const GERMAN_MAPPING = {
  Kundennummer: 'externalId',
  'E-Mail': 'email',
  Name: 'name',
  Sprache: 'language',
  Segment: 'segment',
  Umsatz: 'revenue',
  Produkte: 'productsUsed',
  'Kunde seit': 'customerSince',
  'Opt-out': 'emailOptOut',
  Plätze: 'attributes.seats',
};

describe('CSV contact import', () => {
  it('previews a German semicolon file with a suggested mapping', async () => {
    const res = await upload(GERMAN);
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json() as TUploadImportResponse;
    expect(body.delimiter).toBe(';');
    expect(body.columns[0]).toBe('Kundennummer');
    expect(body.preview).toHaveLength(8);
    expect(body.preview[2]?.[2]).toBe('Carla; Chefin');
    expect(body.totalRows).toBe(8);
    expect(body.suggestedMapping).toMatchObject({
      Kundennummer: 'externalId',
      'E-Mail': 'email',
      Sprache: 'language',
      Segment: 'segment',
      Umsatz: 'revenue',
      'Kunde seit': 'customerSince',
      Plätze: 'attributes.seats',
    });
  });

  it('imports good rows, reports each bad row with its line and reason, and a re-import changes nothing', async () => {
    const done = await importFile(GERMAN, GERMAN_MAPPING);
    expect(done).toMatchObject({
      status: 'done',
      processedRows: 8,
      okRows: 3,
      errorRows: 5,
      totalRows: 8,
      progress: 1,
    });
    expect(done.errors).toEqual([
      { line: 3, field: 'email', reason: 'email: not an e-mail address' },
      { line: 5, field: 'externalId', reason: 'externalId: missing' },
      { line: 6, field: 'externalId', reason: 'duplicate externalId in this file (first seen on line 2)' },
      {
        line: 7,
        field: 'revenue, customerSince, attributes.seats',
        reason:
          'revenue: not a number; customerSince: not a date (YYYY-MM-DD, ISO 8601 or DD.MM.YYYY); attributes.seats: not a number',
      },
      { line: 8, field: null, reason: 'has 6 columns, the header has 10' },
    ]);
    const before = await contactsOf();
    expect(before.map((c) => c.external_id)).toEqual(['K-1', 'K-3', 'K-6']);
    expect(before[0]).toMatchObject({
      email: 'anna@example.test',
      revenue: 1234.5,
      products_used: ['App', 'Web'],
      is_email_opt_out: false,
      attributes: { seats: 12 },
    });
    expect(before[1]).toMatchObject({
      name: 'Carla; Chefin',
      language: 'en-gb',
      revenue: 12.5,
      attributes: { seats: null },
    });
    expect(new Date(before[1]?.customer_since as string).toISOString()).toBe('2020-02-01T00:00:00.000Z');

    const again = await importFile(GERMAN, GERMAN_MAPPING);
    expect(again).toMatchObject({ status: 'done', okRows: 3, errorRows: 5 });
    expect(await contactsOf()).toEqual(before);
  });

  it('refuses an unknown language code and names every bad field of a row', async () => {
    const done = await importFile(
      'id,email,language\nL-1,a@example.test,xx\nL-2,b@example.test,de-AT\nL-3,not-mail,zz\n',
      { id: 'externalId', email: 'email', language: 'language' },
    );
    expect(done).toMatchObject({ status: 'done', okRows: 1, errorRows: 2 });
    expect(done.errors).toEqual([
      {
        line: 2,
        field: 'language',
        reason: 'language: "xx" is not a known language code (such as "de" or "en-GB")',
      },
      {
        line: 4,
        field: 'email, language',
        reason:
          'email: not an e-mail address; language: "zz" is not a known language code (such as "de" or "en-GB")',
      },
    ]);
  });

  it('downloads the errors as formula-safe CSV and pages them as JSON', async () => {
    const csv = 'id,email\n=1+1,a@example.test\n@SUM(A1),bad\n+2,c@example.test\nok,nope\n';
    const done = await importFile(csv, { id: 'externalId', email: 'email' });
    expect(done.errorRows).toBe(2);
    const file = await t.request({ method: 'GET', url: `/api/v1/imports/${done.id}/errors.csv`, as: owner });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toMatch(/text\/csv/);
    expect(file.body).toBe(
      'line,field,reason\r\n3,email,email: not an e-mail address\r\n5,email,email: not an e-mail address\r\n',
    );
    const page = await t.request({
      method: 'GET',
      url: `/api/v1/imports/${done.id}/errors?limit=1`,
      as: owner,
    });
    expect(page.json()).toEqual({
      items: [{ line: 3, field: 'email', reason: 'email: not an e-mail address' }],
      nextCursor: 3,
    });
    const next = await t.request({
      method: 'GET',
      url: `/api/v1/imports/${done.id}/errors?limit=1&after=3`,
      as: owner,
    });
    expect((next.json() as { items: { line: number }[] }).items[0]?.line).toBe(5);
    const contacts = await rows<{ external_id: string }>(
      sql`select external_id from contacts where organization_id = ${orgId} and external_id in ('=1+1', '+2')`,
    );
    expect(contacts).toHaveLength(2);
  });

  it('reports malformed CSV per line and keeps the rows before it', async () => {
    const csv =
      'id,name\nm-1,"quoted, fine"\nm-2,"multi\nline"\nm-3,too,many\nm-4,"5"" screen"\nm-8,a"b\nm-5,"never closed\nm-6,lost\n';
    const done = await importFile(csv, { id: 'externalId', name: 'name' });
    expect(done.status).toBe('done');
    expect(done.errors.map((e) => e.line)).toEqual([5, 8]);
    expect(done.errors[0]?.reason).toBe('has 3 columns, the header has 2');
    expect(done.errors[1]?.reason).toBe(
      'malformed CSV: a quote opened on line 8 is never closed, so lines 8–9 could not be read',
    );
    const names = await rows<{ external_id: string; name: string }>(
      sql`select external_id, name from contacts where organization_id = ${orgId} and external_id like 'm-%' order by external_id`,
    );
    expect(names).toEqual([
      { external_id: 'm-1', name: 'quoted, fine' },
      { external_id: 'm-2', name: 'multi\nline' },
      { external_id: 'm-4', name: '5" screen' },
      // A stray quote inside an unquoted cell is kept as text (relax_quotes).
      { external_id: 'm-8', name: 'a"b' },
    ]);
  });

  it('refuses bad mappings with 400 naming the column, and a second start with 409', async () => {
    const { id } = (
      await upload('Kunden-Nr,Mail,Lieblingsfarbe\n1,a@example.test,blau\n')
    ).json() as TUploadImportResponse;
    const start = (mapping: Record<string, string | null>) =>
      t.request({ method: 'POST', url: `/api/v1/imports/${id}/start`, payload: { mapping }, as: owner });
    const undeclared = await start({ 'Kunden-Nr': 'externalId', Lieblingsfarbe: 'attributes.colour' });
    expect(undeclared.statusCode).toBe(400);
    expect(undeclared.json()).toMatchObject({
      error: {
        code: 'VALIDATION_FAILED',
        details: [
          {
            field: 'mapping.Lieblingsfarbe',
            message: 'custom attribute "colour" is not declared for this organization',
          },
        ],
      },
    });
    const noId = await start({ Mail: 'email' });
    expect(noId.json()).toMatchObject({ error: { details: [{ field: 'mapping' }] } });
    const twice = await start({ 'Kunden-Nr': 'externalId', Mail: 'externalId' });
    expect(twice.json()).toMatchObject({
      error: {
        details: [
          { field: 'mapping.Mail', message: '"externalId" is already mapped from column "Kunden-Nr"' },
        ],
      },
    });
    const unknown = await start({ 'Kunden-Nr': 'externalId', Nope: 'email', Mail: 'shoeSize' });
    expect(unknown.statusCode).toBe(400);
    expect(
      (unknown.json() as { error: { details: { field: string }[] } }).error.details.map((d) => d.field),
    ).toEqual(['mapping.Nope', 'mapping.Mail']);
    expect((await start({ 'Kunden-Nr': 'externalId', Mail: 'email', Lieblingsfarbe: null })).statusCode).toBe(
      202,
    );
    expect((await start({ 'Kunden-Nr': 'externalId' })).statusCode).toBe(409);
    await waitDone(id);
  });

  it('streams a 20,000-row file through several chunks', async () => {
    const lines = ['customer id,email,revenue'];
    for (let i = 0; i < 20_000; i++)
      lines.push(`big-${i},person-${i}@example.test,${i % 100 === 0 ? 'n/a' : `${i}.5`}`);
    const csv = `${lines.join('\n')}\n`;
    const up = await upload(csv);
    const body = up.json() as TUploadImportResponse;
    expect(body.chunks).toBeGreaterThan(1);
    const stored = await rows<{ n: number }>(
      sql`select count(*)::int as n from import_chunks where import_id = ${body.id}`,
    );
    expect(stored[0]?.n).toBe(body.chunks);
    expect(body.suggestedMapping).toEqual({
      'customer id': 'externalId',
      email: 'email',
      revenue: 'revenue',
    });
    await t.request({
      method: 'POST',
      url: `/api/v1/imports/${body.id}/start`,
      payload: { mapping: body.suggestedMapping },
      as: owner,
    });
    const done = await waitDone(body.id);
    expect(done).toMatchObject({ status: 'done', processedRows: 20_000, okRows: 19_800, errorRows: 200 });
    const count = await rows<{ n: number }>(
      sql`select count(*)::int as n from contacts where organization_id = ${orgId} and external_id like 'big-%'`,
    );
    expect(count[0]?.n).toBe(19_800);
    // The file is gone once imported; the errors stay.
    const left = await rows<{ n: number }>(
      sql`select count(*)::int as n from import_chunks where import_id = ${body.id}`,
    );
    expect(left[0]?.n).toBe(0);
  });

  it('lists imports newest first and lets an analyst read but not upload', async () => {
    const list = await t.request({ method: 'GET', url: '/api/v1/imports', as: owner });
    const items = (list.json() as { items: { createdAt: string }[] }).items;
    expect(items.length).toBeGreaterThan(3);
    expect([...items].sort((a, b) => b.createdAt.localeCompare(a.createdAt))).toEqual(items);
    const analyst = await t.addMember(orgId, 'analyst');
    expect(
      (await t.request({ method: 'GET', url: '/api/v1/imports', as: { cookie: analyst.cookie } })).statusCode,
    ).toBe(200);
    expect((await upload('id\n1\n', 'x.csv', { cookie: analyst.cookie })).statusCode).toBe(403);
  });

  it('refuses an empty file and a body that is not CSV', async () => {
    const empty = await upload('');
    expect(empty.statusCode).toBe(400);
    const json = await t.request({
      method: 'POST',
      url: '/api/v1/imports?filename=x.json',
      payload: { a: 1 },
      as: owner,
    });
    expect(json.statusCode).toBe(415);
  });

  it('refuses a file over the size limit while streaming and keeps nothing of it', async () => {
    const body = Readable.from(['id\n', 'x'.repeat(600), '\n', 'y'.repeat(600), '\n']);
    const attempt = uploadImport(t.runtime.deps, {
      organizationId: orgId,
      userId: null,
      kind: 'contacts',
      filename: 'big.csv',
      body,
      maxBytes: 1000,
    });
    await expect(attempt).rejects.toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    expect(
      await rows(sql`select id from imports where organization_id = ${orgId} and filename = 'big.csv'`),
    ).toEqual([]);
  });

  it('restarts an interrupted run from zero: counters and errors are not doubled', async () => {
    const csv = 'id,email\nr-1,a@example.test\nr-2,bad\nr-3,c@example.test\n';
    const up = await uploadImport(t.runtime.deps, {
      organizationId: orgId,
      userId: null,
      kind: 'contacts',
      filename: 'retry.csv',
      body: Readable.from([csv]),
    });
    // As a crashed worker leaves it: running, half counted, one error written.
    await t.runtime.deps.db.execute(
      sql`update imports set status = 'running', mapping = ${JSON.stringify({ id: 'externalId', email: 'email' })}::jsonb, processed_rows = 2, ok_rows = 1, error_rows = 1 where id = ${up.id}`,
    );
    await t.runtime.deps.db.execute(
      sql`insert into import_errors (import_id, line, field, reason) values (${up.id}, 3, 'email', 'email: not an e-mail address')`,
    );
    const deps = { db: t.runtime.deps.db, now: () => new Date(), logger: t.runtime.deps.logger };
    await runContactImport(deps, orgId, up.id);
    await runContactImport(deps, orgId, up.id); // a duplicate delivery after it finished does nothing
    const done = (
      await t.request({ method: 'GET', url: `/api/v1/imports/${up.id}`, as: owner })
    ).json() as TImportDetail;
    expect(done).toMatchObject({
      status: 'done',
      processedRows: 3,
      okRows: 2,
      errorRows: 1,
      errors: [{ line: 3, field: 'email' }],
    });
  });

  it("writes a merged contact's old id to the survivor, and refuses it next to the survivor's own row", async () => {
    const [survivor] = await rows<{ id: string }>(
      sql`insert into contacts (organization_id, external_id, name) values (${orgId}, 'sv-new', 'Old Name') returning id`,
    );
    await t.runtime.deps.db.execute(
      sql`insert into contact_aliases (organization_id, external_id, contact_id) values (${orgId}, 'sv-old', ${survivor?.id})`,
    );
    const done = await importFile('id,name\nsv-old,Via Alias\n', { id: 'externalId', name: 'name' });
    expect(done).toMatchObject({ okRows: 1, errorRows: 0 });
    const both = await importFile('id,name\nsv-new,Own Row\nsv-old,Alias Row\n', {
      id: 'externalId',
      name: 'name',
    });
    expect(both.errors).toEqual([
      {
        line: 3,
        field: 'externalId',
        reason: 'duplicate: this externalId was merged into the contact of line 2',
      },
    ]);
    expect(
      await rows(
        sql`select external_id, name from contacts where organization_id = ${orgId} and external_id like 'sv-%'`,
      ),
    ).toEqual([{ external_id: 'sv-new', name: 'Own Row' }]);
  });
});
