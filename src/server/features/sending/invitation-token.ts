import { createHash, createHmac } from 'node:crypto';

/**
 * An invitation's token is an HMAC of its id under the instance secret: unguessable (256 bits
 * an attacker cannot compute without AUTH_SECRET), never stored, and the same every time it is
 * derived, so the reminder can carry the links of the first mail. Only its SHA-256 is stored,
 * for the lookup; a database leak reveals no working link.
 */
export function invitationToken(secret: string, invitationId: string): string {
  return createHmac('sha256', secret).update(`survey-invitation:${invitationId}`).digest('base64url');
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** 43 base64url characters: anything else is refused before it reaches the database. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** Suppression entries hold only this hash of the lower-cased address. */
export function emailHash(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
}
