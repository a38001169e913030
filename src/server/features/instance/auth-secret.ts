import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/client.js';
import { getOrInsertInstanceSetting } from './instance.repo.js';

/**
 * Without AUTH_SECRET, a random secret is generated once and kept in the database, so sessions
 * survive restarts and every web node signs cookies alike. Production may still set AUTH_SECRET.
 */
export function resolveAuthSecret(db: Db, configured: string): Promise<string> {
  if (configured) return Promise.resolve(configured);
  return getOrInsertInstanceSetting(db, 'auth.secret', randomBytes(32).toString('base64url'));
}
