import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-test-app.js';
import { CHUNK_BYTES } from '../imports/csv-head.js';

describe('erasure and stored CSV uploads', () => {
  let t: TestApp;
  let key: string;
  beforeAll(async () => {
    t = await buildTestApp();
    const owner = await t.signUp();
    await t.createOrg(owner.cookie);
    key = (await t.createApiKey(owner.cookie)).key;
  });
  afterAll(() => t.close());

  it('removes an upload not yet started that names the person, even where a chunk boundary cuts the address in two', async () => {
    const email = 'straddle.person@example.test';
    await t.request({
      method: 'POST',
      url: '/api/v1/contacts',
      payload: { externalId: 'ERASE-1', email },
      as: { key },
    });

    // Filler rows up to a few bytes before the first chunk boundary, then the person's row.
    let csv = 'id,email\n';
    let n = 0;
    while (Buffer.byteLength(csv) < CHUNK_BYTES - 200) csv += `F-${n++},filler${n}@example.test\n`;
    const row = `ERASE-1,${email}\n`;
    const pad = CHUNK_BYTES - Buffer.byteLength(csv) - 'ERASE-1,'.length - 10; // boundary falls 10 bytes into the address
    csv += `F-pad,${'x'.repeat(Math.max(0, pad - ',\n'.length - 'F-pad'.length))}\n`;
    const offset = Buffer.byteLength(csv) + 'ERASE-1,'.length;
    expect(offset < CHUNK_BYTES && offset + email.length > CHUNK_BYTES).toBe(true);
    csv += row;
    for (let i = 0; i < 100; i++) csv += `T-${i},tail${i}@example.test\n`;

    const upload = await t.request({
      method: 'POST',
      url: '/api/v1/imports?kind=contacts&filename=crm.csv',
      headers: { 'content-type': 'text/csv' },
      payload: csv,
      as: { key },
    });
    expect(upload.statusCode).toBe(201);
    const importId = (upload.json() as { id: string }).id;
    const chunksBefore = (await t.runtime.deps.db.execute(
      sql`select count(*)::int as n from import_chunks where import_id = ${importId}`,
    )) as unknown as { rows: { n: number }[] };
    expect(chunksBefore.rows[0]?.n).toBe(2);

    const erase = await t.request({ method: 'DELETE', url: '/api/v1/contacts/ERASE-1', as: { key } });
    expect(erase.statusCode).toBe(200);

    const found = (await t.runtime.deps.db.execute(
      sql`select count(*)::int as n from import_chunks where position(convert_to(${email.slice(0, 10)}, 'UTF8') in data) > 0 or position(convert_to(${email.slice(10)}, 'UTF8') in data) > 0`,
    )) as unknown as { rows: { n: number }[] };
    expect(found.rows[0]?.n).toBe(0);
    const status = await t.request({ method: 'GET', url: `/api/v1/imports/${importId}`, as: { key } });
    expect(status.json()).toMatchObject({ status: 'failed', failure: expect.stringContaining('GDPR') });
    // Starting it now cannot bring the person back.
    const start = await t.request({
      method: 'POST',
      url: `/api/v1/imports/${importId}/start`,
      payload: { mapping: { id: 'externalId', email: 'email' } },
      as: { key },
    });
    expect(start.statusCode).toBeGreaterThanOrEqual(400);
  });
});
