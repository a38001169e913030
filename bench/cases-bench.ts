/**
 * Follow-up cases (issue 14, "Speed"), each figure next to a baseline measured the same way in the
 * same run:
 *   - answer 2xx → its case opened and the assignee's in-app notification written, p50 and p99,
 *     probed one detractor answer at a time (its contact's account owner is an agent) while the
 *     answers run at peak (autocannon, 128 connections, every fifth answer a detractor whose case
 *     is opened and assigned too) with the job workers in this process, as `npm start` runs them;
 *     and the answer rate with the cases stage registered vs. without it, in alternating rounds
 *     (without, with, with, without, …) on the same app. Targets: p99 ≤ 2 s, rate drop ≤ 5 %.
 *   - the SLA tick (case-sla-tick-bench.ts) and the case list at 1,000,000 cases (case-list-bench.ts).
 * BENCH_CASES_ANSWERS: answers per round (15,000; PGlite 2,000); BENCH_CASES_PAIRS: rounds per side
 * (3); BENCH_CASES=answers|tick|list measures one part alone.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { casesStage } from '../src/server/features/cases/cases.stage.js';
import type { Runtime } from '../src/server/runtime.js';
import { benchAgent, countOf, rowsOf, sleep } from './case-bench-fixtures.js';
import { caseListBench } from './case-list-bench.js';
import { caseSlaTickBench } from './case-sla-tick-bench.js';
import { percentile, report } from './measure.js';
import { roundRates, stageRounds, type Side } from './stage-rounds.js';
import { sentInvitations, setUp, type Setup } from './survey-bench.js';

const PAIRS = Number(process.env.BENCH_CASES_PAIRS ?? 3);
const CONNECTIONS = 128;
/** One answer in five a detractor (a programme's usual share), each one a case the stage opens; 0: none. */
const DETRACTOR_EVERY = Number(process.env.BENCH_CASES_DETRACTOR_EVERY ?? 5);
const DETRACTOR = JSON.stringify({ q_nps: 2 });
const PROMOTER = JSON.stringify({ q_nps: 9 });
const PROBE_TIMEOUT_MS = 60_000;

interface Probes {
  rt: Runtime;
  s: Setup;
  surveyId: string;
  agentId: string;
  tokens: string[];
  contactIds: string[];
  next: number;
  counted: number;
  caseMs: number[];
  countedMs: Record<Side, number[]>;
  /** Probes given up after PROBE_TIMEOUT_MS, and what was missing. */
  timeouts: string[];
}

/**
 * One detractor answer through the public endpoint, then polled until the metrics API counts it
 * and (with the cases stage) until its case exists with the assignee's notification: both are
 * written in the stage's one transaction, so the notification row stands for both.
 */
async function probe(p: Probes, side: Side): Promise<void> {
  const i = p.next++;
  const token = p.tokens[i];
  const contactId = p.contactIds[i];
  if (!token || !contactId) throw new Error('out of probe invitations: raise their number');
  // The stage stamps the notification with its own clock; a little before the answer covers any skew.
  const since = new Date(Date.now() - 5000).toISOString();
  const res = await fetch(`${p.s.base}/s/${token}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: DETRACTOR,
  });
  if (res.status !== 200) throw new Error(`probe answer: ${res.status}`);
  const t0 = performance.now();
  let countedMs: number | null = null;
  let caseMs: number | null = side === 'with' ? null : Number.NaN;
  while (countedMs === null || caseMs === null) {
    if (countedMs === null) {
      const m = await fetch(`${p.s.base}/api/v1/metrics?metric=nps&surveyId=${p.surveyId}`, {
        headers: { authorization: `Bearer ${p.s.key}` },
      });
      if (((await m.json()) as { overall: { n: number } }).overall.n > p.counted)
        countedMs = performance.now() - t0;
    }
    if (caseMs === null) {
      const notified = await countOf(
        p.rt,
        sql`select count(*)::int as n from notifications n join cases c on c.id = n.case_id where n.user_id = ${p.agentId} and n.organization_id = ${p.s.orgId} and n.kind = 'case.assigned' and n.created_at >= ${since}::timestamptz and c.contact_id = ${contactId}`,
      );
      if (notified > 0) caseMs = performance.now() - t0;
    }
    // A stage that falls behind the load is a result, not a failure: the probe counts as the timeout.
    if (performance.now() - t0 > PROBE_TIMEOUT_MS) {
      p.timeouts.push(
        `${side}: ${countedMs === null ? 'not counted' : ''} ${caseMs === null ? 'no case' : ''}`,
      );
      countedMs ??= PROBE_TIMEOUT_MS;
      caseMs ??= PROBE_TIMEOUT_MS;
    }
    if (countedMs === null || caseMs === null) await sleep(10);
  }
  p.counted += 1;
  p.countedMs[side].push(countedMs);
  if (side === 'with') p.caseMs.push(caseMs);
  await sleep(50);
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const ms = (x: number) => `${x.toFixed(0)} ms`;

/** Answer → case and notification under peak load, and the answer rate with the cases stage vs. without it. */
async function answerToCase(rt: Runtime, label: string): Promise<void> {
  const perRound = Number(process.env.BENCH_CASES_ANSWERS ?? (label === 'pglite' ? 2000 : 15_000));
  const withCases = rt.jobContext.stages;
  const withoutCases = withCases.filter((st) => st.name !== casesStage.name);
  if (withoutCases.length === withCases.length) throw new Error('the runtime has no cases stage registered');
  const s = await setUp(rt, `cases-${label}`);
  try {
    const auth = { authorization: `Bearer ${s.key}` };
    const agent = await benchAgent(rt, s.orgId, `${label}-agent`);
    const created = await s.app.inject({
      method: 'POST',
      url: '/api/v1/surveys',
      headers: auth,
      payload: { name: 'Probe', template: 'relationship-nps' },
    });
    const surveyId = (created.json() as { id: string }).id;
    await s.app.inject({
      method: 'POST',
      url: `/api/v1/surveys/${surveyId}/status`,
      headers: auth,
      payload: { status: 'live' },
    });
    const tag = randomUUID().slice(0, 8);
    const load = await sentInvitations(rt, s, perRound * PAIRS * 2, `case-load-${tag}`);
    const probeTokens = await sentInvitations(rt, { ...s, surveyId }, 2000, `case-probe-${tag}`);
    // Every contact's account owner is the agent: each case is assigned to them and notifies them.
    await rt.deps.db.execute(
      sql`update contacts set account_owner = ${agent.email} where organization_id = ${s.orgId}`,
    );
    const byExternal = new Map(
      (
        await rowsOf<{ id: string; external_id: string }>(
          rt,
          sql`select id, external_id from contacts where organization_id = ${s.orgId} and external_id like ${`case-probe-${tag}-%`}`,
        )
      ).map((r) => [r.external_id, r.id]),
    );
    const probes: Probes = {
      rt,
      s,
      surveyId,
      agentId: agent.id,
      tokens: probeTokens,
      contactIds: probeTokens.map((_, i) => byExternal.get(`case-probe-${tag}-${i}`) ?? ''),
      next: 0,
      counted: 0,
      caseMs: [],
      countedMs: { with: [], without: [] },
      timeouts: [],
    };
    await rt.deps.db.execute(sql`analyze feedback_items, survey_responses, survey_invitations, contacts`);

    const { rounds, rate, drop } = await stageRounds(rt, {
      label,
      section: 'cases',
      base: s.base,
      stage: casesStage,
      pairs: PAIRS,
      connections: CONNECTIONS,
      entries: (r) =>
        load
          .slice(r * perRound, (r + 1) * perRound)
          .map(
            (t, i) =>
              [`/s/${t}`, DETRACTOR_EVERY > 0 && i % DETRACTOR_EVERY === 0 ? DETRACTOR : PROMOTER] as const,
          ),
      duringLoad: (side) => probe(probes, side),
    });
    // Every round's answers are laid out alike: index 0, 5, 10, … a detractor.
    const detractors = DETRACTOR_EVERY > 0 ? Math.ceil(perRound / DETRACTOR_EVERY) : 0;
    report(
      `[${label}] cases: answers/s, ${CONNECTIONS} conn., cases stage on`,
      rate('with'),
      '/s',
      'cases stage not registered',
      rate('without'),
    );
    console.log(
      `[${label}] cases: answer rate drop with the cases stage ${drop.toFixed(1)} % (target ≤ 5 %; medians of ${PAIRS} rounds each of ${perRound} answers, ${DETRACTOR_EVERY > 0 ? `one in ${DETRACTOR_EVERY}` : 'none'} a detractor besides the probes) → ${drop <= 5 ? 'ok' : 'HIGH'}; rounds with: ${roundRates(rounds, 'with')} | without: ${roundRates(rounds, 'without')}`,
    );
    if (probes.timeouts.length > 0)
      console.log(
        `[${label}] cases: ${probes.timeouts.length} probes gave up after ${PROBE_TIMEOUT_MS / 1000} s (${[...new Set(probes.timeouts)].join('; ')})`,
      );
    const caseMs = [...probes.caseMs].sort((a, b) => a - b);
    const p99 = percentile(caseMs, 99);
    console.log(
      `[${label}] cases: answer 2xx → case opened and assignee notified: p50 ${ms(percentile(caseMs, 50))}, p99 ${ms(p99)} over ${caseMs.length} probes at peak (target p99 ≤ 2000 ms) → ${p99 <= 2000 ? 'ok' : 'SLOW'}`,
    );
    const counted = (side: Side) => {
      const sorted = [...probes.countedMs[side]].sort((a, b) => a - b);
      return `p50 ${ms(percentile(sorted, 50))}, p99 ${ms(percentile(sorted, 99))} (${sorted.length} probes)`;
    };
    console.log(
      `[${label}] cases: answer 2xx → counted by GET /api/v1/metrics with the cases stage ${counted('with')} | without ${counted('without')}`,
    );
    const withRounds = rounds.filter((x) => x.side === 'with');
    const expected = sum(withRounds.map((x) => detractors + x.probes));
    const opened = await countOf(
      rt,
      sql`select count(*)::int as n from cases where organization_id = ${s.orgId}`,
    );
    const notified = await countOf(
      rt,
      sql`select count(*)::int as n from notifications where organization_id = ${s.orgId} and user_id = ${agent.id} and kind = 'case.assigned'`,
    );
    const failedJobs = await countOf(
      rt,
      sql`select count(*)::int as n from pgboss.job where name = ${`stage.${casesStage.name}`} and state = 'failed'`,
    );
    const failed = sum(rounds.map((x) => x.failed));
    const verdict = opened === expected && notified === expected && failed === 0 && failedJobs === 0;
    console.log(
      `[${label}] cases: ${expected} detractor answers while the stage ran → ${opened} cases, ${notified} assignee notifications; ${failed} answers failed, ${failedJobs} stage jobs failed; the stage caught up ${withRounds.map((x) => ms(x.catchUpMs)).join(', ')} after each load → ${verdict ? 'ok' : 'MISMATCH'}`,
    );
    const pace = withRounds.map(
      (x) =>
        `${((detractors / x.loadMs) * 1000).toFixed(0)} arrived/s, ${(((detractors + x.probes) / (x.loadMs + x.catchUpMs)) * 1000).toFixed(0)} opened/s`,
    );
    console.log(
      `[${label}] cases: detractors per round with the stage (load + catch-up): ${pace.join(' | ')}`,
    );
    if (!verdict) process.exitCode = 1;
  } finally {
    await s.app.close();
  }
}

/** Every part on one runtime; the answers first, as the other two write straight into the tables. */
export async function casesBench(rt: Runtime, label: string): Promise<void> {
  const only = process.env.BENCH_CASES;
  if (!only || only === 'answers') await answerToCase(rt, label);
  if (!only || only === 'tick') await caseSlaTickBench(rt, label);
  if (!only || only === 'list') await caseListBench(rt, label);
}
