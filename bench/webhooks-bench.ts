/**
 * Webhooks (issue 15, "Speed"), each figure next to a baseline measured the same way in the same run:
 *   - deliveries per second: BENCH_WEBHOOKS_N deliveries (2,000) queued by "replay everything since"
 *     while the workers are stopped, then the workers started — the attempt jobs claim, sign, POST
 *     each to a receiver on loopback and log it — until the receiver has them all; vs. the same
 *     bodies POSTed again with raw `fetch` (undici), 20 at a time, to the same receiver. Target:
 *     ≥ 0.5×. Beside it, end to end: as many feedback items announced while the workers are
 *     stopped, then every stage (rollups, cases, webhooks, alerts) and the attempts run until the
 *     receiver has them all (this is how the replayed deliveries came to be).
 *   - answer 2xx → its signed `response.created` received, p50/p99, probed one answer at a time
 *     while the answers run at peak (autocannon, 128 connections; every answer a webhook too), each
 *     probe's webhook verified with the reference `standardwebhooks` library. Target: p99 ≤ 2 s.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { Webhook } from 'standardwebhooks';
import type { Runtime } from '../src/server/runtime.js';
import { countOf, rowsOf, sleep } from './case-bench-fixtures.js';
import { percentile, report } from './measure.js';
import { cannon, perSecond, sentInvitations, setUp } from './survey-bench.js';

const CONNECTIONS = 128;
const ATTEMPT_CONCURRENCY = 20;
const PROBE_TIMEOUT_MS = 30_000;

interface Arrival {
  at: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A loopback receiver that answers 204 at once and files each request by its event's contact. */
async function startReceiver() {
  const arrivals: Arrival[] = [];
  const byContact = new Map<string, Arrival>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const arrival = { at: performance.now(), headers: req.headers, body: Buffer.concat(chunks).toString() };
      arrivals.push(arrival);
      try {
        const contactId = (JSON.parse(arrival.body) as { data?: { contactId?: unknown } }).data?.contactId;
        if (typeof contactId === 'string') byContact.set(contactId, arrival);
      } catch {
        // A baseline body is a copy of a delivery's; nothing else arrives here.
      }
      res.writeHead(204).end();
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    arrivals,
    byContact,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Resolves once `n` requests have arrived; throws after `timeoutMs`. */
async function arrived(arrivals: readonly Arrival[], n: number, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (arrivals.length < n) {
    if (performance.now() > deadline) throw new Error(`${arrivals.length} of ${n} webhooks arrived in time`);
    await sleep(5);
  }
}

/** The bodies again, `concurrency` POSTs at a time with fetch; returns requests per second. */
async function rawPosts(url: string, copies: readonly Arrival[], concurrency: number): Promise<number> {
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < copies.length; i = next++) {
        const c = copies[i] as Arrival;
        const res = await fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'webhook-id': String(c.headers['webhook-id']),
            'webhook-timestamp': String(c.headers['webhook-timestamp']),
            'webhook-signature': String(c.headers['webhook-signature']),
          },
          body: c.body,
        });
        await res.arrayBuffer();
      }
    }),
  );
  return (copies.length / (performance.now() - t0)) * 1000;
}

async function createEndpoint(
  app: Awaited<ReturnType<typeof setUp>>['app'],
  key: string,
  url: string,
  eventTypes: string[],
): Promise<{ id: string; secret: string }> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/webhooks',
    headers: { authorization: `Bearer ${key}` },
    payload: { url, eventTypes },
  });
  if (res.statusCode !== 201) throw new Error(`create endpoint: ${res.statusCode} ${res.body}`);
  const created = res.json() as { endpoint: { id: string }; secret: string };
  return { id: created.endpoint.id, secret: created.secret };
}

async function deliveriesPerSecond(rt: Runtime, label: string): Promise<void> {
  const n = Number(process.env.BENCH_WEBHOOKS_N ?? 2000);
  const s = await setUp(rt, `webhooks-${label}`);
  const receiver = await startReceiver();
  try {
    const endpoint = await createEndpoint(s.app, s.key, receiver.url, ['feedback.created']);
    const announcedFrom = new Date(Date.now() - 1000);
    for (let i = 0; i < n; i += 500) {
      const res = await s.app.inject({
        method: 'POST',
        url: '/api/v1/feedback',
        headers: { authorization: `Bearer ${s.key}` },
        payload: Array.from({ length: Math.min(500, n - i) }, (_, k) => ({
          channel: 'review',
          rating: { value: (i + k) % 11, scaleMin: 0, scaleMax: 10, metric: 'nps' },
          text: `Review ${i + k}: the parcel came a day late, but the support was friendly.`,
          occurredAt: new Date().toISOString(),
          externalRef: `bench-${randomUUID()}`,
        })),
      });
      if (res.statusCode >= 300) throw new Error(`feedback: ${res.statusCode} ${res.body}`);
    }
    // End to end: the pipeline's stages (rollups, cases, webhooks, alerts) turn the announced items
    // into deliveries while the attempt jobs send them.
    const t0 = performance.now();
    await rt.queue.startWorkers(rt.jobContext);
    try {
      await arrived(receiver.arrivals, n, 600_000);
    } finally {
      await rt.queue.stopWorkers();
    }
    const endToEnd = (n / (performance.now() - t0)) * 1000;
    const copies = receiver.arrivals.slice(0, n);

    // Delivery alone: "replay everything since" queues every delivery again (same webhook-ids),
    // and the attempt jobs claim, sign, POST and log them.
    const replay = await s.app.inject({
      method: 'POST',
      url: `/api/v1/webhooks/${endpoint.id}/replay`,
      headers: { authorization: `Bearer ${s.key}` },
      payload: { since: announcedFrom.toISOString() },
    });
    if (replay.statusCode !== 202 && replay.statusCode !== 200)
      throw new Error(`replay: ${replay.statusCode} ${replay.body}`);
    const t1 = performance.now();
    await rt.queue.startWorkers(rt.jobContext);
    try {
      await arrived(receiver.arrivals, 2 * n, 600_000);
    } finally {
      await rt.queue.stopWorkers();
    }
    const ours = (n / (performance.now() - t1)) * 1000;
    const raw = await rawPosts(receiver.url, copies, ATTEMPT_CONCURRENCY);
    report(
      `[${label}] webhooks: ${n} deliveries (attempt jobs: claim, sign, POST, log), per second`,
      ours,
      '/s',
      `raw fetch POSTs of the same bodies, ${ATTEMPT_CONCURRENCY} at a time`,
      raw,
    );
    report(
      `[${label}] webhooks: ${n} announced items → signed webhooks received (every stage), per second`,
      endToEnd,
      '/s',
      'the raw POSTs above',
      raw,
    );
    const ratio = ours / raw;
    const ids = new Set(copies.map((c) => String(c.headers['webhook-id'])));
    const replayed = receiver.arrivals
      .slice(n, 2 * n)
      .filter((a) => ids.has(String(a.headers['webhook-id'])));
    console.log(
      `[${label}] webhooks: ${ids.size} distinct webhook-ids for ${n} events, ${replayed.length} replayed under the same ids; deliveries at ${(ratio * 100).toFixed(0)} % of raw POSTs (target ≥ 50 %) → ${ratio >= 0.5 && ids.size === n && replayed.length === n ? 'ok' : 'SLOW'}`,
    );
  } finally {
    await receiver.close();
    await s.app.close();
  }
}

async function answerToWebhook(rt: Runtime, label: string): Promise<void> {
  const answers = Number(process.env.BENCH_WEBHOOKS_ANSWERS ?? (label === 'pglite' ? 2000 : 10_000));
  const s = await setUp(rt, `webhooks-peak-${label}`);
  const receiver = await startReceiver();
  try {
    const { secret } = await createEndpoint(s.app, s.key, receiver.url, ['response.created']);
    const tag = randomUUID().slice(0, 8);
    const load = await sentInvitations(rt, s, answers, `hook-load-${tag}`);
    const probeTokens = await sentInvitations(rt, s, 1000, `hook-probe-${tag}`);
    const contactOf = new Map(
      (
        await rowsOf<{ id: string; external_id: string }>(
          rt,
          sql`select id, external_id from contacts where organization_id = ${s.orgId} and external_id like ${`hook-probe-${tag}-%`}`,
        )
      ).map((r) => [r.external_id, r.id]),
    );
    await rt.deps.db.execute(sql`analyze feedback_items, survey_responses, survey_invitations, contacts`);
    const verifier = new Webhook(secret);
    const latencies: number[] = [];
    let unverified = 0;
    let timeouts = 0;
    await rt.queue.startWorkers(rt.jobContext);
    try {
      let loadDone = false;
      const running = cannon(
        s.base,
        load.map((t, i) => [`/s/${t}`, JSON.stringify({ q_nps: i % 11 })] as const),
        CONNECTIONS,
      ).finally(() => (loadDone = true));
      for (let i = 0; !loadDone; i++) {
        const token = probeTokens[i];
        const contactId = contactOf.get(`hook-probe-${tag}-${i}`);
        if (!token || !contactId) throw new Error('out of probe invitations: raise their number');
        const res = await fetch(`${s.base}/s/${token}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify({ q_nps: 3 }),
        });
        if (res.status !== 200) throw new Error(`probe answer: ${res.status}`);
        const t0 = performance.now();
        let got = receiver.byContact.get(contactId);
        while (!got && performance.now() - t0 < PROBE_TIMEOUT_MS) {
          await sleep(5);
          got = receiver.byContact.get(contactId);
        }
        if (!got) {
          timeouts += 1;
          latencies.push(PROBE_TIMEOUT_MS);
          continue;
        }
        latencies.push(got.at - t0);
        try {
          verifier.verify(got.body, got.headers as Record<string, string>);
        } catch {
          unverified += 1;
        }
        await sleep(50);
      }
      const result = await running;
      const sorted = [...latencies].sort((a, b) => a - b);
      const p99 = percentile(sorted, 99);
      console.log(
        `[${label}] webhooks: answer 2xx → signed response.created received: p50 ${percentile(sorted, 50).toFixed(0)} ms, p99 ${p99.toFixed(0)} ms over ${sorted.length} probes while ${perSecond(result).toFixed(0)} answers/s ran (${result['2xx']} ok, ${result.non2xx + result.errors} failed), every answer a webhook; ${unverified} failed verification, ${timeouts} timed out (target p99 ≤ 2000 ms) → ${p99 <= 2000 && unverified === 0 ? 'ok' : 'SLOW'}`,
      );
      const failedJobs = await countOf(
        rt,
        sql`select count(*)::int as n from pgboss.job where name in ('stage.webhooks', 'webhooks.attempt') and state = 'failed'`,
      );
      if (failedJobs > 0) console.log(`[${label}] webhooks: ${failedJobs} failed stage or attempt jobs`);
    } finally {
      await rt.queue.stopWorkers();
    }
  } finally {
    await receiver.close();
    await s.app.close();
  }
}

/** BENCH_WEBHOOKS=deliveries|peak measures one part alone. */
export async function webhooksBench(rt: Runtime, label: string): Promise<void> {
  const only = process.env.BENCH_WEBHOOKS;
  if (!only || only === 'deliveries') await deliveriesPerSecond(rt, label);
  if (!only || only === 'peak') await answerToWebhook(rt, label);
}
