/**
 * `npm run bench`: each figure printed next to a baseline measured the same way in the same run,
 * because these machines are shared and noisy; the ratio is what counts.
 *   - job queue: 2,000 jobs enqueued and worked through pg-boss vs. 2,000 plain INSERTs
 *   - API-key request: GET /api/v1/organization with a Bearer key vs. GET /healthz (both app.inject)
 *   - CSV contact import: 100,000 rows (1 % bad) vs. csv-parse alone and pre-parsed INSERTs (import-bench.ts)
 *   - analytics overview at 1,000,000 answers via rollups vs. plain GROUP BY over the raw answers (analytics-bench.ts, PostgreSQL only)
 *   - surveys (survey-bench.ts): answers/s with p99 through POST /s/<token> on a listening server vs.
 *     bare Fastify + one INSERT; invitations/s through SMTP vs. raw nodemailer; page and widget bytes
 *     vs. their budgets. Runs last on each runtime: it starts the runtime's job workers.
 *   - cases (cases-bench.ts): answer → case opened and assignee notified (p50/p99) at the answers'
 *     peak, and the answer rate with the cases stage vs. without it; the SLA tick over 100,000 open
 *     cases (case-sla-tick-bench.ts) vs. the SELECT of its due rows; the case list at 1,000,000
 *     cases (case-list-bench.ts) vs. a bare SELECT … LIMIT 50
 *   - webhooks (webhooks-bench.ts): deliveries per second through the stage and the signed attempt
 *     jobs to a loopback receiver vs. raw fetch POSTs of the same bodies; answer → signed
 *     response.created received (p50/p99) while answers run at peak
 *   - text (text-bench.ts): comments analysed per second in process and through the pipeline vs. a
 *     bare lexicon lookup; a backfill of 100,000 old comments (target under a minute, peak RSS)
 *   - discovery (discovery-bench.ts): theme discovery over 50,000 comments in process vs. tokenizing
 *     and stemming them (target under a minute, peak RSS)
 *   - first load (lighthouse-bench.ts): Lighthouse mobile on the sign-in page and the overview vs.
 *     a survey page, on the real server process (PGlite)
 * On PGlite always; on PostgreSQL too when BENCH_DATABASE_URL (or TEST_DATABASE_URL) is set.
 * `npm run bench -- lighthouse survey` runs only the sections named (widget, queue, request, import,
 * analytics, survey, pipeline, cases, webhooks, text, discovery, lighthouse); none named runs them all.
 */
import { pipelineBench } from './pipeline-bench.js';
import { sql } from 'drizzle-orm';
import { buildApp } from '../src/server/app.js';
import { createApiKey } from '../src/server/features/api-keys/api-keys.service.js';
import { createAccount } from '../src/server/features/organizations/accounts.service.js';
import { createOrganization } from '../src/server/features/organizations/organizations.service.js';
import type { Runtime } from '../src/server/runtime.js';
import { importBench } from './import-bench.js';
import { lighthouseBench } from './lighthouse-bench.js';
import { analyticsBench } from './analytics-bench.js';
import { casesBench } from './cases-bench.js';
import { surveyBench, widgetBytes } from './survey-bench.js';
import { webhooksBench } from './webhooks-bench.js';
import { textBench } from './text-bench.js';
import { discoveryBench } from './discovery-bench.js';
import { median, report } from './measure.js';
import { onEachDatabase } from './runtimes.js';

const JOBS = 2000;

const SECTIONS = [
  'widget',
  'queue',
  'request',
  'import',
  'analytics',
  'survey',
  'pipeline',
  'cases',
  'webhooks',
  'text',
  'discovery',
  'lighthouse',
] as const;
type Section = (typeof SECTIONS)[number];
const named = process.argv.slice(2);
const unknown = named.filter((name) => !(SECTIONS as readonly string[]).includes(name));
if (unknown.length > 0)
  throw new Error(`unknown bench section ${unknown.join(', ')}; sections: ${SECTIONS.join(', ')}`);
const wants = (section: Section) => named.length === 0 || named.includes(section);

async function queueBench(rt: Runtime, label: string): Promise<void> {
  const boss = rt.queue.boss;
  await boss.createQueue('bench.noop');
  let done = 0;
  let resolveAll: () => void = () => {};
  await boss.work(
    'bench.noop',
    { batchSize: 100, burstWhenBatchFull: true, pollingIntervalSeconds: 0.5 },
    async (jobs) => {
      done += jobs.length;
      if (done >= JOBS) resolveAll();
    },
  );
  const queueMs = await median(3, async () => {
    done = 0;
    const finished = new Promise<void>((r) => (resolveAll = r));
    await boss.insert(
      'bench.noop',
      Array.from({ length: JOBS }, (_, i) => ({ data: { i } })),
    );
    await finished;
  });
  await rt.deps.db.execute(
    sql`create temporary table if not exists bench_rows (id serial primary key, data jsonb)`,
  );
  const insertMs = await median(3, async () => {
    const values = Array.from({ length: JOBS }, (_, i) => sql`(${JSON.stringify({ i })}::jsonb)`);
    await rt.deps.db.execute(sql`insert into bench_rows (data) values ${sql.join(values, sql`, `)}`);
  });
  report(`[${label}] ${JOBS} jobs enqueued + worked`, queueMs, 'ms', `${JOBS} plain INSERTs`, insertMs);
}

async function requestBench(rt: Runtime, label: string): Promise<void> {
  const app = await buildApp(rt.deps, { serveWeb: false, rateLimitPerMinute: 1_000_000 });
  const owner = await createAccount(rt.deps.auth, {
    email: `bench-${Date.now()}@example.test`,
    password: 'bench-password',
    name: 'Bench',
  });
  const org = await createOrganization(rt.deps, { name: `Bench ${Date.now()}`, ownerUserId: owner.id });
  const { key } = await createApiKey(rt.deps, {
    organizationId: org.id,
    name: 'bench',
    createdByUserId: owner.id,
  });
  const N = 300;
  const keyed = await median(3, async () => {
    for (let i = 0; i < N; i++)
      await app.inject({
        method: 'GET',
        url: '/api/v1/organization',
        headers: { authorization: `Bearer ${key}` },
      });
  });
  const health = await median(3, async () => {
    for (let i = 0; i < N; i++) await app.inject({ method: 'GET', url: '/healthz' });
  });
  report(`[${label}] ${N} × GET /api/v1/organization (API key)`, keyed, 'ms', `${N} × GET /healthz`, health);
  await app.close();
}

async function main(): Promise<void> {
  if (wants('widget')) widgetBytes();
  if (
    (
      ['queue', 'request', 'import', 'analytics', 'survey', 'pipeline', 'cases', 'webhooks', 'text'] as const
    ).some(wants)
  ) {
    await onEachDatabase(async (rt, label) => {
      if (wants('queue')) await queueBench(rt, label);
      if (wants('request')) await requestBench(rt, label);
      if (wants('import')) await importBench(rt, label);
      if (wants('analytics')) await analyticsBench(rt, label);
      if (wants('survey')) await surveyBench(rt, label, label === 'pglite' ? 1000 : undefined);
      if (wants('pipeline')) await pipelineBench(rt, label);
      if (wants('cases')) await casesBench(rt, label);
      if (wants('webhooks')) await webhooksBench(rt, label);
      if (wants('text')) await textBench(rt, label);
    });
  }
  // In process, no database.
  if (wants('discovery')) discoveryBench();
  // Its own server process and Chromium, after the others so they do not share the machine.
  if (wants('lighthouse')) await lighthouseBench();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
