import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/helpers/build-test-app.js';
import { createLogger } from '../logger.js';
import { createJobQueue } from './queue.js';
import { JOBS } from './registry.js';

/** pg-boss's own default: a job whose worker died stayed active this long before it was retried. */
const PG_BOSS_DEFAULT_EXPIRY = 15 * 60;

describe('what a dead worker holds', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('every queue needs heartbeats, so a job whose worker died is retried without waiting for its expiry', async () => {
    for (const job of JOBS) {
      const queue = await t.runtime.queue.boss.getQueue(job.name);
      expect(queue?.heartbeatSeconds, job.name).toBeGreaterThanOrEqual(10);
      // The heartbeat is the shorter bound: a live worker refreshes it, a dead one stops.
      expect(queue?.heartbeatSeconds ?? Infinity, job.name).toBeLessThan(queue?.expireInSeconds ?? 0);
    }
  });

  it('the expiry is sized to the work: the feedback announcement and a delivery expire well before pg-boss’s 15 minutes', async () => {
    for (const name of ['stage.rollups', 'email.deliver']) {
      const queue = await t.runtime.queue.boss.getQueue(name);
      expect(queue?.expireInSeconds, name).toBeLessThan(PG_BOSS_DEFAULT_EXPIRY);
    }
  });

  it('a job claimed by a worker that then dies carries the heartbeat and the expiry', async () => {
    const { boss } = t.runtime.queue;
    const id = await boss.send('stage.rollups', {
      organizationId: 'org',
      events: [
        {
          seq: 1,
          topic: 'item.created',
          subjectId: '00000000-0000-4000-8000-000000000000',
          version: 1,
          at: new Date().toISOString(),
        },
      ],
    });
    // A worker claims it and is never heard of again: no completion, no heartbeat.
    const [claimed] = await boss.fetch('stage.rollups', { batchSize: 1 });
    expect(claimed?.id).toBe(id);
    const [row] = await boss.findJobs('stage.rollups', { id: id ?? '' });
    expect(row?.state).toBe('active');
    expect(row?.heartbeatSeconds).toBeGreaterThanOrEqual(10);
    expect(row?.expireInSeconds).toBeLessThan(PG_BOSS_DEFAULT_EXPIRY);
  });

  it('an installation whose queues were made with pg-boss’s defaults gets the new settings at the next start', async () => {
    const { boss } = t.runtime.queue;
    await boss.updateQueue('stage.rollups', {
      expireInSeconds: PG_BOSS_DEFAULT_EXPIRY,
      heartbeatSeconds: null as unknown as number,
    });
    expect((await boss.getQueue('stage.rollups'))?.heartbeatSeconds).toBeNull();
    const again = await createJobQueue(
      t.runtime.deps.database,
      createLogger('silent'),
      t.runtime.deps.stages,
    );
    try {
      const queue = await again.boss.getQueue('stage.rollups');
      expect(queue?.heartbeatSeconds).toBeGreaterThanOrEqual(10);
      expect(queue?.expireInSeconds).toBeLessThan(PG_BOSS_DEFAULT_EXPIRY);
    } finally {
      await again.stop();
    }
  });
});
