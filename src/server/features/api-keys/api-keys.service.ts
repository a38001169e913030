import type { Db } from '../../db/client.js';
import { isUniqueViolation } from '../../db/pg-errors.js';
import { AppError, notFound } from '../../common/app-error.js';
import { generateApiKey, hashApiKey, keyStart } from './api-key-secret.js';
import * as repo from './api-keys.repo.js';

export interface ApiKeyDeps {
  db: Db;
  now: () => Date;
}

/** Creates a key and returns it in full: the only time anyone sees it. */
export async function createApiKey(
  deps: ApiKeyDeps,
  input: { organizationId: string; name: string; createdByUserId: string | null; key?: string },
) {
  const key = input.key ?? generateApiKey();
  try {
    const row = await repo.insertApiKey(deps.db, {
      organizationId: input.organizationId,
      name: input.name,
      start: keyStart(key),
      keyHash: hashApiKey(key),
      createdByUserId: input.createdByUserId,
    });
    return { ...row, key };
  } catch (err) {
    if (isUniqueViolation(err))
      throw new AppError('CONFLICT', 'This key already exists', [
        { field: 'key', message: 'already in use' },
      ]);
    throw err;
  }
}

export function listApiKeys(deps: ApiKeyDeps, organizationId: string) {
  return repo.listApiKeys(deps.db, organizationId);
}

export async function revokeApiKey(deps: ApiKeyDeps, organizationId: string, id: string): Promise<void> {
  const revoked = await repo.revokeApiKey(deps.db, organizationId, id, deps.now());
  if (revoked) return;
  if (await repo.apiKeyExists(deps.db, organizationId, id)) return; // already revoked: idempotent
  throw notFound('API key');
}

/** Last-used is written at most once a minute per key so busy integrations don't write on every call. */
const TOUCH_INTERVAL_MS = 60_000;

export async function verifyApiKey(
  deps: ApiKeyDeps,
  key: string,
): Promise<{ keyId: string; organizationId: string } | null> {
  const row = await repo.findActiveKeyByHash(deps.db, hashApiKey(key));
  if (!row) return null;
  const now = deps.now();
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
    await repo.touchApiKey(deps.db, row.id, now);
  }
  return { keyId: row.id, organizationId: row.organizationId };
}
