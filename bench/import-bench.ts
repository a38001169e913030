/**
 * CSV contact import: a 100,000-row file with 1 % bad rows, generated as a stream (never held
 * in memory), uploaded through the real service and imported by the real job handler. Printed
 * next to baselines measured in the same run: csv-parse alone over the same stream (no
 * database), and plain 1,000-row INSERTs of the same rows already parsed into a fresh
 * organization. Peak extra RSS and heap are sampled every 10 ms during upload + import, minus
 * the figures before. V8 collects lazily, so the peak includes garbage: with a capped heap
 * (`NODE_OPTIONS=--max-old-space-size=110`) a 1,000,000-row file imports with ~58 MB of live
 * heap, nearly all of it the in-file duplicate check (~50 bytes per distinct externalId).
 * `tsx bench/import-bench.ts` runs it alone (BENCH_IMPORT_ROWS, BENCH_SKIP_PGLITE=1);
 * `npm run bench` runs it with the others.
 */
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { sql } from 'drizzle-orm';
import { createAccount } from '../src/server/features/organizations/accounts.service.js';
import { createOrganization } from '../src/server/features/organizations/organizations.service.js';
import { startImport, uploadImport } from '../src/server/features/imports/imports.service.js';
import { upsertContactBatch } from '../src/server/features/imports/import-contacts.repo.js';
import { importContactsJob } from '../src/server/jobs/import-contacts.job.js';
import type { Runtime } from '../src/server/runtime.js';
import { report } from './measure.js';
import { onEachDatabase } from './runtimes.js';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const HEADER = 'Kundennummer;E-Mail;Name;Sprache;Segment;Region;Umsatz;Kunde seit;Produkte\n';
const MAPPING = {
  Kundennummer: 'externalId',
  'E-Mail': 'email',
  Name: 'name',
  Sprache: 'language',
  Segment: 'segment',
  Region: 'region',
  Umsatz: 'revenue',
  'Kunde seit': 'customerSince',
  Produkte: 'productsUsed',
};

function line(i: number): string {
  const bad = i % 100 === 99; // 1 %: alternately a broken e-mail, a missing id, a non-number
  const kind = Math.floor(i / 100) % 3;
  const id = bad && kind === 1 ? '' : `C-${i}`;
  const email = bad && kind === 0 ? `person${i}-at-example.test` : `person${i}@example.test`;
  const revenue = bad && kind === 2 ? 'viel' : `${(i % 5000) + 1},${String(i % 100).padStart(2, '0')}`;
  return `${id};${email};Person ${i};${i % 3 ? 'de' : 'en'};${['SMB', 'Mid', 'Enterprise'][i % 3]};${['DACH', 'UK', 'US'][i % 3]};${revenue};2021-0${(i % 9) + 1}-1${i % 10};App|Web\n`;
}

/** The file as a stream of ~64 KB strings. */
function csvStream(rows = ROWS): Readable {
  return Readable.from(
    (function* gen() {
      let buf = HEADER;
      for (let i = 0; i < rows; i++) {
        buf += line(i);
        if (buf.length > 64 * 1024) {
          yield buf;
          buf = '';
        }
      }
      if (buf) yield buf;
    })(),
  );
}

function rssSampler() {
  global.gc?.();
  const before = process.memoryUsage();
  let peak = before.rss;
  let peakHeap = before.heapUsed;
  const timer = setInterval(() => {
    const now = process.memoryUsage();
    peak = Math.max(peak, now.rss);
    peakHeap = Math.max(peakHeap, now.heapUsed);
  }, 10);
  return {
    stop() {
      clearInterval(timer);
      peak = Math.max(peak, process.memoryUsage().rss);
      return { rssMb: (peak - before.rss) / 1024 / 1024, heapMb: (peakHeap - before.heapUsed) / 1024 / 1024 };
    },
  };
}

async function freshOrg(rt: Runtime, tag: string) {
  const owner = await createAccount(rt.deps.auth, {
    email: `import-${tag}-${Date.now()}@example.test`,
    password: 'bench-password',
    name: 'Bench',
  });
  const org = await createOrganization(rt.deps, {
    name: `Import ${tag} ${Date.now()}`,
    ownerUserId: owner.id,
  });
  return { orgId: org.id, userId: owner.id };
}

async function importOnce(rt: Runtime, orgId: string, userId: string) {
  const mem = rssSampler();
  const t0 = performance.now();
  const up = await uploadImport(rt.deps, {
    organizationId: orgId,
    userId,
    kind: 'contacts',
    filename: 'bench.csv',
    body: csvStream(),
  });
  const t1 = performance.now();
  await startImport(rt.deps, orgId, up.id, MAPPING);
  await importContactsJob.handler({ organizationId: orgId, importId: up.id }, rt.jobContext);
  const t2 = performance.now();
  const peakMb = mem.stop();
  const res = (await rt.deps.db.execute(
    sql`select status, ok_rows, error_rows from imports where id = ${up.id}`,
  )) as unknown as { rows: { status: string; ok_rows: number; error_rows: number }[] };
  return {
    uploadMs: t1 - t0,
    jobMs: t2 - t1,
    totalMs: t2 - t0,
    peakMb: peakMb.rssMb,
    heapMb: peakMb.heapMb,
    bytes: up.byteSize,
    chunks: up.chunks,
    result: res.rows[0],
  };
}

export async function importBench(rt: Runtime, label: string): Promise<void> {
  global.gc?.();
  // Baseline 1: the parser alone over the same stream.
  const p0 = performance.now();
  let parsed = 0;
  for await (const _ of csvStream().pipe(parse({ delimiter: ';' }))) parsed++;
  const parseMs = performance.now() - p0;
  if (parsed !== ROWS + 1) throw new Error(`csv-parse read ${parsed} records, expected ${ROWS + 1}`);

  const a = await freshOrg(rt, `${label}-a`);
  const first = await importOnce(rt, a.orgId, a.userId);
  const again = await importOnce(rt, a.orgId, a.userId);
  const rate = (ms: number) => (ROWS / ms) * 1000;

  // Baseline 2: the same rows already parsed, written with plain 1,000-row INSERTs (no checks, no conflicts).
  const b = await freshOrg(rt, `${label}-b`);
  const rows = Array.from({ length: ROWS }, (_, i) => ({
    externalId: `C-${i}`,
    values: {
      email: `person${i}@example.test`,
      name: `Person ${i}`,
      language: 'de',
      segment: 'SMB',
      region: 'DACH',
      revenue: i,
      customerSince: '2021-01-01T00:00:00.000Z',
      productsUsed: ['App', 'Web'],
    },
    attributes: {},
  }));
  const fields = [
    'email',
    'name',
    'language',
    'segment',
    'region',
    'revenue',
    'customerSince',
    'productsUsed',
  ] as const;
  const i0 = performance.now();
  for (let i = 0; i < rows.length; i += 1000)
    await upsertContactBatch(rt.deps.db, b.orgId, fields, false, rows.slice(i, i + 1000), new Date());
  const insertMs = performance.now() - i0;

  const mb = (first.bytes / 1024 / 1024).toFixed(1);
  console.log(
    `[${label}] ${ROWS} rows, ${mb} MB in ${first.chunks} chunks → ${first.result?.ok_rows} ok, ${first.result?.error_rows} refused (${first.result?.status})`,
  );
  report(
    `[${label}] import rows/s (upload + job)`,
    rate(first.totalMs),
    'rows/s',
    'csv-parse alone',
    rate(parseMs),
  );
  report(
    `[${label}] import job rows/s (parse + check + upsert)`,
    rate(first.jobMs),
    'rows/s',
    'pre-parsed 1,000-row INSERTs',
    rate(insertMs),
  );
  report(
    `[${label}] re-import of the same file rows/s (no changes)`,
    rate(again.totalMs),
    'rows/s',
    'first import',
    rate(first.totalMs),
  );
  console.log(
    `[${label}] upload ${first.uploadMs.toFixed(0)} ms, job ${first.jobMs.toFixed(0)} ms; peak extra RSS ${first.peakMb.toFixed(1)} MB, heap ${first.heapMb.toFixed(1)} MB (re-import ${again.peakMb.toFixed(1)} / ${again.heapMb.toFixed(1)} MB) for a ${mb} MB file`,
  );
}

// BENCH_SKIP_PGLITE=1: PostgreSQL alone, so its RSS figure starts from a process PGlite never grew.
async function main(): Promise<void> {
  await onEachDatabase(importBench);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
