import type { Db } from '../../db/client.js';
import { insertEmail } from '../email/email.repo.js';
import * as repo from './invitations.repo.js';
import type { MailingDeps } from './mailing-deps.js';
import type { SendingSettingsRow } from './throttle.repo.js';

/** Thrown inside the transaction to roll the mail back when its state change lost a race. */
class LostRace extends Error {}

/** Writes a survey mail and, in the same transaction, the state change it stands for; delivery is queued after commit. */
export async function writeMailWith(
  deps: MailingDeps,
  mail: Parameters<typeof insertEmail>[1],
  settings: Pick<SendingSettingsRow, 'smtpUrlEncrypted'>,
  change: (tx: Db, messageId: string) => Promise<boolean>,
): Promise<boolean> {
  // The organization's own SMTP server delivers even where the instance has none.
  const viaSmtp = deps.hasSmtp || settings.smtpUrlEncrypted !== null;
  const messageId = await repo
    .inTransaction(deps.db, async (tx) => {
      const id = await insertEmail(tx, mail, viaSmtp ? 'queued' : 'outbox');
      // Lost a race (another worker got there first): roll the mail back with the change.
      if (!(await change(tx, id))) throw new LostRace();
      return id;
    })
    .catch((err: unknown) => {
      if (err instanceof LostRace) return null;
      throw err;
    });
  if (messageId === null) return false;
  if (viaSmtp) await deps.enqueue('email.deliver', { messageId });
  return true;
}
