import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-test-app.js';
import { generateDemoDataset } from '../../../domain/demo/generate-demo-dataset.js';
import { npsCounts, npsScore } from '../../../domain/metrics/nps.js';
import { pageResponses, type ExportCursor } from './exports.repo.js';
import { exportResponses } from './exports.service.js';

const NOW = new Date('2026-03-10T09:00:00Z');
const EVIL = '=HYPERLINK("http://evil")';

function csvRows(body: string): string[][] {
  expect(body.startsWith('\uFEFF')).toBe(true);
  return parse(body, { bom: true, record_delimiter: '\r\n' }) as string[][];
}

async function xlsxRows(raw: Buffer): Promise<{ values: unknown[]; types: number[] }[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(raw as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  const rows: { values: unknown[]; types: number[] }[] = [];
  sheet.eachRow((row) => {
    const values: unknown[] = [];
    const types: number[] = [];
    row.eachCell({ includeEmpty: true }, (cell) => {
      values.push(cell.value);
      types.push(cell.type);
    });
    rows.push({ values, types });
  });
  return rows;
}

describe('exports', () => {
  let t: TestApp;
  let demo: { cookie: string; orgId: string };
  let small: { cookie: string; key: string; surveyId: string };
  const dataset = generateDemoDataset({ now: NOW });
  // The answers: every survey answer and every NPS/CSAT/CES score from elsewhere (the demo's
  // re-survey answers after a resolved case come in like scores from another system).
  const surveyItems = dataset.feedbackItems.filter(
    (i) => i.channel === 'survey' || (i.metric !== null && i.metric !== 'rating'),
  );

  beforeAll(async () => {
    t = await buildTestApp({ now: () => NOW });
    const owner = await t.signUp();
    demo = { cookie: owner.cookie, orgId: (await t.createOrg(owner.cookie, 'Export Demo')).id };
    const fill = await t.request({ method: 'POST', url: '/api/v1/demo', as: { cookie: owner.cookie } });
    if (fill.statusCode !== 201) throw new Error(fill.body);

    // A German organization with one hostile answer: a formula as comment and as customer id.
    const other = await t.signUp();
    await t.createOrg(other.cookie, 'Formel GmbH');
    await t.request({
      method: 'PATCH',
      url: '/api/v1/organization/settings',
      payload: { defaultLanguage: 'de' },
      as: { cookie: other.cookie },
    });
    const key = (await t.createApiKey(other.cookie)).key;
    await t.request({
      method: 'POST',
      url: '/api/v1/contacts',
      payload: { externalId: '@SUM(1+1)', segment: '-Evil', region: '+Region' },
      as: { key },
    });
    const survey = (
      await t.request({
        method: 'POST',
        url: '/api/v1/surveys',
        payload: { name: '=Survey', template: 'relationship-nps' },
        as: { key },
      })
    ).json() as { id: string };
    await t.request({
      method: 'POST',
      url: `/api/v1/surveys/${survey.id}/status`,
      payload: { status: 'live' },
      as: { key },
    });
    const answer = await t.request({
      method: 'POST',
      url: '/api/v1/responses',
      payload: { surveyId: survey.id, contactExternalId: '@SUM(1+1)', answers: { nps: 2, why: EVIL } },
      as: { key },
    });
    if (answer.statusCode !== 201) throw new Error(answer.body);
    small = { cookie: other.cookie, key, surveyId: survey.id };
  });
  afterAll(() => t.close());

  it('downloads every demo answer as CSV, oldest first, with English headers and a dated attachment name', async () => {
    const res = await t.request({
      method: 'GET',
      url: '/api/v1/exports/responses.csv',
      as: { cookie: demo.cookie },
    });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="responses-2026-03-10.csv"');
    const [header, ...rows] = csvRows(res.body);
    expect(header).toEqual([
      'ID',
      'Time (UTC)',
      'Survey',
      'Metric',
      'Score',
      'Comment',
      'Channel',
      'Language',
      'Customer ID',
      'Segment',
      'Region',
      'Hidden fields',
    ]);
    expect(rows).toHaveLength(surveyItems.length);
    expect(new Set(rows.map((r) => r[0])).size).toBe(rows.length);
    const times = rows.map((r) => r[1] ?? '');
    expect([...times].sort()).toEqual(times);
    // Scores per metric are exactly the generated ones.
    for (const metric of ['nps', 'csat', 'ces']) {
      const exported = rows.filter((r) => r[3] === metric).map((r) => Number(r[4]));
      const generated = surveyItems.filter((i) => i.metric === metric).map((i) => i.score);
      expect(
        exported.reduce((s, x) => s + x, 0),
        metric,
      ).toBe(generated.reduce((s: number, x) => s + (x ?? 0), 0));
      expect(exported.length, metric).toBe(generated.length);
    }
    const contacts = new Map(dataset.contacts.map((c) => [c.externalId, c]));
    for (const r of rows.slice(0, 200)) {
      const c = contacts.get(r[8] ?? '');
      expect(c, r[8]).toBeDefined();
      expect([r[9], r[10]]).toEqual([c?.segment, c?.region]);
    }
  });

  it('streams the same file page by page as in one go, in CSV and XLSX', async () => {
    for (const format of ['csv', 'xlsx'] as const) {
      const whole = await t.request({
        method: 'GET',
        url: `/api/v1/exports/responses.${format}?segment=Enterprise`,
        as: { cookie: demo.cookie },
      });
      const file = await exportResponses(t.runtime.deps, demo.orgId, { segment: 'Enterprise' }, format, {
        pageSize: 50,
      });
      const chunks: Buffer[] = [];
      for await (const chunk of file.body)
        chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
      const paged = Buffer.concat(chunks);
      if (format === 'csv') expect(paged.toString('utf8')).toBe(whole.body);
      else
        expect((await xlsxRows(paged)).map((r) => r.values)).toEqual(
          (await xlsxRows(whole.rawPayload)).map((r) => r.values),
        );
    }
  });

  it('pages by time and id without losing or repeating a row, however small the page', async () => {
    const all = await pageResponses(t.runtime.deps.db, demo.orgId, { segment: 'Enterprise' }, null, 100_000);
    const paged: string[] = [];
    let after: ExportCursor | null = null;
    for (;;) {
      const page = await pageResponses(t.runtime.deps.db, demo.orgId, { segment: 'Enterprise' }, after, 97);
      paged.push(...page.map((r) => r.id));
      const last = page[page.length - 1];
      if (!last || page.length < 97) break;
      after = { at: last.cursorAt, id: last.id };
    }
    expect(paged).toEqual(all.map((r) => r.id));
    expect(paged.length).toBeGreaterThan(500);
  });

  it('filters by segment, channel, time and survey', async () => {
    const get = async (query: string) => {
      const res = await t.request({
        method: 'GET',
        url: `/api/v1/exports/responses.csv?${query}`,
        as: { cookie: demo.cookie },
      });
      expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
      return csvRows(res.body).slice(1);
    };
    const enterprise = await get('segment=Enterprise');
    const enterpriseIds = new Set(
      dataset.contacts.filter((c) => c.segment === 'Enterprise').map((c) => c.externalId),
    );
    expect(enterprise).toHaveLength(
      surveyItems.filter((i) => i.contactExternalId !== null && enterpriseIds.has(i.contactExternalId))
        .length,
    );
    expect(new Set(enterprise.map((r) => r[9]))).toEqual(new Set(['Enterprise']));

    const from = '2025-01-01T00:00:00.000Z';
    const to = '2025-04-01T00:00:00.000Z';
    const quarter = await get(`from=${from}&to=${to}`);
    expect(quarter).toHaveLength(
      surveyItems.filter((i) => i.occurredAt.toISOString() >= from && i.occurredAt.toISOString() < to).length,
    );

    const email = await get('channel=email');
    expect(email.length).toBeGreaterThan(0);
    expect(new Set(email.map((r) => r[6]))).toEqual(new Set(['email']));

    const surveys = (
      await t.request({ method: 'GET', url: '/api/v1/surveys', as: { cookie: demo.cookie } })
    ).json() as { items: { id: string; name: string }[] };
    const first = surveys.items[0];
    if (!first) throw new Error('no survey');
    const one = await get(`surveyId=${first.id}`);
    expect(new Set(one.map((r) => r[2]))).toEqual(one.length > 0 ? new Set([first.name]) : new Set());
  });

  it('writes the same answers into an XLSX sheet with real dates and numbers', async () => {
    const csv = csvRows(
      (
        await t.request({
          method: 'GET',
          url: '/api/v1/exports/responses.csv?segment=SMB',
          as: { cookie: demo.cookie },
        })
      ).body,
    );
    const res = await t.request({
      method: 'GET',
      url: '/api/v1/exports/responses.xlsx?segment=SMB',
      as: { cookie: demo.cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers['content-disposition']).toBe('attachment; filename="responses-2026-03-10.xlsx"');
    const rows = await xlsxRows(res.rawPayload);
    expect(rows.map((r) => r.values[0])).toEqual(csv.map((r) => r[0]));
    const [, firstRow] = rows;
    expect(firstRow?.values[1]).toBeInstanceOf(Date);
    expect((firstRow?.values[1] as Date).toISOString()).toBe(csv[1]?.[1]);
    expect(typeof firstRow?.values[4]).toBe('number');
  });

  it('neutralises a formula typed by a respondent, in CSV and in XLSX, with German headers by the organization language', async () => {
    const res = await t.request({
      method: 'GET',
      url: '/api/v1/exports/responses.csv',
      as: { key: small.key },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="antworten-2026-03-10.csv"');
    expect(res.body).toContain(`"'=HYPERLINK(""http://evil"")"`);
    const [header, row] = csvRows(res.body);
    expect(header?.slice(0, 3)).toEqual(['ID', 'Zeitpunkt (UTC)', 'Umfrage']);
    expect([row?.[2], row?.[5], row?.[8], row?.[9], row?.[10]]).toEqual([
      "'=Survey",
      `'${EVIL}`,
      "'@SUM(1+1)",
      "'-Evil",
      "'+Region",
    ]);

    const xlsx = await t.request({
      method: 'GET',
      url: '/api/v1/exports/responses.xlsx?lang=en',
      as: { key: small.key },
    });
    expect(xlsx.statusCode).toBe(200);
    const [xHeader, xRow] = await xlsxRows(xlsx.rawPayload);
    expect(xHeader?.values[1]).toBe('Time (UTC)');
    expect([xRow?.values[2], xRow?.values[5], xRow?.values[8]]).toEqual([
      "'=Survey",
      `'${EVIL}`,
      "'@SUM(1+1)",
    ]);
    // Stored as text, never as a formula cell.
    expect(xRow?.types).not.toContain(ExcelJS.ValueType.Formula);
    expect(xRow?.types[5]).toBe(ExcelJS.ValueType.String);
  });

  it('exports NPS, CSAT and CES per month with n, score, interval and categories that match the answers', async () => {
    const res = await t.request({
      method: 'GET',
      url: '/api/v1/exports/metrics.csv',
      as: { cookie: demo.cookie },
    });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="metrics-2026-03-10.csv"');
    const [header, ...rows] = csvRows(res.body);
    expect(header?.slice(0, 4)).toEqual(['Month', 'Metric', 'Scale', 'n']);
    const nps = rows.filter((r) => r[1] === 'nps');
    expect(nps.length).toBeGreaterThanOrEqual(20);
    const npsItems = dataset.feedbackItems.filter((i) => i.metric === 'nps' && i.score !== null);
    expect(nps.reduce((s, r) => s + Number(r[3]), 0)).toBe(npsItems.length);
    for (const r of nps) {
      const month = npsItems
        .filter((i) => i.occurredAt.toISOString().slice(0, 7) === r[0])
        .map((i) => i.score as number);
      const counts = npsCounts(month);
      expect([Number(r[7]), Number(r[8]), Number(r[9])], r[0]).toEqual([
        counts.promoters,
        counts.passives,
        counts.detractors,
      ]);
      expect(Number(r[4]), r[0]).toBeCloseTo(npsScore(counts), 2);
      expect(Number(r[5])).toBeLessThanOrEqual(Number(r[4]));
      expect(Number(r[6])).toBeGreaterThanOrEqual(Number(r[4]));
      expect(r[2]).toBe('0–10');
    }
    for (const r of rows.filter((x) => x[1] !== 'nps')) {
      expect(r[2]).toBe(r[1] === 'csat' ? '1–5' : '1–7');
      expect(Number(r[5])).toBeLessThanOrEqual(Number(r[4]));
      expect(Number(r[6])).toBeGreaterThanOrEqual(Number(r[4]));
      expect([r[7], r[8], r[9]]).toEqual(['', '', '']);
      expect(Number(r[10])).toBeGreaterThan(0);
    }
    // Months ascend; within a month NPS, CSAT, CES.
    expect(rows.map((r) => r[0])).toEqual([...rows.map((r) => r[0])].sort());

    const xlsx = await t.request({
      method: 'GET',
      url: '/api/v1/exports/metrics.xlsx?lang=de',
      as: { cookie: demo.cookie },
    });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toBe('attachment; filename="kennzahlen-2026-03-10.xlsx"');
    const sheet = await xlsxRows(xlsx.rawPayload);
    expect(sheet[0]?.values.slice(0, 2)).toEqual(['Monat', 'Kennzahl']);
    expect(sheet.slice(1).map((r) => r.values[4])).toEqual(rows.map((r) => Number(r[4])));
  });

  it('narrows metrics by segment and survey the same way as answers', async () => {
    const get = async (url: string) =>
      csvRows((await t.request({ method: 'GET', url, as: { cookie: demo.cookie } })).body).slice(1);
    const all = await get('/api/v1/exports/metrics.csv');
    const smb = await get('/api/v1/exports/metrics.csv?segment=SMB');
    const total = (rows: string[][]) => rows.reduce((s, r) => s + Number(r[3]), 0);
    const smbIds = new Set(dataset.contacts.filter((c) => c.segment === 'SMB').map((c) => c.externalId));
    const smbScored = dataset.feedbackItems.filter(
      (i) =>
        ['nps', 'csat', 'ces'].includes(i.metric ?? '') &&
        i.score !== null &&
        i.contactExternalId !== null &&
        smbIds.has(i.contactExternalId),
    );
    expect(total(smb)).toBe(smbScored.length);
    expect(total(smb)).toBeLessThan(total(all));
    const mine = csvRows(
      (
        await t.request({
          method: 'GET',
          url: `/api/v1/exports/metrics.csv?surveyId=${small.surveyId}`,
          as: { key: small.key },
        })
      ).body,
    );
    expect(mine.slice(1).map((r) => [r[1], r[3], r[9]])).toEqual([['nps', '1', '1']]);
  });

  it('refuses unknown surveys, backwards windows, agents and signed-out callers', async () => {
    const unknown = await t.request({
      method: 'GET',
      url: `/api/v1/exports/responses.csv?surveyId=${small.surveyId}`,
      as: { cookie: demo.cookie },
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).not.toContain(small.surveyId);
    const backwards = await t.request({
      method: 'GET',
      url: '/api/v1/exports/metrics.xlsx?from=2025-06-01T00:00:00Z&to=2025-01-01T00:00:00Z',
      as: { cookie: demo.cookie },
    });
    expect(backwards.statusCode).toBe(400);
    const agent = await t.addMember(demo.orgId, 'agent');
    for (const url of [
      '/api/v1/exports/responses.csv',
      '/api/v1/exports/responses.xlsx',
      '/api/v1/exports/metrics.csv',
      '/api/v1/exports/metrics.xlsx',
    ]) {
      expect((await t.request({ method: 'GET', url, as: { cookie: agent.cookie } })).statusCode, url).toBe(
        403,
      );
      expect((await t.request({ method: 'GET', url })).statusCode, url).toBe(401);
    }
  });
});
