import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TWebhookDelivery, TWebhookEndpoint } from '../../src/shared/contracts/webhooks.js';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.js';
import { stubOutbound } from '../helpers/outbound-stub.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const MARKER = '<!-- webhook-receiver-example:';

/** The README's receiver example, byte for byte: the ```ts block after its marker. */
function readmeReceiverExample(readme: string): string {
  const at = readme.indexOf(MARKER);
  if (at < 0) throw new Error('README.md has no webhook receiver example marker');
  const block = /```ts\n([\s\S]*?)\n```/.exec(readme.slice(at));
  if (!block?.[1]) throw new Error('no ```ts block after the marker');
  return `${block[1]}\n`;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/**
 * Runs the README's webhook receiver as it is written (copied out of README.md into a file and
 * started with tsx) and lets the real app deliver to it: a signed test event is accepted and
 * printed, the same webhook-id sent again is answered but not handled twice, and a request with a
 * forged signature gets 400. Changing the example in the README changes what this test runs.
 */
describe('the README webhook receiver example', () => {
  // Inside the repository, so `standardwebhooks` resolves from its node_modules.
  const dir = `${ROOT}.test-cache/readme-receiver-${process.pid}`;
  const net = stubOutbound();
  let t: TestApp;
  let cookie: string;
  let child: ChildProcess | undefined;
  let output = '';
  let port: number;
  let endpoint: TWebhookEndpoint;

  async function waitFor(ok: () => boolean, what: string): Promise<void> {
    const deadline = Date.now() + 20_000;
    while (!ok()) {
      if (child && child.exitCode !== null)
        throw new Error(`the example exited (${child.exitCode}):\n${output}`);
      if (Date.now() > deadline) throw new Error(`waited in vain for ${what}:\n${output}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** The endpoint's log once `n` deliveries are there and none is pending. */
  async function settledLog(n: number): Promise<TWebhookDelivery[]> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const res = await t.request({
        method: 'GET',
        url: `/api/v1/webhooks/${endpoint.id}/deliveries`,
        as: { cookie },
      });
      const log = (res.json() as { deliveries: TWebhookDelivery[] }).deliveries;
      if (log.length >= n && log.every((d) => d.status !== 'pending')) return log;
      if (Date.now() > deadline) throw new Error(`deliveries still pending: ${JSON.stringify(log)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  beforeAll(async () => {
    // Loopback is where the example listens; the operator allows it as they would an intranet.
    t = await buildTestApp({
      env: { WEBHOOK_ALLOWED_NETWORKS: '127.0.0.0/8' },
      outbound: net.outbound,
      workers: true,
    });
    ({ cookie } = await t.signUp({ name: 'Readme Owner' }));
    await t.createOrg(cookie, 'Readme');
    port = await freePort();
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/webhooks',
      payload: { url: `http://127.0.0.1:${port}/hooks`, eventTypes: ['case.created'] },
      as: { cookie },
    });
    expect(created.statusCode, created.body).toBe(201);
    const made = created.json() as { endpoint: TWebhookEndpoint; secret: string };
    endpoint = made.endpoint;

    mkdirSync(dir, { recursive: true });
    const file = `${dir}/receiver.ts`;
    writeFileSync(file, readmeReceiverExample(readFileSync(`${ROOT}README.md`, 'utf8')));
    child = spawn(process.execPath, ['--import', 'tsx', file], {
      cwd: ROOT,
      env: { ...process.env, WEBHOOK_SECRET: made.secret, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    await waitFor(() => output.includes(`listening on ${port}`), 'the example to listen');
  });
  afterAll(async () => {
    child?.kill('SIGTERM');
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
    expect(net.violations).toEqual([]);
  });

  it('accepts and prints a signed delivery, and answers the same webhook-id again without handling it twice', async () => {
    const sent = await t.request({
      method: 'POST',
      url: `/api/v1/webhooks/${endpoint.id}/test`,
      as: { cookie },
    });
    expect(sent.statusCode, sent.body).toBe(202);
    const { messageId, id } = sent.json() as TWebhookDelivery;
    await waitFor(() => output.includes(`webhook.test ${messageId} `), 'the example to print the event');
    const line = output.split('\n').find((l) => l.startsWith(`webhook.test ${messageId} `)) ?? '';
    expect(JSON.parse(line.slice(`webhook.test ${messageId} `.length))).toMatchObject({
      endpointId: endpoint.id,
    });
    const [first] = await settledLog(1);
    expect(first).toMatchObject({ status: 'delivered', attemptLog: [{ statusCode: 204 }] });

    const again = await t.request({
      method: 'POST',
      url: `/api/v1/webhooks/${endpoint.id}/deliveries/${id}/redeliver`,
      as: { cookie },
    });
    expect(again.statusCode, again.body).toBe(202);
    const log = await settledLog(2);
    expect(log.map((d) => [d.messageId, d.status, d.attemptLog[0]?.statusCode])).toEqual([
      [messageId, 'delivered', 204],
      [messageId, 'delivered', 204],
    ]);
    expect(output.split(messageId).length - 1).toBe(1);
  });

  it('refuses a request whose signature does not verify with 400, and handles nothing', async () => {
    const before = output;
    const body = JSON.stringify({ type: 'case.created', timestamp: new Date().toISOString(), data: {} });
    const res = await fetch(`http://127.0.0.1:${port}/hooks`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'webhook-id': 'msg_forged',
        'webhook-timestamp': String(Math.floor(Date.now() / 1000)),
        'webhook-signature': `v1,${Buffer.alloc(32).toString('base64')}`,
      },
      body,
    });
    expect(res.status).toBe(400);
    expect(output).toBe(before);
  });
});
