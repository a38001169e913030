import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from './config.js';
import { buildApp } from './app.js';
import { bootstrapFromConfig } from './features/organizations/bootstrap.service.js';
import { createLogger } from './logger.js';
import { createRuntime } from './runtime.js';

type Role = 'all' | 'web' | 'worker';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { role: { type: 'string', default: 'all' } } });
  const role = values.role as Role;
  if (!['all', 'web', 'worker'].includes(role))
    throw new ConfigError(`--role must be all, web or worker (got "${values.role}")`);

  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  if (!config.DATABASE_URL && role !== 'all') {
    logger.warn(
      'the embedded database serves one process; --role web/worker is meant for PostgreSQL (DATABASE_URL)',
    );
  }
  const runtime = await createRuntime(config, { logger });
  const outcome = await bootstrapFromConfig(runtime.deps, config);
  if (outcome === 'created') logger.info('bootstrap: owner, organization and key created');

  const app = role === 'worker' ? null : await buildApp(runtime.deps);
  if (role !== 'web') {
    await runtime.queue.startWorkers(runtime.jobContext);
    const inboundPort = await runtime.startInboundMail();
    if (inboundPort !== null)
      logger.info({ port: inboundPort }, 'inbound SMTP for case replies is listening');
  }
  if (app) await app.listen({ port: config.PORT, host: config.HOST });
  logger.info({ role, database: runtime.deps.database.kind, url: config.publicUrl }, 'Resonance is running');
  // The logs are JSON for machines; a person starting Resonance needs one plain line: the
  // address to open (PUBLIC_URL), the one sign-in and sign-up are accepted from.
  if (app) process.stdout.write(`Resonance is ready: open ${config.publicUrl}\n`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await app?.close();
    await runtime.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\n`);
    process.exit(78);
  }
  process.stderr.write(
    `Resonance failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exit(1);
});
