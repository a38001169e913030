import type { Auth } from './auth/auth.js';
import type { Config } from './config.js';
import type { Database, Db } from './db/client.js';
import type { SendMail } from './email/mail.js';
import type { Enqueue } from './jobs/queue.js';
import type { Logger } from './logger.js';

/** Everything routes hand to services. Services take the parts they need, never Fastify. */
export interface AppDeps {
  config: Config;
  database: Database;
  db: Db;
  auth: Auth;
  enqueue: Enqueue;
  sendMail: SendMail;
  logger: Logger;
  now: () => Date;
}
