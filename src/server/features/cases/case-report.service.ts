import { wilsonInterval } from '../../../domain/metrics/wilson.js';
import type { TCaseReport, TCaseReportQuery, TCaseShare } from '../../../shared/contracts/cases.js';
import type { Db } from '../../db/client.js';
import { CSV_BOM, csvRecord } from '../exports/csv-file.js';
import * as repo from './case-report.repo.js';

function share(key: string, label: string, successes: number, n: number): TCaseShare {
  if (n === 0) return { key, label, successes, n, percent: null, low: null, high: null };
  const w = wilsonInterval(successes, n);
  return { key, label, successes, n, percent: 100 * w.proportion, low: 100 * w.low, high: 100 * w.high };
}

/** Groups by a key and counts successes, largest group first. */
function groupShares<T>(
  items: readonly T[],
  keyOf: (t: T) => string | null,
  labelOf: (t: T) => string | null,
  isSuccess: (t: T) => boolean,
): TCaseShare[] {
  const groups = new Map<string, { label: string; s: number; n: number }>();
  for (const it of items) {
    const key = keyOf(it) ?? 'none';
    const g = groups.get(key) ?? { label: labelOf(it) ?? 'none', s: 0, n: 0 };
    g.n += 1;
    if (isSuccess(it)) g.s += 1;
    groups.set(key, g);
  }
  return [...groups.entries()]
    .map(([key, g]) => share(key, g.label, g.s, g.n))
    .sort((a, b) => b.n - a.n || a.key.localeCompare(b.key));
}

async function slaShares(
  db: Db,
  organizationId: string,
  from: Date,
  to: Date,
  column: 'first_response_met' | 'resolution_met',
) {
  const r = await repo.slaMet(db, organizationId, from, to, column);
  const of = (dim: string) =>
    r
      .filter((x) => x.dim === dim)
      .map((x) => share(x.key ?? 'none', x.label ?? 'none', x.met, x.n))
      .sort((a, b) => b.n - a.n || a.key.localeCompare(b.key));
  return {
    all: of('all')[0] ?? share('all', 'all', 0, 0),
    byChannel: of('channel'),
    byTeam: of('team'),
    byAgent: of('agent'),
  };
}

/**
 * The follow-up report of a period: how fast (median and p90 to first response and resolution),
 * how reliably (% of SLA targets met per channel, team and agent, with Wilson intervals), what is
 * waiting (backlog by status and age), and whether it worked (detractors who answered again after
 * resolution and came back to 7–10, per team, agent, root cause and action).
 */
export async function caseReport(
  deps: { db: Db; now: () => Date },
  organizationId: string,
  q: TCaseReportQuery,
): Promise<TCaseReport> {
  const from = new Date(`${q.from}T00:00:00Z`);
  const to = new Date(`${q.to}T00:00:00Z`);
  const [d, fr, rs, b, rec] = await Promise.all([
    repo.durations(deps.db, organizationId, from, to),
    slaShares(deps.db, organizationId, from, to, 'first_response_met'),
    slaShares(deps.db, organizationId, from, to, 'resolution_met'),
    repo.backlog(deps.db, organizationId, deps.now()),
    repo.recoveries(deps.db, organizationId, from, to),
  ]);
  const recovered = (r: { later: number }) => r.later >= 7;
  return {
    from: q.from,
    to: q.to,
    opened: d?.opened ?? 0,
    resolved: d?.resolved ?? 0,
    firstResponse: { n: d?.fr_n ?? 0, medianMinutes: d?.fr_median ?? null, p90Minutes: d?.fr_p90 ?? null },
    resolution: { n: d?.rs_n ?? 0, medianMinutes: d?.rs_median ?? null, p90Minutes: d?.rs_p90 ?? null },
    slaFirstResponse: fr,
    slaResolution: rs,
    backlog: {
      byStatus: { new: b?.new ?? 0, open: b?.open ?? 0, waiting: b?.waiting ?? 0 },
      ageing: [
        { bucket: '<1d', count: b?.d1 ?? 0 },
        { bucket: '1-3d', count: b?.d3 ?? 0 },
        { bucket: '3-7d', count: b?.d7 ?? 0 },
        { bucket: '>7d', count: b?.older ?? 0 },
      ],
      breached: b?.breached ?? 0,
    },
    recovery: {
      all: share('all', 'all', rec.filter(recovered).length, rec.length),
      promoters: share('promoters', 'promoters', rec.filter((r) => r.later >= 9).length, rec.length),
      byTeam: groupShares(
        rec,
        (r) => r.team_id,
        (r) => r.team,
        recovered,
      ),
      byAgent: groupShares(
        rec,
        (r) => r.assignee_id,
        (r) => r.agent,
        recovered,
      ),
      byRootCause: groupShares(
        rec,
        (r) => r.root_cause,
        (r) => r.root_cause,
        recovered,
      ),
      byAction: groupShares(
        rec,
        (r) => r.action,
        (r) => r.action,
        recovered,
      ),
    },
  };
}

/** The report as one CSV table: a row per figure, formula-safe. */
export function caseReportCsv(r: TCaseReport): string {
  const out = [
    CSV_BOM +
      csvRecord([
        'section',
        'group',
        'key',
        'label',
        'successes',
        'n',
        'percent',
        'low',
        'high',
        'median_minutes',
        'p90_minutes',
      ]),
  ];
  const shareRow = (section: string, group: string, s: TCaseShare) =>
    csvRecord([section, group, s.key, s.label, s.successes, s.n, s.percent, s.low, s.high, null, null]);
  out.push(
    csvRecord([
      'first_response',
      'all',
      'all',
      'all',
      null,
      r.firstResponse.n,
      null,
      null,
      null,
      r.firstResponse.medianMinutes,
      r.firstResponse.p90Minutes,
    ]),
  );
  out.push(
    csvRecord([
      'resolution',
      'all',
      'all',
      'all',
      null,
      r.resolution.n,
      null,
      null,
      null,
      r.resolution.medianMinutes,
      r.resolution.p90Minutes,
    ]),
  );
  for (const [section, s] of [
    ['sla_first_response', r.slaFirstResponse],
    ['sla_resolution', r.slaResolution],
  ] as const) {
    out.push(shareRow(section, 'all', s.all));
    for (const [group, list] of [
      ['channel', s.byChannel],
      ['team', s.byTeam],
      ['agent', s.byAgent],
    ] as const)
      for (const x of list) out.push(shareRow(section, group, x));
  }
  out.push(shareRow('recovery', 'all', r.recovery.all));
  out.push(shareRow('recovery_promoters', 'all', r.recovery.promoters));
  for (const [group, list] of [
    ['team', r.recovery.byTeam],
    ['agent', r.recovery.byAgent],
    ['root_cause', r.recovery.byRootCause],
    ['action', r.recovery.byAction],
  ] as const)
    for (const x of list) out.push(shareRow('recovery', group, x));
  for (const a of r.backlog.ageing)
    out.push(csvRecord(['backlog', 'age', a.bucket, a.bucket, null, a.count, null, null, null, null, null]));
  return out.join('');
}
