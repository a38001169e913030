import type { Db } from '../../db/client.js';
import { emailHash } from './invitation-token.js';
import { markBouncedByMessage, markDeliveredByMessages } from './invitations.repo.js';
import { addSuppression } from './throttle.repo.js';

/** The receiving server accepted these survey mails (the funnel's "delivered"). */
export async function recordDeliveries(db: Db, messageIds: readonly string[], at: Date): Promise<void> {
  await markDeliveredByMessages(db, messageIds, at);
}

/** A permanent SMTP failure: the invitation bounced and its address goes on the suppression list. */
export async function recordBounce(db: Db, messageId: string, at: Date): Promise<void> {
  const bounced = await markBouncedByMessage(db, messageId, at);
  if (bounced) await addSuppression(db, bounced.organizationId, emailHash(bounced.toAddress), 'bounced');
}
