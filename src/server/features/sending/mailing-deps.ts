import type { Db } from '../../db/client.js';
import type { MailTransport } from '../../email/transport.js';
import type { Enqueue, EnqueueMany } from '../../pipeline/catalog.js';
import type { Logger } from '../../logger.js';

/** What the mailing sweeps (dispatch, follow-ups, the digest) need: the job context's parts. */
export interface MailingDeps {
  db: Db;
  now: () => Date;
  enqueue: Enqueue;
  enqueueMany: EnqueueMany;
  logger: Logger;
  config: { publicUrl: string; authSecret: string; MAIL_FROM: string };
  /** Whether mail goes out over SMTP; without it mails stay in the outbox. */
  hasSmtp: boolean;
  /** The instance's SMTP transport (null without one; organizations' own servers are looked up per mail). */
  transport: MailTransport | null;
}
