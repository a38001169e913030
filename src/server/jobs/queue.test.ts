import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { createRuntime, type Runtime } from '../runtime.js';
import { createPostgresTestDatabase, testDbKind } from '../../../test/helpers/test-database.js';
import { recipients, startSmtpPeer, type SmtpPeer } from '../../../test/helpers/smtp-peer.js';

/** A database that outlives one runtime: a PGlite data directory on disk, or a PostgreSQL database. */
async function durableDatabase(): Promise<{ env: Record<string, string>; drop(): Promise<void> }> {
  if (testDbKind() === 'postgres') {
    const db = await createPostgresTestDatabase(process.env.TEST_DATABASE_URL ?? '');
    return { env: { DATABASE_URL: db.url }, drop: db.drop };
  }
  const dir = mkdtempSync(`${tmpdir()}/resonance-queue-`);
  return { env: { DATA_DIR: dir }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

async function statusOf(runtime: Runtime, to: string) {
  const res = await runtime.deps.db.execute<{ status: string; attempts: number; last_error: string | null }>(
    sql`select status, attempts, last_error from email_messages where to_address = ${to}`,
  );
  return (res as unknown as { rows: { status: string; attempts: number; last_error: string | null }[] })
    .rows[0];
}

async function until<T>(probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('the durable job queue', () => {
  let smtp: SmtpPeer;
  let store: { env: Record<string, string>; drop(): Promise<void> };
  beforeAll(async () => {
    smtp = await startSmtpPeer();
    store = await durableDatabase();
  });
  afterAll(async () => {
    await smtp.close();
    await store.drop();
  });
  const config = () =>
    loadConfig({
      ...store.env,
      SMTP_URL: smtp.url,
      LOG_LEVEL: 'silent',
      PUBLIC_URL: 'http://resonance.test',
    });

  it('runs a job enqueued before a restart after it', async () => {
    // First life: a web-only process writes the mail and enqueues delivery, then stops.
    const web = await createRuntime(config(), { logger: createLogger('silent') });
    await web.deps.sendMail({
      to: 'restart@example.test',
      subject: 'before restart',
      text: 'hello',
      kind: 'test',
    });
    expect((await statusOf(web, 'restart@example.test'))?.status).toBe('queued');
    await web.close();
    expect(smtp.mails.some((m) => recipients(m).includes('restart@example.test'))).toBe(false);

    // Second life: a worker on the same database delivers it.
    const worker = await createRuntime(config(), { logger: createLogger('silent') });
    try {
      await worker.queue.startWorkers(worker.jobContext);
      const mail = await smtp.waitFor((m) => recipients(m).includes('restart@example.test'));
      expect(mail.subject).toBe('before restart');
      const row = await until(async () => {
        const r = await statusOf(worker, 'restart@example.test');
        return r?.status === 'sent' ? r : undefined;
      });
      expect(row.attempts).toBe(1);
    } finally {
      await worker.close();
    }
  });

  it('retries a transient SMTP failure with backoff and gives up at once on a permanent one', async () => {
    const rt = await createRuntime(config(), { logger: createLogger('silent') });
    try {
      await rt.queue.startWorkers(rt.jobContext);
      smtp.deferRecipient('later@example.test', 1);
      smtp.rejectRecipient('gone@example.test');
      await rt.deps.sendMail({ to: 'later@example.test', subject: 'transient', text: 'x', kind: 'test' });
      await rt.deps.sendMail({ to: 'gone@example.test', subject: 'permanent', text: 'x', kind: 'test' });

      const gone = await until(async () => {
        const r = await statusOf(rt, 'gone@example.test');
        return r?.status === 'failed' ? r : undefined;
      });
      expect(gone.attempts).toBe(1);
      expect(gone.last_error).toMatch(/550|unavailable/);

      const later = await until(async () => {
        const r = await statusOf(rt, 'later@example.test');
        return r && r.attempts >= 1 ? r : undefined;
      });
      expect(later.status).toBe('queued');
      expect(later.last_error).toMatch(/451|later/);
      // The failed attempt is scheduled again, not immediately: backoff puts it in the future.
      // The attempt is counted before pg-boss records the job's failure; wait for that too.
      const job = await until(async () => {
        const retry = await rt.deps.db.execute<{ state: string; delay_s: number }>(
          sql`select state, extract(epoch from (start_after - now()))::int as delay_s from pgboss.job where name = 'email.deliver' and data->>'messageId' = (select id::text from email_messages where to_address = 'later@example.test')`,
        );
        const row = (retry as unknown as { rows: { state: string; delay_s: number }[] }).rows[0];
        return row?.state === 'active' ? undefined : row;
      });
      expect(job?.state).toBe('retry');
      expect(job?.delay_s).toBeGreaterThan(5);
    } finally {
      await rt.close();
    }
  });

  it.skipIf(testDbKind() !== 'postgres')(
    'runs each job exactly once with two workers on one PostgreSQL',
    async () => {
      const a = await createRuntime(config(), { logger: createLogger('silent') });
      const b = await createRuntime(config(), { logger: createLogger('silent') });
      try {
        await Promise.all([a.queue.startWorkers(a.jobContext), b.queue.startWorkers(b.jobContext)]);
        const n = 40;
        for (let i = 0; i < n; i++)
          await (i % 2 ? a : b).deps.sendMail({
            to: `twice-${i}@example.test`,
            subject: `job ${i}`,
            text: 'x',
            kind: 'test',
          });
        await until(async () =>
          smtp.mails.filter((m) => /^job \d+$/.test(m.subject ?? '')).length >= n ? true : undefined,
        );
        await new Promise((r) => setTimeout(r, 1000));
        const subjects = smtp.mails.map((m) => m.subject ?? '').filter((s) => /^job \d+$/.test(s));
        expect(subjects).toHaveLength(n);
        expect(new Set(subjects).size).toBe(n);
        // Both workers registered the nightly schedule; pg-boss keeps it once.
        const schedules = await a.queue.boss.getSchedules('maintenance.auth-cleanup');
        expect(schedules).toHaveLength(1);
      } finally {
        await a.close();
        await b.close();
      }
    },
  );
});
