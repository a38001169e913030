/**
 * The case list at 1,000,000 cases (BENCH_CASES_LIST) of one organization: three years of cases on
 * 100,000 contacts, one in twenty still open (new, open or waiting) and scattered over the years,
 * ten agents. The first page of `GET /api/v1/cases` through `app.inject` with an API key —
 * unfiltered, open statuses, one agent's cases, one agent's open cases — each next to the bare
 * SELECT of the same 50 rows (same filters, same order; the rows are checked to be the same), the
 * median of 15 after a warm-up. Target: ≤ 100 ms. Loaded with `unnest` bulk inserts.
 */
import { randomUUID } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import { buildApp } from '../src/server/app.js';
import { bulkInsert } from '../src/server/db/bulk-insert.js';
import { createApiKey } from '../src/server/features/api-keys/api-keys.service.js';
import { insertTeam, type TeamRow } from '../src/server/features/cases/agents.repo.js';
import type { Runtime } from '../src/server/runtime.js';
import type { TCaseList } from '../src/shared/contracts/cases.js';
import {
  benchAgent,
  benchOrganization,
  loadCases,
  rowsOf,
  type BenchCase,
  type Person,
} from './case-bench-fixtures.js';
import { median, report } from './measure.js';

const YEAR_MS = 365 * 86_400_000;
const OPEN_EVERY = 20;
const AGENTS = 10;

export async function caseListBench(rt: Runtime, label: string): Promise<void> {
  const rows = Number(process.env.BENCH_CASES_LIST ?? 1_000_000);
  const db = rt.deps.db;
  const org = await benchOrganization(rt, `list-${label}`);
  const agents: Person[] = [];
  for (let a = 0; a < AGENTS; a++) agents.push(await benchAgent(rt, org.id, `list-${label}-${a}`));
  const teams: TeamRow[] = [];
  for (const name of ['Support', 'Success'])
    teams.push(
      await insertTeam(db, {
        organizationId: org.id,
        name,
        leadUserId: org.owner.id,
        calendar: null,
        isRoundRobin: true,
      }),
    );
  // At most one open case per contact and topic: the open ones take a contact each.
  const contactCount = Math.max(100_000, Math.ceil(rows / OPEN_EVERY));
  const contactIds = Array.from({ length: contactCount }, () => randomUUID());
  const l0 = performance.now();
  await bulkInsert(
    db,
    'contacts',
    [
      { name: 'id', type: 'uuid', value: (i: number) => contactIds[i] ?? null },
      { name: 'organization_id', type: 'text', value: () => org.id },
      { name: 'external_id', type: 'text', value: (i) => `c-${i}` },
      { name: 'email', type: 'text', value: (i) => `customer-${i}@example.test` },
      { name: 'name', type: 'text', value: (i) => `Customer ${i}` },
      { name: 'language', type: 'text', value: (i) => (i % 3 === 0 ? 'de' : 'en') },
    ],
    Array.from({ length: contactCount }, (_, i) => i),
  );
  const now = Date.now();
  const start = now - 3 * YEAR_MS;
  const step = (3 * YEAR_MS) / rows;
  const make = (i: number): BenchCase => {
    const open = i % OPEN_EVERY === 0;
    const openedAt = new Date(start + i * step);
    const done = new Date(openedAt.getTime() + 2 * 86_400_000);
    const resolvedOnly = i % OPEN_EVERY === 1;
    return {
      id: randomUUID(),
      organizationId: org.id,
      number: i + 1,
      contactId: (open ? contactIds[(i / OPEN_EVERY) % contactCount] : contactIds[i % contactCount]) ?? null,
      subject: `NPS ${i % 7}/10 · Customer ${i % contactCount}`,
      status: open
        ? ((['new', 'open', 'waiting'] as const)[(i / OPEN_EVERY) % 3] ?? 'new')
        : resolvedOnly
          ? 'resolved'
          : 'closed',
      priority: (['normal', 'normal', 'high', 'low', 'normal', 'urgent'] as const)[i % 6] ?? 'normal',
      teamId: teams[i % teams.length]?.id ?? null,
      assigneeId: i % 50 === 3 ? null : (agents[i % AGENTS]?.id ?? null),
      openedAt,
      resolvedAt: open ? null : done,
      closedAt: open || resolvedOnly ? null : done,
      slaNextCheckAt: open ? new Date(now + 86_400_000) : null,
      slaDueAt: open ? new Date(now + 86_400_000) : null,
      isSlaBreached: open && i % 7 === 0,
      isSlaWarned: open && i % 5 === 0,
      escalationLevel: 0,
    };
  };
  const written = await loadCases(rt, rows, make, false);
  const loadMs = performance.now() - l0;
  await db.execute(sql`analyze cases, contacts`);
  console.log(
    `[${label}] cases: ${written.toLocaleString('en')} cases on ${contactCount.toLocaleString('en')} contacts loaded in ${(loadMs / 1000).toFixed(1)} s (${((written / loadMs) * 1000).toFixed(0)} rows/s, unnest)`,
  );

  const { key } = await createApiKey(rt.deps, {
    organizationId: org.id,
    name: 'bench',
    createdByUserId: org.owner.id,
  });
  const app = await buildApp(rt.deps, { serveWeb: false, rateLimitPerMinute: 100_000_000 });
  const agent = agents[0]?.id ?? '';
  const openStatuses = sql`status in ('new', 'open', 'waiting')`;
  const views: Array<{ name: string; query: string; where: SQL }> = [
    { name: 'first page', query: '', where: sql`true` },
    { name: 'status=new,open,waiting', query: 'status=new,open,waiting', where: openStatuses },
    { name: 'assignee=<agent>', query: `assignee=${agent}`, where: sql`assignee_id = ${agent}` },
    {
      name: 'status=new,open,waiting&assignee=<agent>',
      query: `status=new,open,waiting&assignee=${agent}`,
      where: sql`${openStatuses} and assignee_id = ${agent}`,
    },
  ];
  try {
    for (const v of views) {
      const page = async () => {
        const res = await app.inject({
          method: 'GET',
          url: `/api/v1/cases${v.query ? `?${v.query}` : ''}`,
          headers: { authorization: `Bearer ${key}` },
        });
        if (res.statusCode !== 200)
          throw new Error(`GET /api/v1/cases?${v.query}: ${res.statusCode} ${res.body}`);
        return (res.json() as TCaseList).cases.map((c) => c.id);
      };
      const bare = async () =>
        (
          await rowsOf<{ id: string }>(
            rt,
            sql`select * from cases where organization_id = ${org.id} and ${v.where} order by opened_at desc, id desc limit 50`,
          )
        ).map((r) => r.id);
      const [viaApi, viaSelect] = [await page(), await bare()];
      if (viaApi.length !== 50 || viaApi.join() !== viaSelect.join())
        throw new Error(`${v.name}: the API's first page and the bare SELECT differ`);
      const apiMs = await median(15, async () => void (await page()));
      const bareMs = await median(15, async () => void (await bare()));
      report(`[${label}] cases: GET /api/v1/cases ${v.name}`, apiMs, 'ms', 'bare SELECT … LIMIT 50', bareMs);
      console.log(
        `[${label}] cases: ${v.name} ${apiMs.toFixed(1)} ms (target ≤ 100 ms) → ${apiMs <= 100 ? 'ok' : 'SLOW'}`,
      );
    }
  } finally {
    await app.close();
  }
}
