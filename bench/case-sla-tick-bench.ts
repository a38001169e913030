/**
 * The SLA tick over 100,000 open cases (BENCH_CASES_OPEN), 1 % of them due, on a controlled clock
 * (a Wednesday noon in Berlin, inside the default business hours): of the due ones, six in ten
 * pass their warning share, three in ten breach (and reach escalation level 1), one in ten reaches
 * level 2, each what one 15 s tick meets on a live backlog. `tickCaseSla` is timed (median of 3
 * after a warm-up, every due case put back between runs) next to the indexed SELECT of the due rows
 * and next to the due cases and their logs read in two queries with their SLA recomputed in memory
 * (the tick's domain work without its writes); then a tick with nothing due next to that SELECT.
 * Target: ≤ 1 s per tick.
 */
import { randomUUID } from 'node:crypto';
import { and, asc, lte, sql } from 'drizzle-orm';
import { caseSla } from '../src/domain/cases/case-sla.js';
import type { CasePriority } from '../src/domain/cases/priority.js';
import { cases } from '../src/server/db/schema/index.js';
import { insertTeam, setTeamMembers } from '../src/server/features/cases/agents.repo.js';
import type { CaseDeps } from '../src/server/features/cases/change-case.js';
import { loadFollowUpSettings } from '../src/server/features/cases/follow-up-settings.js';
import { findSlaEventsOfCases } from '../src/server/features/cases/case-events.repo.js';
import { toSlaEvents } from '../src/server/features/cases/refresh-case-sla.js';
import { tickCaseSla } from '../src/server/features/cases/tick-case-sla.service.js';
import type { Runtime } from '../src/server/runtime.js';
import {
  benchAgent,
  benchOrganization,
  countOf,
  loadCases,
  rowsOf,
  type BenchCase,
} from './case-bench-fixtures.js';
import { median, report } from './measure.js';

const OPEN = Number(process.env.BENCH_CASES_OPEN ?? 100_000);
/** Wednesday 4 November 2026, 12:00 in Berlin (UTC+1). */
const NOW = new Date('2026-11-04T11:00:00Z');
const at = (iso: string, minusSeconds = 0) => new Date(new Date(iso).getTime() - minusSeconds * 1000);

type Group = 'quiet' | 'warn' | 'breach' | 'escalate';
/** Every hundredth case is due; the tenth digit of the hundreds picks what it is due for. */
const groupOf = (i: number): Group =>
  i % 100 !== 50
    ? 'quiet'
    : ((['warn', 'warn', 'warn', 'warn', 'warn', 'warn', 'breach', 'breach', 'breach', 'escalate'] as const)[
        Math.floor(i / 100) % 10
      ] ?? 'warn');

/**
 * A case of the backlog. Survey detractors owe a first response within one business day (8 h of
 * Mon–Fri 09:00–17:00 Berlin), warned at 80 %. Quiet: opened this morning, looked at tomorrow.
 * Warn: opened Tuesday 13:00 (7 business hours ago), warning due at 11:24. Breach: opened Tuesday
 * 11:50, due 11:50 today, warned before. Escalate: breached Tuesday 15:00, level 1 since, level 2
 * due four hours later.
 */
function backlogCase(i: number, organizationId: string, teamId: string, assigneeId: string): BenchCase {
  const jitter = i % 600;
  const g = groupOf(i);
  const base = {
    id: randomUUID(),
    organizationId,
    number: i + 1,
    contactId: null,
    subject: `NPS ${i % 7}/10 · Person ${i}`,
    teamId,
    assigneeId,
    resolvedAt: null,
    closedAt: null,
    isSlaBreached: false,
    isSlaWarned: false,
    escalationLevel: 0,
    priority: 'normal',
  };
  if (g === 'warn')
    return {
      ...base,
      status: 'new',
      openedAt: at('2026-11-03T12:00:00Z', jitter),
      slaNextCheckAt: at('2026-11-04T10:24:00Z', jitter),
      slaDueAt: at('2026-11-04T12:00:00Z', jitter),
    };
  if (g === 'breach')
    return {
      ...base,
      status: 'open',
      openedAt: at('2026-11-03T10:50:00Z', jitter),
      slaNextCheckAt: at('2026-11-04T10:50:00Z', jitter),
      slaDueAt: at('2026-11-04T10:50:00Z', jitter),
      isSlaWarned: true,
    };
  if (g === 'escalate')
    return {
      ...base,
      status: 'open',
      openedAt: at('2026-11-02T13:00:00Z', jitter),
      slaNextCheckAt: at('2026-11-04T10:00:00Z', jitter),
      slaDueAt: at('2026-11-03T14:00:00Z', jitter),
      isSlaWarned: true,
      isSlaBreached: true,
      escalationLevel: 1,
      priority: 'high',
    };
  return {
    ...base,
    status: (['new', 'open', 'waiting'] as const)[i % 3] ?? 'new',
    openedAt: at('2026-11-04T11:00:00Z', i % 7200),
    slaNextCheckAt: at('2026-11-05T11:00:00Z', i % 7200),
    slaDueAt: at('2026-11-05T12:00:00Z', i % 7200),
  };
}

export async function caseSlaTickBench(rt: Runtime, label: string): Promise<void> {
  const db = rt.deps.db;
  const org = await benchOrganization(rt, `tick-${label}`);
  const agent = await benchAgent(rt, org.id, `tick-${label}-agent`);
  const team = await insertTeam(db, {
    organizationId: org.id,
    name: 'Support',
    leadUserId: org.owner.id,
    calendar: null,
    isRoundRobin: true,
  });
  await setTeamMembers(db, org.id, team.id, [agent.id]);
  const seeds: Array<BenchCase & { group: Group }> = [];
  const l0 = performance.now();
  const written = await loadCases(
    rt,
    OPEN,
    (i) => {
      const c = backlogCase(i, org.id, team.id, agent.id);
      const group = groupOf(i);
      if (group !== 'quiet') seeds.push({ ...c, group });
      return c;
    },
    true,
  );
  await db.execute(sql`analyze cases, case_events`);
  console.log(
    `[${label}] cases: ${written.toLocaleString('en')} open cases with their opened events loaded in ${((performance.now() - l0) / 1000).toFixed(1)} s, ${seeds.length} due`,
  );

  // With SMTP, as a real instance: the mails are queued and a delivery job is sent per case.
  const deps: CaseDeps = {
    db,
    now: () => NOW,
    enqueue: rt.deps.enqueue,
    hasSmtp: true,
    config: rt.deps.config,
  };
  const startedAt = new Date(Date.now() - 1000).toISOString();
  /** Puts every due case back as it was loaded: what one tick wrote is removed. */
  const reset = async () => {
    await db.execute(sql`delete from case_events where organization_id = ${org.id} and type <> 'opened'`);
    await db.execute(sql`delete from notifications where organization_id = ${org.id}`);
    await db.execute(sql`delete from email_messages where organization_id = ${org.id}`);
    await db.execute(
      sql`delete from pgboss.job where name = 'email.deliver' and state = 'created' and created_on >= ${startedAt}::timestamptz`,
    );
    for (const g of ['warn', 'breach', 'escalate'] as const) {
      const rows = seeds.filter((c) => c.group === g);
      const first = rows[0];
      if (!first) continue;
      await db.execute(sql`
        update cases set priority = ${first.priority}, escalation_level = ${first.escalationLevel},
          is_sla_warned = ${first.isSlaWarned}, is_sla_breached = ${first.isSlaBreached},
          sla_next_check_at = u.next, sla_due_at = u.due
        from unnest(${sql.param(rows.map((c) => c.id))}::uuid[], ${sql.param(rows.map((c) => c.slaNextCheckAt?.toISOString() ?? null))}::timestamptz[], ${sql.param(rows.map((c) => c.slaDueAt?.toISOString() ?? null))}::timestamptz[]) as u(id, next, due)
        where cases.id = u.id`);
    }
  };
  const dueNow = () =>
    countOf(
      rt,
      sql`select count(*)::int as n from cases where status not in ('resolved', 'closed') and sla_next_check_at <= ${NOW.toISOString()}::timestamptz`,
    );

  const runs: number[] = [];
  let wrote = '';
  let refreshedOk = true;
  for (let r = 0; r < 4; r++) {
    await reset();
    if ((await dueNow()) !== seeds.length) throw new Error('the reset did not bring every due case back');
    const t0 = performance.now();
    const refreshed = await tickCaseSla(deps);
    runs.push(performance.now() - t0);
    if (refreshed !== seeds.length || (await dueNow()) !== 0) refreshedOk = false;
    if (r === 0) {
      const kinds = await rowsOf<{ type: string; n: number }>(
        rt,
        sql`select type, count(*)::int as n from case_events where organization_id = ${org.id} and type <> 'opened' group by type order by type`,
      );
      const notices = await countOf(
        rt,
        sql`select count(*)::int as n from notifications where organization_id = ${org.id}`,
      );
      const mails = await countOf(
        rt,
        sql`select count(*)::int as n from email_messages where organization_id = ${org.id}`,
      );
      wrote = `${kinds.map((k) => `${k.n} ${k.type}`).join(', ')} events, ${notices} notifications, ${mails} mails`;
    }
  }
  const tickMs = [...runs.slice(1)].sort((a, b) => a - b)[1] ?? Number.NaN;

  const dueSelect = async () => {
    const rows = await db
      .select({ id: cases.id, organizationId: cases.organizationId })
      .from(cases)
      .where(and(sql`${cases.status} not in ('resolved', 'closed')`, lte(cases.slaNextCheckAt, NOW)))
      .orderBy(asc(cases.slaNextCheckAt));
    return rows.length;
  };
  const settings = await loadFollowUpSettings(db, org.id);
  /** The due cases and their logs in two queries, each one's clocks recomputed; nothing written. */
  const inMemory = async () => {
    const due = await db
      .select()
      .from(cases)
      .where(and(sql`${cases.status} not in ('resolved', 'closed')`, lte(cases.slaNextCheckAt, NOW)));
    const byCase = await findSlaEventsOfCases(
      db,
      org.id,
      due.map((c) => c.id),
    );
    let breached = 0;
    for (const c of due) {
      const sla = caseSla(
        toSlaEvents(byCase.get(c.id) ?? []),
        settings.sla,
        settings.calendar,
        c.channel,
        c.priority as CasePriority,
        NOW,
      );
      if (sla.isBreached) breached += 1;
    }
    return breached;
  };
  await reset();
  const selected = await dueSelect();
  const selectMs = await median(5, async () => void (await dueSelect()));
  const memoryMs = await median(5, async () => void (await inMemory()));
  report(
    `[${label}] cases: SLA tick, ${seeds.length} due of ${written.toLocaleString('en')} open`,
    tickMs,
    'ms',
    `SELECT of the ${selected} due rows`,
    selectMs,
  );
  report(
    `[${label}] cases: SLA tick, ${seeds.length} due of ${written.toLocaleString('en')} open`,
    tickMs,
    'ms',
    'due cases + logs read, SLA recomputed in memory',
    memoryMs,
  );
  console.log(
    `[${label}] cases: each tick refreshed every due case (${wrote}), none due after it → ${refreshedOk ? 'ok' : 'MISMATCH'}; runs ${runs.map((x) => x.toFixed(0)).join(', ')} ms (first a warm-up); target ≤ 1000 ms → ${tickMs <= 1000 ? 'ok' : 'SLOW'}`,
  );
  if (!refreshedOk) process.exitCode = 1;

  await tickCaseSla(deps);
  const idleMs = await median(5, async () => {
    if ((await tickCaseSla(deps)) !== 0) throw new Error('a tick with nothing due refreshed a case');
  });
  const idleSelectMs = await median(5, async () => void (await dueSelect()));
  report(
    `[${label}] cases: SLA tick, nothing due of ${written.toLocaleString('en')} open`,
    idleMs,
    'ms',
    'SELECT of the due rows (none)',
    idleSelectMs,
  );
  // The cases stay: deleting the organization would cascade through 100,000 of them, and the
  // database goes when the runtime does.
}
