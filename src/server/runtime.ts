import type { PGlite } from '@electric-sql/pglite';
import { createAuth } from './auth/auth.js';
import type { Config } from './config.js';
import { openDatabase } from './db/client.js';
import { migrate } from './db/migrate.js';
import type { AppDeps } from './deps.js';
import { createSendMail } from './email/send-mail.js';
import { createSmtpTransport, type MailTransport } from './email/transport.js';
import { resolveAuthSecret } from './features/instance/auth-secret.js';
import type { JobContext } from './jobs/job.js';
import { createJobQueue, type JobQueue } from './jobs/queue.js';
import { STAGES } from './jobs/registry.js';
import { loadWordVectorEmbedder } from './text/word-vector-embedder.js';
import { createStageMeter, type StageMeter } from './pipeline/stage-meter.js';
import type { Stage } from './pipeline/stage.js';
import { createLogger, type Logger } from './logger.js';
import { outboundAddressPolicy, systemResolver } from './net/outbound-address-policy.js';
import type { OutboundHttp } from './net/post-to-checked-address.js';
import type { RandomSource } from '../domain/webhooks/retry-schedule.js';
import { closeOrgTransports } from './features/sending/org-transport.service.js';
import { assignPlanToOrganizationsWithout } from './features/organizations/organizations.service.js';
import { insertOrgSettings } from './features/organizations/organizations.repo.js';
import { insertEmail } from './features/email/email.repo.js';
import { ssoSignInHook } from './features/sso/sso-auth-hooks.js';
import {
  startInboundMailReceiver,
  type InboundReceiver,
} from './features/case-portal/inbound-mail-receiver.js';

export interface Runtime {
  deps: AppDeps;
  queue: JobQueue;
  transport: MailTransport | null;
  jobContext: JobContext;
  /** The pipeline's per-stage figures (registered on /metrics by the app). */
  stageMeter: StageMeter;
  /**
   * Starts the inbound SMTP receiver for case replies when INBOUND_SMTP_PORT is set (the worker
   * role calls it); resolves with the port it listens on, or null when it is off. `close` stops it.
   */
  startInboundMail(): Promise<number | null>;
  close(): Promise<void>;
}

/** Standard Webhooks recommends 15 to 30 s for a receiver to answer. */
const WEBHOOK_TIMEOUT_MS = 15_000;

export interface RuntimeOptions {
  logger?: Logger;
  pglite?: PGlite;
  now?: () => Date;
  /** Replaces the SMTP transport built from SMTP_URL (tests point it at their own peer). */
  transport?: MailTransport | null;
  signInPerMinute?: number;
  skipMigrations?: boolean;
  /** The pipeline stages to run (default: every registered stage); tests add throw-away ones. */
  stages?: readonly Stage[];
  /** Replaces parts of the outbound HTTP setup (tests stub the resolver and refuse non-loopback connections). */
  outbound?: Partial<OutboundHttp>;
  /** Jitter source of retry schedules (default Math.random). */
  random?: RandomSource;
}

/** Wires config → database → migrations → queue → mail → auth: shared by server, CLI and tests. */
export async function createRuntime(config: Config, opts: RuntimeOptions = {}): Promise<Runtime> {
  const logger = opts.logger ?? createLogger(config.LOG_LEVEL);
  const now = opts.now ?? (() => new Date());
  const database = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    onIdleError: (err) => logger.warn({ err }, 'idle database connection lost'),
    ...(opts.pglite ? { pglite: opts.pglite } : {}),
  });
  try {
    if (!opts.skipMigrations) await migrate(database);
    const secret = await resolveAuthSecret(database.db, config.authSecret);
    const assigned = await assignPlanToOrganizationsWithout(database.db, config.DEFAULT_PLAN, now());
    if (assigned > 0)
      logger.info(
        { organizations: assigned, planId: config.DEFAULT_PLAN },
        'organizations without a plan were put on DEFAULT_PLAN',
      );
    const stages = opts.stages ?? STAGES;
    const queue = await createJobQueue(database, logger, stages);
    const stageMeter = createStageMeter(
      database.db,
      stages.map((s) => s.name),
    );
    const transport =
      opts.transport !== undefined
        ? opts.transport
        : config.SMTP_URL
          ? createSmtpTransport(config.SMTP_URL)
          : null;
    const sendMail = createSendMail({
      storeMail: (mail, status) => insertEmail(database.db, mail, status),
      enqueue: queue.enqueue,
      hasSmtp: transport !== null,
    });
    const auth = createAuth({
      db: database.db,
      secret,
      publicUrl: config.publicUrl,
      browserOrigins: config.browserOrigins,
      sendMail,
      signupEnabled: config.SIGNUP_ENABLED,
      logger,
      onOrganizationCreated: (organizationId) =>
        insertOrgSettings(database.db, organizationId, config.DEFAULT_PLAN, new Date()),
      afterEndpoint: ssoSignInHook,
      internalIdpOrigins: config.SSO_INTERNAL_IDP_ORIGINS,
      ...(opts.signInPerMinute ? { signInPerMinute: opts.signInPerMinute } : {}),
    });
    const outbound: OutboundHttp = {
      policy: outboundAddressPolicy(config.WEBHOOK_ALLOWED_NETWORKS),
      resolve: systemResolver,
      timeoutMs: WEBHOOK_TIMEOUT_MS,
      ...opts.outbound,
    };
    const deps: AppDeps = {
      config: { ...config, authSecret: secret },
      database,
      db: database.db,
      auth,
      enqueue: queue.enqueue,
      enqueueMany: queue.enqueueMany,
      sendMail,
      hasSmtp: transport !== null,
      logger,
      now,
      stageMeter,
      stages,
      enqueueStageBatches: queue.enqueueStageBatches,
      outbound,
      embedder: config.TEXT_EMBEDDINGS_DIR ? await loadWordVectorEmbedder(config.TEXT_EMBEDDINGS_DIR) : null,
    };
    const jobContext: JobContext = {
      db: database.db,
      logger,
      config: deps.config,
      transport,
      now,
      enqueue: queue.enqueue,
      enqueueMany: queue.enqueueMany,
      stages,
      enqueueStageBatches: queue.enqueueStageBatches,
      meter: stageMeter,
      outbound,
      random: opts.random ?? Math.random,
    };
    let inbound: InboundReceiver | null = null;
    return {
      deps,
      queue,
      transport,
      jobContext,
      stageMeter,
      async startInboundMail() {
        const port = config.INBOUND_SMTP_PORT;
        const domain = config.INBOUND_MAIL_DOMAIN;
        if (port === undefined || domain === undefined) return null;
        inbound ??= await startInboundMailReceiver(deps, { port, host: config.HOST, domain });
        return inbound.port;
      },
      async close() {
        await inbound?.close();
        await queue.stop();
        transport?.close();
        closeOrgTransports();
        await database.close();
      },
    };
  } catch (err) {
    await database.close();
    throw err;
  }
}
