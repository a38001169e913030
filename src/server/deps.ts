import type { Auth } from './auth/auth.js';
import type { Config } from './config.js';
import type { Database, Db } from './db/client.js';
import type { SendMail } from './email/mail.js';
import type { Enqueue, EnqueueMany, EnqueueStageBatches } from './pipeline/catalog.js';
import type { StageMeter } from './pipeline/stage-meter.js';
import type { Stage } from './pipeline/stage.js';
import type { Logger } from './logger.js';
import type { OutboundHttp } from './net/post-to-checked-address.js';
import type { Embedder } from '../domain/text/discover-themes.js';

/** Everything routes hand to services. Services take the parts they need, never Fastify. */
export interface AppDeps {
  config: Config;
  database: Database;
  db: Db;
  auth: Auth;
  enqueue: Enqueue;
  /** Many jobs of one name in one statement (a replay's thousands of deliveries). */
  enqueueMany: EnqueueMany;
  sendMail: SendMail;
  /** Whether the instance delivers mail (SMTP configured): mails written in a transaction are queued for delivery, else kept in the outbox. */
  hasSmtp: boolean;
  logger: Logger;
  now: () => Date;
  /** The pipeline's per-stage figures, for /metrics. */
  stageMeter: StageMeter;
  /** The registered pipeline stages, and how to queue a batch for one (replays). */
  stages: readonly Stage[];
  enqueueStageBatches: EnqueueStageBatches;
  /** Requests to addresses someone else chose (webhooks): the address policy, the resolver, the timeout. */
  outbound: OutboundHttp;
  /** Word vectors for theme discovery (TEXT_EMBEDDINGS_DIR); absent: grouping by words alone. */
  embedder?: Embedder | null;
}
