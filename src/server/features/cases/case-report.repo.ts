import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';

type Rows<T> = { rows: T[] };
const rows = async <T>(db: Db, q: ReturnType<typeof sql>): Promise<T[]> =>
  ((await db.execute(q)) as unknown as Rows<T>).rows;

/** Time to first response and to resolution, median and 90th percentile in minutes. */
export async function durations(db: Db, organizationId: string, from: Date, to: Date) {
  const [row] = await rows<{
    fr_n: number;
    fr_median: number | null;
    fr_p90: number | null;
    rs_n: number;
    rs_median: number | null;
    rs_p90: number | null;
    opened: number;
    resolved: number;
  }>(
    db,
    sql`select
      (select count(*)::int from cases where organization_id = ${organizationId} and opened_at >= ${from.toISOString()} and opened_at < ${to.toISOString()}) as opened,
      (select count(*)::int from cases where organization_id = ${organizationId} and resolved_at >= ${from.toISOString()} and resolved_at < ${to.toISOString()}) as resolved,
      fr.n as fr_n, fr.median as fr_median, fr.p90 as fr_p90, rs.n as rs_n, rs.median as rs_median, rs.p90 as rs_p90
    from (
      select count(*)::int as n,
        percentile_cont(0.5) within group (order by extract(epoch from first_response_at - opened_at) / 60)::float8 as median,
        percentile_cont(0.9) within group (order by extract(epoch from first_response_at - opened_at) / 60)::float8 as p90
      from cases where organization_id = ${organizationId} and opened_at >= ${from.toISOString()} and opened_at < ${to.toISOString()} and first_response_at is not null
    ) fr, (
      select count(*)::int as n,
        percentile_cont(0.5) within group (order by extract(epoch from resolved_at - opened_at) / 60)::float8 as median,
        percentile_cont(0.9) within group (order by extract(epoch from resolved_at - opened_at) / 60)::float8 as p90
      from cases where organization_id = ${organizationId} and resolved_at >= ${from.toISOString()} and resolved_at < ${to.toISOString()}
    ) rs`,
  );
  return row;
}

/** SLA targets met among the cases opened in the period whose clock has stopped, per channel, team and agent. */
export async function slaMet(
  db: Db,
  organizationId: string,
  from: Date,
  to: Date,
  column: 'first_response_met' | 'resolution_met',
) {
  const col = sql.raw(column);
  return rows<{ dim: string; key: string | null; label: string | null; met: number; n: number }>(
    db,
    sql`with c as (
      select c.channel, c.team_id, c.assignee_id, c.${col} as met from cases c
      where c.organization_id = ${organizationId} and c.opened_at >= ${from.toISOString()} and c.opened_at < ${to.toISOString()} and c.${col} is not null
    )
    select 'all' as dim, 'all' as key, 'all' as label, count(*) filter (where met)::int as met, count(*)::int as n from c
    union all
    select 'channel', channel, channel, count(*) filter (where met)::int, count(*)::int from c group by channel
    union all
    select 'team', c.team_id::text, t.name, count(*) filter (where met)::int, count(*)::int from c left join teams t on t.id = c.team_id group by c.team_id, t.name
    union all
    select 'agent', c.assignee_id, u.name, count(*) filter (where met)::int, count(*)::int from c left join "user" u on u.id = c.assignee_id group by c.assignee_id, u.name`,
  );
}

/** Open work now: per status, by age, and how many are breached. */
export async function backlog(db: Db, organizationId: string, now: Date) {
  const [row] = await rows<{
    new: number;
    open: number;
    waiting: number;
    d1: number;
    d3: number;
    d7: number;
    older: number;
    breached: number;
  }>(
    db,
    sql`select
      count(*) filter (where status = 'new')::int as new,
      count(*) filter (where status = 'open')::int as open,
      count(*) filter (where status = 'waiting')::int as waiting,
      count(*) filter (where opened_at > ${now.toISOString()}::timestamptz - interval '1 day')::int as d1,
      count(*) filter (where opened_at <= ${now.toISOString()}::timestamptz - interval '1 day' and opened_at > ${now.toISOString()}::timestamptz - interval '3 days')::int as d3,
      count(*) filter (where opened_at <= ${now.toISOString()}::timestamptz - interval '3 days' and opened_at > ${now.toISOString()}::timestamptz - interval '7 days')::int as d7,
      count(*) filter (where opened_at <= ${now.toISOString()}::timestamptz - interval '7 days')::int as older,
      count(*) filter (where is_sla_breached)::int as breached
    from cases where organization_id = ${organizationId} and status not in ('resolved', 'closed')`,
  );
  return row;
}

/**
 * Detractor cases resolved in the period and the customer's first NPS answer after the
 * resolution (within 180 days): recovered when it is 7 or more.
 */
export async function recoveries(db: Db, organizationId: string, from: Date, to: Date) {
  return rows<{
    team_id: string | null;
    team: string | null;
    assignee_id: string | null;
    agent: string | null;
    root_cause: string | null;
    action: string | null;
    later: number;
  }>(
    db,
    sql`select c.team_id::text, t.name as team, c.assignee_id, u.name as agent, c.root_cause, c.action, later.score as later
    from cases c
    join lateral (
      select fi.score, fi.metric from case_items ci join feedback_items fi on fi.id = ci.item_id
      where ci.case_id = c.id order by ci.joined_at limit 1
    ) first on first.metric = 'nps' and first.score <= 6
    join lateral (
      select fi.score from feedback_items fi
      where fi.organization_id = ${organizationId} and fi.contact_id = c.contact_id and fi.metric = 'nps' and fi.score is not null
        and fi.occurred_at > c.resolved_at and fi.occurred_at < c.resolved_at + interval '180 days'
      order by fi.occurred_at limit 1
    ) later on true
    left join teams t on t.id = c.team_id
    left join "user" u on u.id = c.assignee_id
    where c.organization_id = ${organizationId} and c.resolved_at >= ${from.toISOString()} and c.resolved_at < ${to.toISOString()} and c.contact_id is not null`,
  );
}
