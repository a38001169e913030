import type { Db } from '../../db/client.js';
import { emailHash } from './invitation-token.js';
import { markBouncedByMessage, markDeliveredByMessage } from './invitations.repo.js';
import { addSuppression } from './throttle.repo.js';

/** The receiving server accepted the invitation (the funnel's "delivered"). */
export async function recordDelivery(db: Db, messageId: string, at: Date): Promise<void> {
  await markDeliveredByMessage(db, messageId, at);
}

/** A permanent SMTP failure: the invitation bounced and its address goes on the suppression list. */
export async function recordBounce(db: Db, messageId: string, at: Date): Promise<void> {
  const bounced = await markBouncedByMessage(db, messageId, at);
  if (bounced) await addSuppression(db, bounced.organizationId, emailHash(bounced.toAddress), 'bounced');
}
