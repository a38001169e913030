import { createHash, randomBytes } from 'node:crypto';

export const API_KEY_PREFIX = 'rsn_';

/** 32 random bytes: 256 bits, so a plain SHA-256 digest is a safe thing to store. */
export function generateApiKey(): string {
  return API_KEY_PREFIX + randomBytes(32).toString('base64url');
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** What lists show: enough to tell keys apart, far too little to use. */
export function keyStart(key: string): string {
  return key.slice(0, API_KEY_PREFIX.length + 6);
}
