/**
 * Text analysis (issue 16, "Speed"), each figure next to a baseline measured the same way in the
 * same run:
 *   - texts analysed per second in process (language + sentiment + themes, `analyseText`) vs. the
 *     bare lexicon lookup (lowercase words looked up in the lexicons' words, summed): target ≥ 2,000/s;
 *   - end to end through the stage: BENCH_TEXT_N comments (20,000; 5,000 on PGlite) announced while
 *     the workers are stopped, then every stage run until the text stage has stored them all;
 *   - a backfill of BENCH_TEXT_BACKFILL old comments (100,000; 20,000 on PGlite) read and stored in
 *     the stage's pages of 1,000, as a replay runs them: target under a minute; peak RSS printed;
 *   - the answer rate through the public endpoint with the text stage registered vs. without it,
 *     every answer with a comment (the stage's worst case), in alternating rounds (stage-rounds.ts):
 *     target "does not slow", read as a drop of at most 5 %. BENCH_TEXT_ANSWERS per round (10,000;
 *     PGlite 2,000), BENCH_TEXT_PAIRS rounds per side (3). BENCH_TEXT=stage|backfill|answers runs one part.
 * The comments are the project's labelled German and English set (eval/text/), repeated.
 */
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { analyseText } from '../src/domain/text/analyse-text.js';
import { SENTIMENT_LEXICON_DE } from '../src/domain/text/sentiment-lexicon-de.js';
import { SENTIMENT_LEXICON_EN } from '../src/domain/text/sentiment-lexicon-en.js';
import { analyseItems } from '../src/server/features/text/analyse-items.js';
import type { Runtime } from '../src/server/runtime.js';
import { countOf, rowsOf, sleep } from './case-bench-fixtures.js';
import { report } from './measure.js';
import { roundRates, settle, stageRounds } from './stage-rounds.js';
import type { Stage } from '../src/server/pipeline/stage.js';
import { sentInvitations, setUp } from './survey-bench.js';
import { textAnalysisStage } from '../src/server/features/text/text-analysis.stage.js';

const comments: string[] = ['de', 'en'].flatMap((lang) =>
  readFileSync(new URL(`../eval/text/comments-${lang}.jsonl`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text),
);
const textAt = (i: number) => comments[i % comments.length] as string;

/** The baseline: every lowercase word looked up in the lexicons' words, the weights summed. */
const bareLexicon = new Map<string, number>();
for (const [key, weight] of [
  ...Object.entries(SENTIMENT_LEXICON_DE),
  ...Object.entries(SENTIMENT_LEXICON_EN),
])
  bareLexicon.set(key.replace(/^=|\*$/g, '').toLowerCase(), weight);
function bareLookup(text: string): number {
  let sum = 0;
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) sum += bareLexicon.get(word) ?? 0;
  return sum;
}

function perSecond(n: number, fn: (text: string) => unknown): number {
  let sink = 0;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) if (fn(textAt(i))) sink += 1;
  const ms = performance.now() - t0;
  if (sink < 0) console.log(sink);
  return (n / ms) * 1000;
}

function inProcess(): void {
  const n = 20_000;
  perSecond(2_000, analyseText); // warm up the lexicon tables and the JIT
  perSecond(2_000, bareLookup);
  const ours = perSecond(n, analyseText);
  const bare = perSecond(n, bareLookup);
  report(
    `text: ${n} comments analysed in process (language, sentiment, themes), per second`,
    ours,
    '/s',
    'bare lexicon lookup of the same comments',
    bare,
  );
  console.log(
    `text: in process ${ours.toFixed(0)}/s (target ≥ 2,000/s on 2 cores) → ${ours >= 2000 ? 'ok' : 'SLOW'}`,
  );
}

async function feedbackPages(s: Awaited<ReturnType<typeof setUp>>, n: number, tag: string): Promise<void> {
  for (let i = 0; i < n; i += 1000) {
    const res = await s.app.inject({
      method: 'POST',
      url: '/api/v1/feedback',
      headers: { authorization: `Bearer ${s.key}` },
      payload: Array.from({ length: Math.min(1000, n - i) }, (_, k) => ({
        channel: 'review',
        text: textAt(i + k),
        occurredAt: new Date(Date.now() - ((i + k) % 300) * 86_400_000).toISOString(),
        externalRef: `${tag}-${i + k}`,
      })),
    });
    if (res.statusCode >= 300) throw new Error(`feedback: ${res.statusCode} ${res.body}`);
  }
}

const analysedCount = (rt: Runtime, orgId: string) =>
  countOf(rt, sql`select count(*)::int as n from item_analyses where organization_id = ${orgId}`);

/** Comments announced while the workers were stopped, then worked off by `stages`: the text stage's rate. */
async function analysedPerSecond(
  rt: Runtime,
  label: string,
  n: number,
  stages: readonly Stage[],
): Promise<number> {
  const s = await setUp(rt, `text-${label}`);
  try {
    await feedbackPages(s, n, `bench-${randomUUID().slice(0, 8)}`);
    const t0 = performance.now();
    await rt.queue.startWorkers({ ...rt.jobContext, stages });
    try {
      const deadline = t0 + 600_000;
      while ((await analysedCount(rt, s.orgId)) < n) {
        if (performance.now() > deadline) throw new Error('the text stage did not finish in 10 minutes');
        await sleep(100);
      }
    } finally {
      await rt.queue.stopWorkers();
    }
    const rate = (n / (performance.now() - t0)) * 1000;
    // What the other stages still owe these items is worked off before the next measurement.
    await rt.queue.startWorkers(rt.jobContext);
    await settle(rt);
    await rt.queue.stopWorkers();
    return rate;
  } finally {
    await s.app.close();
  }
}

async function throughTheStage(rt: Runtime, label: string): Promise<void> {
  const n = Number(process.env.BENCH_TEXT_N ?? (label === 'pglite' ? 5_000 : 20_000));
  const every = await analysedPerSecond(rt, label, n, rt.jobContext.stages);
  const alone = await analysedPerSecond(rt, label, n, [textAnalysisStage]);
  const bare = perSecond(n, bareLookup);
  report(
    `[${label}] text: ${n} comments through the text stage alone, analysed per second`,
    alone,
    '/s',
    'bare lexicon lookup',
    bare,
  );
  report(
    `[${label}] text: ${n} comments through the pipeline with every stage working them too, per second`,
    every,
    '/s',
    'the text stage alone',
    alone,
  );
  console.log(
    `[${label}] text: through the stage ${alone.toFixed(0)}/s alone, ${every.toFixed(0)}/s beside every other stage (target ≥ 2,000/s on 2 cores) → ${alone >= 2000 ? 'ok' : 'SLOW'}`,
  );
}

async function backfill(rt: Runtime, label: string): Promise<void> {
  const n = Number(process.env.BENCH_TEXT_BACKFILL ?? (label === 'pglite' ? 20_000 : 100_000));
  const s = await setUp(rt, `text-backfill-${label}`);
  try {
    await feedbackPages(s, n, `old-${randomUUID().slice(0, 8)}`);
    // Old comments: nothing announced them to the stages; the backfill reads them directly.
    await rt.deps.db.execute(sql`delete from pipeline_outbox where organization_id = ${s.orgId}`);
    const ids = (
      await rowsOf<{ id: string }>(
        rt,
        sql`select id from feedback_items where organization_id = ${s.orgId} order by occurred_at`,
      )
    ).map((r) => r.id);
    let peakRss = process.memoryUsage().rss;
    const t0 = performance.now();
    for (let i = 0; i < ids.length; i += 1000) {
      await analyseItems(rt.deps.db, s.orgId, ids.slice(i, i + 1000));
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }
    const seconds = (performance.now() - t0) / 1000;
    const stored = await analysedCount(rt, s.orgId);
    console.log(
      `[${label}] text: backfill of ${n} old comments in ${seconds.toFixed(1)} s (${(n / seconds).toFixed(0)}/s), ${stored} stored, peak RSS ${(peakRss / 1e6).toFixed(0)} MB (target < 60 s) → ${seconds < 60 && stored === n ? 'ok' : 'SLOW'}`,
    );
  } finally {
    await s.app.close();
  }
}

/** Answers per second with the text stage registered vs. without it, every answer with a comment. */
async function answersWithAndWithout(rt: Runtime, label: string): Promise<void> {
  const perRound = Number(process.env.BENCH_TEXT_ANSWERS ?? (label === 'pglite' ? 2000 : 10_000));
  const pairs = Number(process.env.BENCH_TEXT_PAIRS ?? 3);
  const s = await setUp(rt, `text-answers-${label}`);
  try {
    const tokens = await sentInvitations(
      rt,
      s,
      perRound * pairs * 2,
      `text-load-${randomUUID().slice(0, 8)}`,
    );
    await rt.deps.db.execute(sql`analyze feedback_items, survey_responses, survey_invitations, contacts`);
    const { rounds, rate, drop } = await stageRounds(rt, {
      label,
      section: 'text',
      base: s.base,
      stage: textAnalysisStage,
      pairs,
      connections: 128,
      entries: (r) =>
        tokens
          .slice(r * perRound, (r + 1) * perRound)
          .map(
            (t, i) =>
              [`/s/${t}`, JSON.stringify({ q_nps: (r * perRound + i) % 11, q_why: textAt(i) })] as const,
          ),
    });
    report(
      `[${label}] text: answers/s with a comment each, text stage on`,
      rate('with'),
      '/s',
      'text stage not registered',
      rate('without'),
    );
    const analysed = await analysedCount(rt, s.orgId);
    const withAnswers = rounds.filter((x) => x.side === 'with').reduce((n, x) => n + x.ok, 0);
    const failed = rounds.reduce((n, x) => n + x.failed, 0);
    console.log(
      `[${label}] text: answer rate drop with the text stage ${drop.toFixed(1)} % (target ≤ 5 %; medians of ${pairs} rounds each of ${perRound} answers) → ${drop <= 5 ? 'ok' : 'HIGH'}; rounds with: ${roundRates(rounds, 'with')} | without: ${roundRates(rounds, 'without')}; ${withAnswers} answers while the stage ran, ${analysed} comments analysed (the rounds without it are analysed by the next round's catch-up or stay unread), ${failed} answers failed; the stage caught up ${rounds
        .filter((x) => x.side === 'with')
        .map((x) => `${x.catchUpMs.toFixed(0)} ms`)
        .join(', ')} after each load`,
    );
  } finally {
    await s.app.close();
  }
}

let inProcessDone = false;

export async function textBench(rt: Runtime, label: string): Promise<void> {
  if (!inProcessDone) {
    inProcess();
    inProcessDone = true;
  }
  const only = process.env.BENCH_TEXT;
  if (!only || only === 'stage') await throughTheStage(rt, label);
  if (!only || only === 'backfill') await backfill(rt, label);
  if (!only || only === 'answers') await answersWithAndWithout(rt, label);
}
