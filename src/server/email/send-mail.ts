import type { Db } from '../db/client.js';
import { insertEmail } from '../features/email/email.repo.js';
import type { Enqueue } from '../pipeline/catalog.js';
import type { SendMail } from './mail.js';

/**
 * Writes the mail as a row, then hands delivery to the `email.deliver` job (retries with
 * backoff). Without SMTP the row stays in the outbox, readable in the dashboard.
 */
export function createSendMail(deps: { db: Db; enqueue: Enqueue; hasSmtp: boolean }): SendMail {
  return async (mail) => {
    const id = await insertEmail(deps.db, mail, deps.hasSmtp ? 'queued' : 'outbox');
    if (deps.hasSmtp) await deps.enqueue('email.deliver', { messageId: id });
  };
}
