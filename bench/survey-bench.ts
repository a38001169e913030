/**
 * Surveys people answer (issue 4), each figure next to a baseline measured the same way in the
 * same run:
 *   - answers recorded per second, with p99, through the real public endpoint (`POST /s/<token>`,
 *     JSON) on the real app listening on 127.0.0.1, each request answering another invitation;
 *     vs. a bare Fastify app (same Fastify, same JSON body) whose handler does one INSERT of a
 *     similar row on the runtime's own database pool. Both driven by autocannon in a worker
 *     thread (BENCH_ANSWERS requests a round), one warm-up each, then at 32, 64 and 128
 *     connections three alternating rounds; medians per level, every round printed (the machine
 *     is shared and noisy), and each side's peak level against the other's.
 *     Afterwards: exactly one `survey_responses` row, feedback item and invitation stamp per 200,
 *     and every answer announced to the pipeline. Measured with the job workers stopped (a
 *     web node); the invitations run before, on the workers.
 *   - invitations mailed per second: `POST /api/v1/surveys/{id}/send` (1,000 contacts) → `surveys.dispatch`
 *     job, which writes and delivers page by page on the runtime's workers → a loopback SMTP peer,
 *     until all arrived; vs.
 *     raw nodemailer sending the same mail to the same peer with as many connections at once as
 *     the delivery used (pooled, as the real transport).
 *   - survey page bytes (raw and gzip) next to the 20 KB budget, the widget's gzip -9 bytes next
 *     to the 8 KB budget.
 * `tsx bench/survey-bench.ts` runs it alone (BENCH_SKIP_PGLITE=1 for PostgreSQL only;
 * BENCH_ANSWERS, BENCH_CONNECTIONS as a list such as 32,64, BENCH_INVITATIONS); `npm run bench` runs it with the others.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { constants, gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import Fastify, { type FastifyInstance } from 'fastify';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { buildApp } from '../src/server/app.js';
import { contacts, surveyInvitations } from '../src/server/db/schema/index.js';
import { createSmtpTransport } from '../src/server/email/transport.js';
import { createApiKey } from '../src/server/features/api-keys/api-keys.service.js';
import { createAccount } from '../src/server/features/organizations/accounts.service.js';
import {
  changePlan,
  createOrganization,
} from '../src/server/features/organizations/organizations.service.js';
import { drainOutbox } from '../src/server/pipeline/drain-outbox.js';
import { invitationToken, tokenHash } from '../src/server/features/sending/invitation-token.js';
import type { Runtime } from '../src/server/runtime.js';
import { report } from './measure.js';
import { onEachDatabase } from './runtimes.js';

// Long rounds: each starts a fresh load generator, whose code runs cold for its first few
// hundred milliseconds, and a cold client slows the faster side (the bare baseline) most.
const ANSWERS = Number(process.env.BENCH_ANSWERS ?? 10000);
/**
 * Concurrent clients, each level measured on both sides: the headline compares each side's peak
 * (its best level), what each can sustain, since a bare INSERT peaks with few clients while a
 * batching endpoint needs more of them in flight to fill its statements. Every level is printed.
 */
const LEVELS = (process.env.BENCH_CONNECTIONS ?? '32,64,128').split(',').map(Number);
const ROUNDS = 3;
// One send call's maximum (1,000 contacts): a real send's size, so fixed costs (the API call, the first
// dispatch) weigh as they would, not as in a send of a handful.
const INVITATIONS = Number(process.env.BENCH_INVITATIONS ?? 1000);
const PAGE_BUDGET = 20 * 1024;
const WIDGET_BUDGET = 8 * 1024;
const ANSWER_BODY = JSON.stringify({ q_nps: 9 });
const ANSWER_HEADERS = { 'content-type': 'application/json', accept: 'application/json' };

export interface Setup {
  app: FastifyInstance;
  base: string;
  orgId: string;
  key: string;
  surveyId: string;
}

type Rows<T> = { rows: T[] };
async function count(rt: Runtime, query: ReturnType<typeof sql>): Promise<number> {
  const res = (await rt.deps.db.execute(query)) as unknown as Rows<{ n: number }>;
  return res.rows[0]?.n ?? Number.NaN;
}

export async function setUp(rt: Runtime, label: string): Promise<Setup> {
  const tag = `${label}-${Date.now()}`;
  const owner = await createAccount(rt.deps.auth, {
    email: `survey-bench-${tag}@example.test`,
    password: 'bench-password',
    name: 'Bench',
  });
  const org = await createOrganization(rt.deps, { name: `Survey bench ${tag}`, ownerUserId: owner.id });
  // No monthly quota: the invitations bench sends more than the free plan's 50.
  await changePlan(rt.deps, org.id, 'selfhosted');
  const { key } = await createApiKey(rt.deps, {
    organizationId: org.id,
    name: 'bench',
    createdByUserId: owner.id,
  });
  // The real app with its rate limits raised out of the way: one client address sends everything.
  const app = await buildApp(rt.deps, {
    serveWeb: false,
    rateLimitPerMinute: 100_000_000,
    publicPerMinute: 100_000_000,
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  const auth = { authorization: `Bearer ${key}` };
  const created = await app.inject({
    method: 'POST',
    url: '/api/v1/surveys',
    headers: auth,
    payload: { name: 'Relationship NPS', template: 'relationship-nps' },
  });
  if (created.statusCode !== 201) throw new Error(`create survey: ${created.statusCode} ${created.body}`);
  const surveyId = (created.json() as { id: string }).id;
  const live = await app.inject({
    method: 'POST',
    url: `/api/v1/surveys/${surveyId}/status`,
    headers: auth,
    payload: { status: 'live' },
  });
  if (live.statusCode !== 200) throw new Error(`set live: ${live.statusCode} ${live.body}`);
  return { app, base: `http://127.0.0.1:${port}`, orgId: org.id, key, surveyId };
}

/** `n` contacts and, for each, an e-mail invitation already sent and not yet answered; returns their tokens. */
export async function sentInvitations(rt: Runtime, s: Setup, n: number, prefix: string): Promise<string[]> {
  const now = new Date();
  const contactRows = Array.from({ length: n }, (_, i) => ({
    id: randomUUID(),
    organizationId: s.orgId,
    externalId: `${prefix}-${i}`,
    email: `${prefix}-${i}@example.test`,
    name: `Person ${i}`,
    language: 'en',
  }));
  const invitationIds = contactRows.map(() => randomUUID());
  const tokens = invitationIds.map((id) => invitationToken(rt.deps.config.authSecret, id));
  const invitationRows = contactRows.map((c, i) => ({
    id: invitationIds[i] as string,
    organizationId: s.orgId,
    surveyId: s.surveyId,
    contactId: c.id,
    channel: 'email' as const,
    language: 'en',
    status: 'sent' as const,
    scheduledFor: now,
    sentAt: now,
    expiresAt: new Date(now.getTime() + 30 * 86_400_000),
    tokenHash: tokenHash(tokens[i] as string),
  }));
  for (let i = 0; i < n; i += 1000) {
    await rt.deps.db.insert(contacts).values(contactRows.slice(i, i + 1000));
    await rt.deps.db.insert(surveyInvitations).values(invitationRows.slice(i, i + 1000));
  }
  return tokens;
}

const nextPath = fileURLToPath(new URL('./next-answer-path.cjs', import.meta.url));

/**
 * Posts one answer per path (with the path's own body where one is paired with it, else
 * `{"q_nps":9}`), `connections` at a time. autocannon runs in a worker thread: in the
 * server's own event loop it would take the server's CPU (the bare baseline, cheap per request,
 * would lose less of it than the real endpoint).
 */
export async function cannon(
  base: string,
  paths: readonly (string | readonly [path: string, body: string])[],
  connections = LEVELS[0] ?? 32,
): Promise<autocannon.Result> {
  const file = `${tmpdir()}/resonance-answer-paths-${randomUUID()}.json`;
  writeFileSync(file, JSON.stringify(paths));
  // The worker copies the environment when it starts; next-answer-path.cjs reads the list from there.
  process.env.BENCH_ANSWER_PATHS = file;
  try {
    return await autocannon({
      url: base,
      connections: Math.min(connections, paths.length),
      amount: paths.length,
      timeout: 30,
      workers: 1,
      // autocannon notices the last response at its next sample tick: at the default 1 s, every
      // run's duration would be rounded up to whole seconds.
      sampleInt: 10,
      // Each request names the next invitation; never one twice (that would be an update, not a new answer).
      requests: [{ method: 'POST', headers: ANSWER_HEADERS, body: ANSWER_BODY, setupRequest: nextPath }],
    });
  } finally {
    rmSync(file, { force: true });
  }
}

/** The bare baseline: Fastify parsing the same JSON body, one INSERT of a similar row on the runtime's own pool. */
async function bareApp(
  rt: Runtime,
): Promise<{ base: string; app: FastifyInstance; rows(): Promise<number> }> {
  await rt.deps.db.execute(
    sql`create table if not exists bench_answers (id uuid primary key, token text not null, score integer not null, created_at timestamptz not null default now())`,
  );
  const database = rt.deps.database;
  const insert =
    database.kind === 'postgres'
      ? (id: string, token: string, score: number) =>
          database.pool.query('insert into bench_answers (id, token, score) values ($1, $2, $3)', [
            id,
            token,
            score,
          ])
      : (id: string, token: string, score: number) =>
          database.pglite.query('insert into bench_answers (id, token, score) values ($1, $2, $3)', [
            id,
            token,
            score,
          ]);
  const app = Fastify();
  app.post<{ Params: { token: string }; Body: { q_nps?: unknown } }>('/s/:token', async (req) => {
    const id = randomUUID();
    await insert(id, req.params.token, Number(req.body.q_nps));
    return { ok: true, responseId: id };
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    app,
    rows: () => count(rt, sql`select count(*)::int as n from bench_answers`),
  };
}

const mid = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
/** Idle CPU seconds of the whole machine so far (all cores), from /proc/stat. */
function idleSeconds(): number {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]?.trim().split(/\s+/) ?? [];
    return (Number(fields[4]) + Number(fields[5])) / 100;
  } catch {
    return Number.NaN;
  }
}

/**
 * CPU seconds spent so far by this process (server and load generator alike: the worker thread
 * shares it) and by each PostgreSQL process, by pid (a local server: besides the database's own
 * connections, WAL writer, checkpointer and autovacuum, but on a shared machine also whatever
 * other databases are doing). Per request, it says where an answer's cost lies even when the
 * machine is busy.
 */
function cpuSeconds(): { node: number; server: number; pgByPid: Map<number, number>; idle: number } {
  const u = process.cpuUsage();
  // The main thread alone: the server's own share (the load generator runs in a worker thread).
  const t = process.threadCpuUsage();
  const pgByPid = new Map<number, number>();
  try {
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        if (!stat.includes('(postgres)')) continue;
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const seconds = (Number(fields[11]) + Number(fields[12])) / 100;
        pgByPid.set(Number(pid), seconds);
      } catch {
        // The process ended between listing and reading.
      }
    }
  } catch {
    // No /proc (not Linux): only the process's own CPU is reported.
  }
  return { node: (u.user + u.system) / 1e6, server: (t.user + t.system) / 1e6, pgByPid, idle: idleSeconds() };
}

/**
 * The pids of the connections serving this runtime's database (none on PGlite, which runs in
 * this process): client backends only, as autovacuum workers come and go within a round.
 */
async function backendPids(rt: Runtime): Promise<number[]> {
  if (rt.deps.database.kind !== 'postgres') return [];
  const res = (await rt.deps.db.execute(
    sql`select pid from pg_stat_activity where datname = current_database() and backend_type = 'client backend'`,
  )) as unknown as Rows<{ pid: number }>;
  return res.rows.map((r) => Number(r.pid));
}

/** Over the run as autocannon timed it (to its 10 ms tick): the worker thread's start-up is no part of it. */
export const perSecond = (r: autocannon.Result) =>
  (r['2xx'] / (r.finish.getTime() - r.start.getTime())) * 1000;

export async function answerBench(rt: Runtime, s: Setup, label: string, perRound = ANSWERS): Promise<void> {
  const warmUp = Math.min(500, perRound);
  const runs = ROUNDS * LEVELS.length;
  const tokens = await sentInvitations(rt, s, warmUp + perRound * runs, `answer-${label}`);
  const paths = tokens.map((t) => `/s/${t}`);
  const bare = await bareApp(rt);
  const fake = (n: number, round: number) =>
    Array.from({ length: n }, (_, i) => `/s/bench${round}x${String(i).padStart(38, '0')}`);

  // One warm-up each (JIT, pools, caches), then alternating rounds: the machine is shared and noisy.
  const warm = await cannon(s.base, paths.slice(0, warmUp));
  await cannon(bare.base, fake(warmUp, 0));
  // Statistics that know the tables hold rows, as autovacuum keeps them on a live database (its
  // first pass would come a minute later): plans made while feedback_items and survey_responses
  // were empty scan them whole, and prepared statements keep such plans until the next analyze.
  await rt.deps.db.execute(
    sql`analyze feedback_items, survey_responses, survey_invitations, contacts, bench_answers`,
  );
  type Round = { rate: number; p99: number };
  const levels = LEVELS.map((connections) => ({ connections, real: [] as Round[], base: [] as Round[] }));
  const cpu = {
    real: { node: 0, server: 0, pg: 0, pgAll: 0, busy: 0, idle: 0 },
    base: { node: 0, server: 0, pg: 0, pgAll: 0, busy: 0, idle: 0 },
  };
  const timed = async (side: 'real' | 'base', run: () => Promise<autocannon.Result>) => {
    const before = cpuSeconds();
    const result = await run();
    const after = cpuSeconds();
    cpu[side].node += after.node - before.node;
    cpu[side].server += after.server - before.server;
    // The pool's connections stay open from round to round; one opened during the run counts from its start.
    for (const pid of await backendPids(rt))
      cpu[side].pg += (after.pgByPid.get(pid) ?? 0) - (before.pgByPid.get(pid) ?? 0);
    // Per process, as processes come and go (other databases' backends, autovacuum): one that ended within the run is missed.
    for (const [pid, seconds] of after.pgByPid) cpu[side].pgAll += seconds - (before.pgByPid.get(pid) ?? 0);
    // How busy the server's thread and the machine were while autocannon ran (the worker's start-up is outside).
    const wall = (result.finish.getTime() - result.start.getTime()) / 1000;
    cpu[side].busy += (after.server - before.server) / wall / runs;
    cpu[side].idle += (after.idle - before.idle) / wall / runs;
    return result;
  };
  let ok = warm['2xx'];
  let failed = warm.non2xx + warm.errors;
  let bareOk = 0;
  let run = 0;
  for (const level of levels) {
    for (let round = 0; round < ROUNDS; round++, run++) {
      const b = await timed('base', () => cannon(bare.base, fake(perRound, run + 1), level.connections));
      level.base.push({ rate: perSecond(b), p99: b.latency.p99 });
      bareOk += b['2xx'];
      const from = warmUp + run * perRound;
      const r = await timed('real', () =>
        cannon(s.base, paths.slice(from, from + perRound), level.connections),
      );
      level.real.push({ rate: perSecond(r), p99: r.latency.p99 });
      ok += r['2xx'];
      failed += r.non2xx + r.errors;
    }
  }
  await bare.app.close();

  const responses = await count(
    rt,
    sql`select count(*)::int as n from survey_responses where survey_id = ${s.surveyId}`,
  );
  const items = await count(
    rt,
    sql`select count(*)::int as n from feedback_items where organization_id = ${s.orgId} and channel = 'survey'`,
  );
  const answered = await count(
    rt,
    sql`select count(*)::int as n from survey_invitations where survey_id = ${s.surveyId} and answered_at is not null and clicked_at is not null`,
  );
  const bareRows = await bare.rows();
  const medians = levels.map((l) => ({
    connections: Math.min(l.connections, perRound),
    real: { rate: mid(l.real.map((r) => r.rate)), p99: mid(l.real.map((r) => r.p99)) },
    base: { rate: mid(l.base.map((r) => r.rate)), p99: mid(l.base.map((r) => r.p99)) },
  }));
  const list = (rs: Round[]) => rs.map((r) => r.rate.toFixed(0)).join(', ');
  for (const [i, m] of medians.entries()) {
    const l = levels[i];
    console.log(
      `[${label}] ${m.connections} conn.: ${m.real.rate.toFixed(0)} answers/s (p99 ${m.real.p99} ms) vs bare ${m.base.rate.toFixed(0)}/s (p99 ${m.base.p99} ms) = ${(m.real.rate / m.base.rate).toFixed(2)}; rounds ${l ? list(l.real) : ''} | ${l ? list(l.base) : ''}`,
    );
  }
  const peak = (side: 'real' | 'base') =>
    medians.reduce((best, m) => (m[side].rate > best[side].rate ? m : best));
  const realPeak = peak('real');
  const basePeak = peak('base');
  report(
    `[${label}] answers/s, POST /s/<token> (peak: ${realPeak.connections} conn.)`,
    realPeak.real.rate,
    '/s',
    `bare Fastify + INSERT (peak: ${basePeak.connections} conn.)`,
    basePeak.base.rate,
  );
  report(
    `[${label}] answer p99 latency at those peaks`,
    realPeak.real.p99,
    'ms',
    'bare Fastify + INSERT',
    basePeak.base.p99,
  );
  const perRequest = (seconds: number) => ((seconds / (perRound * runs)) * 1e6).toFixed(0);
  const side = (c: typeof cpu.real) =>
    `server thread ${perRequest(c.server)} µs (${(c.busy * 100).toFixed(0)} % busy) + load generator ${perRequest(c.node - c.server)} µs + PostgreSQL ${perRequest(c.pg)} µs (its backends; all PostgreSQL processes ${perRequest(c.pgAll)} µs), machine ${(c.idle * 100).toFixed(0)} % of a core idle`;
  console.log(`[${label}] CPU per answer: ${side(cpu.real)} | baseline: ${side(cpu.base)}`);
  const verdict =
    responses === ok && items === ok && answered === ok && failed === 0 && bareRows === bareOk + warmUp
      ? 'ok'
      : 'MISMATCH';
  console.log(
    `[${label}] ${ok} answers answered 200 (${failed} failed): ${responses} responses, ${items} feedback items, ${answered} invitations stamped; baseline ${bareRows} rows → ${verdict}`,
  );
  if (verdict !== 'ok') process.exitCode = 1;
}

/** Every new answer must have been announced to the pipeline (a rollups stage job, done or not) before it was acknowledged. */
async function checkAnnounced(rt: Runtime, s: Setup, label: string): Promise<void> {
  // The answers wrote their announcements to the outbox; drain it as a worker would.
  const d0 = performance.now();
  const drained = await drainOutbox(rt.jobContext, rt.jobContext.stages);
  const drainMs = performance.now() - d0;
  const jobs = (await rt.deps.db.execute(
    sql`select count(distinct j.id)::int as jobs, count(distinct e->>'subjectId')::int as ids from pgboss.job j cross join lateral jsonb_array_elements(j.data->'events') as e where j.name = 'stage.rollups' and j.data->>'organizationId' = ${s.orgId}`,
  )) as unknown as Rows<{ jobs: number; ids: number }>;
  const items = await count(
    rt,
    sql`select count(*)::int as n from feedback_items where organization_id = ${s.orgId}`,
  );
  const announced = jobs.rows[0]?.ids ?? 0;
  console.log(
    `[${label}] pipeline (stage.rollups): ${announced} of ${items} items announced in ${jobs.rows[0]?.jobs ?? 0} jobs (outbox of ${drained} drained in ${drainMs.toFixed(0)} ms) → ${announced === items ? 'ok' : 'MISSING'}`,
  );
  if (announced !== items) process.exitCode = 1;
}

/** An SMTP peer on loopback that only counts what arrives (parsing would slow both sides alike). */
async function countingPeer(): Promise<{
  url: string;
  received: number;
  open: number;
  maxOpen: number;
  sessions: number;
  until(n: number): Promise<void>;
  close(): Promise<void>;
}> {
  let waiter: { n: number; resolve: () => void } | null = null;
  const peer = {
    url: '',
    received: 0,
    /** Sessions open now and at most so far: the concurrency a sender used. */
    open: 0,
    maxOpen: 0,
    sessions: 0,
    until(n: number) {
      return peer.received >= n
        ? Promise.resolve()
        : new Promise<void>((resolve) => (waiter = { n, resolve }));
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    // A reverse DNS lookup per connection would time the resolver, not SMTP.
    disableReverseLookup: true,
    logger: false,
    onConnect(_session, callback) {
      peer.sessions += 1;
      peer.open += 1;
      peer.maxOpen = Math.max(peer.maxOpen, peer.open);
      callback();
    },
    onClose() {
      peer.open -= 1;
    },
    onData(stream, _session, callback) {
      stream.on('data', () => {});
      stream.on('end', () => {
        peer.received += 1;
        if (waiter && peer.received >= waiter.n) waiter.resolve();
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  peer.url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  return peer;
}

export async function invitationBench(rt: Runtime, s: Setup, label: string, n = INVITATIONS): Promise<void> {
  const peer = await countingPeer();
  const transport = createSmtpTransport(peer.url);
  await rt.queue.startWorkers({ ...rt.jobContext, transport });

  const now = new Date();
  const people = Array.from({ length: n }, (_, i) => ({
    organizationId: s.orgId,
    externalId: `mail-${label}-${i}`,
    email: `mail-${i}@example.test`,
    name: `Person ${i}`,
    language: i % 2 ? 'de' : 'en',
    createdAt: now,
  }));
  await rt.deps.db.insert(contacts).values(people);
  const t0 = performance.now();
  const started = Date.now();
  const sent = await s.app.inject({
    method: 'POST',
    url: `/api/v1/surveys/${s.surveyId}/send`,
    headers: { authorization: `Bearer ${s.key}` },
    payload: { contacts: people.map((p) => p.externalId) },
  });
  if (sent.statusCode !== 200) throw new Error(`send: ${sent.statusCode} ${sent.body}`);
  const sendMs = performance.now() - t0;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    peer.until(n),
    new Promise(
      (_, reject) =>
        (timer = setTimeout(
          () => reject(new Error(`only ${peer.received} of ${n} mails arrived in 120 s`)),
          120_000,
        )),
    ),
  ]).finally(() => clearTimeout(timer));
  const realMs = performance.now() - t0;
  // The worker stamps delivered_at right after the peer accepted the mail: give the last ones a moment.
  const deliveredCount = () =>
    count(
      rt,
      sql`select count(*)::int as n from survey_invitations where survey_id = ${s.surveyId} and contact_id in (select id from contacts where organization_id = ${s.orgId} and external_id like ${`mail-${label}-%`}) and delivered_at is not null`,
    );
  let delivered = await deliveredCount();
  for (let i = 0; i < 50 && delivered < n; i++) {
    await new Promise((r) => setTimeout(r, 100));
    delivered = await deliveredCount();
  }

  // Baseline: the same mails (one stored invitation's subject, text, HTML and headers) through raw nodemailer, one at a time.
  const sample = (await rt.deps.db.execute(
    sql`select from_address, subject, text_body, html_body, headers from email_messages where organization_id = ${s.orgId} and kind = 'survey.invitation' limit 1`,
  )) as unknown as Rows<{
    from_address: string | null;
    subject: string;
    text_body: string;
    html_body: string | null;
    headers: Record<string, string> | null;
  }>;
  const mail = sample.rows[0];
  if (!mail) throw new Error('no invitation mail stored');
  // As many senders as the delivery had connections open at once, each on a pooled connection
  // (a handshake per mail would measure the peer's 100 ms greeting delay, not sending).
  const concurrency = Math.max(1, peer.maxOpen);
  // Exactly n arrived: a delivery job that ran twice would show here as more.
  const arrived = peer.received;
  const sessions = peer.sessions;
  const raw = nodemailer.createTransport({ url: peer.url, pool: true, maxConnections: concurrency });
  const before = peer.received;
  const r0 = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let p = people[next++]; p; p = people[next++]) {
        await raw.sendMail({
          from: mail.from_address ?? rt.deps.config.MAIL_FROM,
          to: p.email,
          subject: mail.subject,
          text: mail.text_body,
          html: mail.html_body ?? undefined,
          headers: mail.headers ?? undefined,
        });
      }
    }),
  );
  await peer.until(before + n);
  const rawMs = performance.now() - r0;
  raw.close();
  // Back to a web node: the answers are measured without workers competing for the machine.
  await rt.queue.stopWorkers();
  transport.close();
  await peer.close();
  // Where the time went: the dispatch job writing the mails, the delivery jobs sending them (seconds after the send call).
  const phases = (await rt.deps.db.execute(
    sql`select extract(epoch from min(created_at))::float8 * 1000 as w0, extract(epoch from max(created_at))::float8 * 1000 as w1, extract(epoch from min(sent_at))::float8 * 1000 as d0, extract(epoch from max(sent_at))::float8 * 1000 as d1 from email_messages where organization_id = ${s.orgId} and kind = 'survey.invitation'`,
  )) as unknown as Rows<{ w0: number; w1: number; d0: number; d1: number }>;
  const ph = phases.rows[0];
  const at = (ms: number | undefined) => (((ms ?? Number.NaN) - started) / 1000).toFixed(1);
  report(
    `[${label}] invitations/s, send API → SMTP (${n})`,
    (n / realMs) * 1000,
    '/s',
    `raw nodemailer, ${concurrency} at once`,
    (n / rawMs) * 1000,
  );
  console.log(
    `[${label}] ${n} invitations: ${delivered} marked delivered in ${(realMs / 1000).toFixed(1)} s over ${sessions} SMTP sessions, at most ${concurrency} at once; the peer received ${arrived} → ${delivered === n && arrived === n ? 'ok' : 'MISMATCH'}`,
  );
  console.log(
    `[${label}] send call ${sendMs.toFixed(0)} ms; dispatch wrote the mails ${at(ph?.w0)}–${at(ph?.w1)} s, delivery sent them ${at(ph?.d0)}–${at(ph?.d1)} s after it`,
  );
  if (delivered !== n || arrived !== n) process.exitCode = 1;
}

export async function pageBytes(rt: Runtime, s: Setup, label: string): Promise<void> {
  const [token] = await sentInvitations(rt, s, 1, `page-${label}`);
  const link = await s.app.inject({
    method: 'PUT',
    url: `/api/v1/surveys/${s.surveyId}/delivery`,
    headers: { authorization: `Bearer ${s.key}` },
    payload: { isLinkEnabled: true },
  });
  const linkUrl = (link.json() as { linkUrl: string | null }).linkUrl;
  if (!token || !linkUrl) throw new Error(`page setup: ${link.statusCode} ${link.body}`);
  const pages = [
    { name: 'GET /s/<token>?score=9', path: `/s/${token}?score=9` },
    { name: 'GET /l/<key>', path: new URL(linkUrl).pathname },
  ];
  for (const p of pages) {
    const res = await fetch(`${s.base}${p.path}`, {
      headers: { accept: 'text/html', 'accept-encoding': 'identity' },
    });
    const body = Buffer.from(await res.arrayBuffer());
    if (res.status !== 200) throw new Error(`${p.name}: ${res.status}`);
    // The server sends pages uncompressed: these raw bytes are what crosses the wire without a compressing proxy.
    report(`[${label}] ${p.name} bytes`, body.length, 'B', '20 KB budget', PAGE_BUDGET);
    report(`[${label}] ${p.name} bytes gzip`, gzipSync(body).length, 'B', '20 KB budget', PAGE_BUDGET);
  }
}

/** A fresh build of the widget (never the one in dist/, which may be stale), measured as the budget test does. */
export function widgetBytes(): void {
  const dir = mkdtempSync(`${tmpdir()}/resonance-widget-bench-`);
  try {
    const outfile = `${dir}/widget.js`;
    execFileSync(process.execPath, ['scripts/build-widget.mjs', `--outfile=${outfile}`], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      stdio: 'ignore',
    });
    const source = readFileSync(outfile);
    report(
      `widget.js bytes gzip -9 (${source.length} B raw)`,
      gzipSync(source, { level: constants.Z_BEST_COMPRESSION }).length,
      'B',
      '8 KB budget',
      WIDGET_BUDGET,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * All of the above on one runtime. The invitations come first, on the runtime's workers, which
 * are then stopped: the answers are measured on a web node, and the rollups stage jobs they
 * announce are left for a worker (each recomputes the day's rollups).
 */
export async function surveyBench(rt: Runtime, label: string, perRound = ANSWERS): Promise<void> {
  const s = await setUp(rt, label);
  // `BENCH_SURVEY=invitations` (or `answers`) measures one part alone while working on it.
  const only = process.env.BENCH_SURVEY;
  try {
    if (!only) await pageBytes(rt, s, label);
    if (!only || only === 'invitations') await invitationBench(rt, s, label);
    if (!only || only === 'answers') {
      await answerBench(rt, s, label, perRound);
      await checkAnnounced(rt, s, label);
    }
  } finally {
    await s.app.close();
  }
}

async function main(): Promise<void> {
  widgetBytes();
  await onEachDatabase((rt, label) => surveyBench(rt, label, label === 'pglite' ? 1000 : ANSWERS));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
