import { sql } from 'drizzle-orm';
import type { Runtime } from '../src/server/runtime.js';
import type { Stage } from '../src/server/pipeline/stage.js';
import { countOf, sleep } from './case-bench-fixtures.js';
import { cannon, perSecond } from './survey-bench.js';

export type Side = 'with' | 'without';

export interface Round {
  side: Side;
  /** Answers per second while the load ran. */
  rate: number;
  ok: number;
  failed: number;
  loadMs: number;
  /** How often `duringLoad` ran in this round (the probes sent). */
  probes: number;
  /** After the load ended, until every stage job and outbox row of the round was worked off. */
  catchUpMs: number;
}

/** Stage jobs waiting or running and outbox rows not yet drained. */
const backlog = (rt: Runtime) =>
  countOf(
    rt,
    sql`select ((select count(*) from pgboss.job where name like 'stage.%' and state in ('created', 'retry', 'active')) + (select count(*) from pipeline_outbox))::int as n`,
  );

/** Waits until the workers have worked off every stage job and outbox row; returns how long that took. */
export async function settle(rt: Runtime): Promise<number> {
  const t0 = performance.now();
  for (let left = await backlog(rt); left > 0; left = await backlog(rt)) {
    if (performance.now() - t0 > 600_000)
      throw new Error(`${left} stage jobs and outbox rows left after 10 min`);
    await sleep(100);
  }
  return performance.now() - t0;
}

export interface StageRoundsOptions {
  label: string;
  /** What the printed lines start with, e.g. "cases". */
  section: string;
  base: string;
  /** The stage whose cost is measured: registered on the 'with' side, left out on the other. */
  stage: Stage;
  /** Rounds per side, alternating (without, with, with, without, …) so drift hits both alike. */
  pairs: number;
  /** Each round's answers: the public path and its body, never one invitation twice. */
  entries: (round: number) => readonly (readonly [path: string, body: string])[];
  connections: number;
  /** Runs again and again while a round's load is on (probes), if given. */
  duringLoad?: (side: Side) => Promise<void>;
}

const mid = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/**
 * The answer rate with a stage registered vs. without it: rounds of peak load through the public
 * endpoint with the job workers in this process (as `npm start` runs them), each round starting
 * level (what the last one left is worked off first) and ending when its stages caught up.
 */
export async function stageRounds(
  rt: Runtime,
  o: StageRoundsOptions,
): Promise<{ rounds: Round[]; drop: number; rate: (side: Side) => number }> {
  const all = rt.jobContext.stages;
  const without = all.filter((st) => st.name !== o.stage.name);
  if (without.length === all.length) throw new Error(`the runtime has no ${o.stage.name} stage registered`);
  const sides: Side[] = Array.from({ length: o.pairs }, (_, i): Side[] =>
    i % 2 === 0 ? ['without', 'with'] : ['with', 'without'],
  ).flat();
  const rounds: Round[] = [];
  for (const [r, side] of sides.entries()) {
    const entries = o.entries(r);
    await rt.queue.startWorkers({ ...rt.jobContext, stages: side === 'with' ? all : without });
    try {
      const leftMs = await settle(rt);
      // Fresh tables grow by tens of thousands of rows a round, faster than autovacuum analyses
      // them: without fresh statistics the planner would scan what it still believes empty, and
      // later rounds would measure that instead of the stage.
      await rt.deps.db.execute(sql`analyze`);
      if (leftMs > 1000)
        console.log(
          `[${o.label}] ${o.section}: a backlog left before round ${r + 1} worked off in ${leftMs.toFixed(0)} ms`,
        );
      let loadDone = false;
      const running = cannon(o.base, entries, o.connections).finally(() => (loadDone = true));
      let probes = 0;
      if (o.duringLoad) for (; !loadDone; probes += 1) await o.duringLoad(side);
      const result = await running;
      const catchUpMs = await settle(rt);
      rounds.push({
        side,
        rate: perSecond(result),
        ok: result['2xx'],
        failed: result.non2xx + result.errors,
        loadMs: result.finish.getTime() - result.start.getTime(),
        probes,
        catchUpMs,
      });
    } finally {
      await rt.queue.stopWorkers();
    }
  }
  const rate = (side: Side) => mid(rounds.filter((x) => x.side === side).map((x) => x.rate));
  return { rounds, rate, drop: (1 - rate('with') / rate('without')) * 100 };
}

/** "1234, 1301, 1190": a side's round rates, for the printed line. */
export function roundRates(rounds: readonly Round[], side: Side): string {
  return rounds
    .filter((x) => x.side === side)
    .map((x) => x.rate.toFixed(0))
    .join(', ');
}
