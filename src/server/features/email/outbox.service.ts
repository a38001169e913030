import type { Db } from '../../db/client.js';
import { listOrgEmails } from './email.repo.js';

export function listOutbox(deps: { db: Db }, organizationId: string) {
  return listOrgEmails(deps.db, organizationId, 100);
}
