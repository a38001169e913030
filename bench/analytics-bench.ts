/**
 * The analytics overview at 1,000,000 answers: overall NPS, the trend by month and the
 * breakdown by segment, as three calls of the metrics service (reading rollups), next to the
 * plain GROUP BY over the raw answers (feedback_items joined with contacts) computing the same
 * three in the same process, with the same domain functions. The numbers of both are checked
 * to be equal before anything is timed. PostgreSQL only: 1M rows on PGlite takes minutes.
 * `tsx bench/analytics-bench.ts` runs it alone on BENCH_DATABASE_URL (or TEST_DATABASE_URL);
 * BENCH_ANALYTICS_ROWS changes the size.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { estimateNps, type NpsEstimate } from '../src/domain/metrics/nps.js';
import { trendBucketOf } from '../src/domain/metrics/trend-buckets.js';
import { loadConfig } from '../src/server/config.js';
import type { Db } from '../src/server/db/client.js';
import { getMetrics } from '../src/server/features/metrics/metrics.service.js';
import { rebuildRollups } from '../src/server/features/metrics/rollups.service.js';
import { createLogger } from '../src/server/logger.js';
import { createRuntime, type Runtime } from '../src/server/runtime.js';
import type { TMetricGroup } from '../src/shared/contracts/metrics.js';
import { createPostgresTestDatabase, ensurePostgresTemplate } from '../test/helpers/test-database.js';
import { median, report } from './measure.js';

const ROWS = Number(process.env.BENCH_ANALYTICS_ROWS ?? 1_000_000);
const CONTACTS = 20_000;

async function rowsOf<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

/**
 * Two years of answers: 5 segments with different NPS, 4 regions, 3 answering channels, 2
 * languages, 3 products; more answers in recent months (a growing programme), scores from a
 * per-segment shifted bell, so every bucket has promoters, passives and detractors.
 */
async function load(db: Db, organizationId: string, now: Date): Promise<void> {
  await db.execute(
    sql`insert into organization (id, name, slug, created_at) values (${organizationId}, 'Analytics bench', ${`bench-${organizationId}`}, now())`,
  );
  await db.execute(sql`select setseed(0.42)`);
  await db.execute(sql`
    insert into contacts (organization_id, external_id, segment, region, revenue, language)
    select ${organizationId}, 'b-' || i,
      (array['Enterprise', 'Mid-market', 'SMB', 'Startup', 'Public sector'])[1 + i % 5],
      (array['DACH', 'Nordics', 'UK', 'US'])[1 + (i / 5) % 4],
      case when i % 17 = 0 then null else round((500 + random() * 80000)::numeric, 2)::float8 end,
      case when i % 3 = 0 then 'de' else 'en' end
    from generate_series(0, ${CONTACTS - 1}) as i`);
  await db.execute(sql`
    insert into feedback_items (organization_id, contact_id, channel, metric, score, scale_min, scale_max, language, product, touchpoint, occurred_at)
    select ${organizationId}, c.id, 'survey', 'nps',
      greatest(0, least(10, round(7.2 + (array[0.9, 0.3, -0.2, -0.8, 0.1])[1 + (g.i % ${CONTACTS}) % 5] + (random() + random() + random() - 1.5) * 3.2)))::int,
      0, 10, c.language,
      (array['Cloud', 'Edge', 'Mobile'])[1 + (g.i / 7) % 3],
      (array['email', 'link', 'widget'])[1 + (g.i / 3) % 3],
      ${now.toISOString()}::timestamptz - (730 * (1 - sqrt(random()))) * interval '1 day'
    from generate_series(0, ${ROWS - 1}) as g(i)
    join contacts c on c.organization_id = ${organizationId} and c.external_id = 'b-' || (g.i % ${CONTACTS})`);
  await db.execute(sql`analyze contacts`);
  await db.execute(sql`analyze feedback_items`);
}

interface Overview {
  overall: { n: number; score: number | null };
  months: [string, number, number | null][];
  segments: [string, number, number | null][];
}

const fromGroups = (groups: readonly TMetricGroup[]) =>
  groups.map((g): [string, number, number | null] => [g.key, g.n, g.score]);

/** The overview through the metrics service: three calls, as the dashboard makes them. */
async function overviewFromRollups(rt: Runtime, organizationId: string): Promise<Overview> {
  const base = { metric: 'nps' as const, weighted: false };
  const overall = await getMetrics(rt.deps, organizationId, { ...base, groupBy: 'none' });
  const months = await getMetrics(rt.deps, organizationId, { ...base, groupBy: 'month' });
  const segments = await getMetrics(rt.deps, organizationId, { ...base, groupBy: 'segment' });
  return {
    overall: { n: overall.overall.n, score: overall.overall.score },
    months: fromGroups(months.groups),
    segments: fromGroups(segments.groups).sort((a, b) => a[0].localeCompare(b[0])),
  };
}

type Counts = { promoters: number; passives: number; detractors: number };
const estimate = (c: Counts): NpsEstimate =>
  estimateNps({ promoters: c.promoters, passives: c.passives, detractors: c.detractors });
const categories = sql`count(*) filter (where fi.score >= 9)::int as promoters, count(*) filter (where fi.score between 7 and 8)::int as passives, count(*) filter (where fi.score <= 6)::int as detractors`;

/** The same overview with plain GROUP BYs over the raw answers, estimated with the same domain function. */
async function overviewFromRawScan(db: Db, organizationId: string): Promise<Overview> {
  const where = sql`fi.organization_id = ${organizationId} and fi.metric = 'nps' and fi.score is not null`;
  const [all] = await rowsOf<Counts>(db, sql`select ${categories} from feedback_items fi where ${where}`);
  const months = await rowsOf<Counts & { month: string }>(
    db,
    sql`select to_char(date_trunc('month', fi.occurred_at at time zone 'UTC'), 'YYYY-MM') as month, ${categories} from feedback_items fi where ${where} group by 1 order by 1`,
  );
  const segments = await rowsOf<Counts & { segment: string }>(
    db,
    sql`select coalesce(c.segment, '') as segment, ${categories} from feedback_items fi left join contacts c on c.id = fi.contact_id where ${where} group by 1 order by 1`,
  );
  const e = estimate(all as Counts);
  return {
    overall: { n: e.n, score: e.score },
    months: months.map((m) => [
      trendBucketOf(new Date(`${m.month}-01T00:00:00Z`), 'month').key,
      estimate(m).n,
      estimate(m).score,
    ]),
    segments: segments.map((s) => [s.segment, estimate(s).n, estimate(s).score]),
  };
}

function sameOverview(a: Overview, b: Overview): boolean {
  const close = (x: number | null, y: number | null) => x !== null && y !== null && Math.abs(x - y) < 1e-9;
  const rows = (p: Overview['months'], q: Overview['months']) =>
    p.length === q.length &&
    p.every((r, i) => r[0] === q[i]?.[0] && r[1] === q[i]?.[1] && close(r[2], q[i]?.[2] ?? null));
  return (
    a.overall.n === b.overall.n &&
    close(a.overall.score, b.overall.score) &&
    rows(a.months, b.months) &&
    rows(a.segments, b.segments)
  );
}

export async function analyticsBench(rt: Runtime, label: string): Promise<void> {
  if (rt.deps.database.kind !== 'postgres') {
    console.log(
      `[${label}] analytics overview at ${ROWS.toLocaleString('en')} answers: skipped (PostgreSQL only; set BENCH_DATABASE_URL)`,
    );
    return;
  }
  const db = rt.deps.db;
  const organizationId = `bench-analytics-${randomUUID()}`;
  let started = performance.now();
  await load(db, organizationId, rt.deps.now());
  const loadMs = performance.now() - started;
  started = performance.now();
  const { rows } = await rebuildRollups({ db }, organizationId);
  const rollupMs = performance.now() - started;
  // As autovacuum would after a bulk change: the planner needs the new table's statistics.
  await db.execute(sql`analyze metric_rollups`);
  console.log(
    `[${label}] loaded ${ROWS.toLocaleString('en')} answers in ${(loadMs / 1000).toFixed(1)} s; rollups (${rows.toLocaleString('en')} rows) built in ${(rollupMs / 1000).toFixed(1)} s`,
  );

  const fromRollups = await overviewFromRollups(rt, organizationId);
  const fromScan = await overviewFromRawScan(db, organizationId);
  if (!sameOverview(fromRollups, fromScan))
    throw new Error(
      `rollups and raw scan disagree: ${JSON.stringify({ fromRollups, fromScan }).slice(0, 2000)}`,
    );
  if (fromRollups.overall.n !== ROWS)
    throw new Error(`expected ${ROWS} answers, rollups hold ${fromRollups.overall.n}`);

  const rollupOverview = await median(5, async () => void (await overviewFromRollups(rt, organizationId)));
  const scanOverview = await median(5, async () => void (await overviewFromRawScan(db, organizationId)));
  report(
    `[${label}] overview (NPS, by month, by segment) via rollups`,
    rollupOverview,
    'ms',
    'plain GROUP BY over raw answers',
    scanOverview,
  );
  console.log(`[${label}] overview speed-up: ${(scanOverview / rollupOverview).toFixed(1)}× (target ≥ 4×)`);
  await db.execute(sql`delete from organization where id = ${organizationId}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to a PostgreSQL server');
  await ensurePostgresTemplate(url);
  const database = await createPostgresTestDatabase(url);
  const rt = await createRuntime(loadConfig({ LOG_LEVEL: 'silent', DATABASE_URL: database.url }), {
    logger: createLogger('silent'),
    transport: null,
  });
  try {
    await analyticsBench(rt, 'postgres');
  } finally {
    await rt.close();
    await database.drop();
  }
}
