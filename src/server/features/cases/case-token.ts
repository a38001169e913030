import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The customer's link to their case (`/c/<token>`): the case id and an HMAC of it under the
 * instance secret, so the link works without a stored secret and cannot be made for another
 * case. It opens the case page only; every action there is a POST.
 */
export function caseToken(secret: string, caseId: string): string {
  const id = Buffer.from(caseId.replace(/-/g, ''), 'hex').toString('base64url');
  return `${id}.${mac(secret, caseId)}`;
}

function mac(secret: string, caseId: string): string {
  return createHmac('sha256', secret).update(`case:${caseId}`).digest('base64url').slice(0, 32);
}

export const CASE_TOKEN_PATTERN = /^[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{32}$/;

/** The case id a token stands for, or null when it was not made with this secret. */
export function caseIdFromToken(secret: string, token: string): string | null {
  if (!CASE_TOKEN_PATTERN.test(token)) return null;
  const [idPart = '', sig = ''] = token.split('.');
  const hex = Buffer.from(idPart, 'base64url').toString('hex');
  if (hex.length !== 32) return null;
  const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  const expected = Buffer.from(mac(secret, id));
  const given = Buffer.from(sig);
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
}
