import type { Db } from '../../db/client.js';
import type { Enqueue } from '../../pipeline/catalog.js';

/**
 * What a change to a case needs inside its transaction: the handle, one `now` for every event
 * it writes, and the mails it wrote (delivered once the transaction has committed, never for a
 * rolled-back change).
 */
export interface CaseTx {
  db: Db;
  now: Date;
  publicUrl: string;
  /** Written as queued (delivered by jobs) when the instance has SMTP, else left in the outbox. */
  hasSmtp: boolean;
  mailIds: string[];
  /** Notify in the app only (the demo's generated history mails nobody). */
  isQuiet?: boolean;
}

/** Queues delivery of the mails a committed change wrote, a hundred per job. */
export async function deliverCaseMails(
  enqueue: Enqueue,
  cx: Pick<CaseTx, 'mailIds' | 'hasSmtp'>,
): Promise<void> {
  if (!cx.hasSmtp) return;
  for (let i = 0; i < cx.mailIds.length; i += 100)
    await enqueue('email.deliver', { messageIds: cx.mailIds.slice(i, i + 100) });
}
