/**
 * A worker process for the pipeline's crash test: the real runtime and queue on DATABASE_URL with
 * one slow stage that logs each event it is handed into `crash_stage_log` inside its transaction
 * and then waits a second before committing, so a `kill -9` lands in the middle of a batch.
 */
import { sql } from 'drizzle-orm';
import { loadConfig } from '../../src/server/config.js';
import { createLogger } from '../../src/server/logger.js';
import { defineStage } from '../../src/server/pipeline/stage.js';
import { createRuntime } from '../../src/server/runtime.js';

const slow = defineStage({
  name: 'crash-test',
  consumes: ['item.created'],
  batchSize: 25,
  retryDelaySeconds: 1,
  async handle(organizationId, events, ctx) {
    for (const e of events)
      await ctx.db.execute(
        sql`insert into crash_stage_log (subject_id, version, pid) values (${e.subjectId}, ${e.version}, ${process.pid})`,
      );
    await new Promise((r) => setTimeout(r, 1000));
  },
});

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required');
const rt = await createRuntime(loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'silent' }), {
  logger: createLogger('silent'),
  transport: null,
  stages: [slow],
  skipMigrations: true,
});
await rt.queue.startWorkers(rt.jobContext);
process.stdout.write('worker ready\n');
