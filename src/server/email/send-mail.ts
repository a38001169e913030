import type { Enqueue } from '../pipeline/catalog.js';
import type { OutgoingMail, SendMail } from './mail.js';

/**
 * Writes a mail as a row in the given state and returns its id: features/email/email.repo.ts
 * `insertEmail`, bound to the database by runtime.ts (the mail layer imports no feature).
 */
export type StoreMail = (mail: OutgoingMail, status: 'queued' | 'outbox') => Promise<string>;

/**
 * Writes the mail as a row, then hands delivery to the `email.deliver` job (retries with
 * backoff). Without SMTP the row stays in the outbox, readable in the dashboard.
 */
export function createSendMail(deps: { storeMail: StoreMail; enqueue: Enqueue; hasSmtp: boolean }): SendMail {
  return async (mail) => {
    const id = await deps.storeMail(mail, deps.hasSmtp ? 'queued' : 'outbox');
    if (deps.hasSmtp) await deps.enqueue('email.deliver', { messageId: id });
  };
}
