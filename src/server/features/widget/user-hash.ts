import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** The purpose the widget secret is sealed under (see `sending/secret-box.ts`). */
export const WIDGET_SECRET_PURPOSE = 'org-widget-identity-secret';

/** 256 random bits; the prefix tells it apart from the public widget key (`wk_`) at a glance. */
export const newWidgetSecret = (): string => `ws_${randomBytes(32).toString('base64url')}`;

/** What the host site's server computes for a visitor: HMAC-SHA256 of the external id under the widget secret, hex. */
export function userHashOf(secret: string, externalId: string): string {
  return createHmac('sha256', secret).update(externalId, 'utf8').digest('hex');
}

/** Compared in constant time, so response times do not lead an attacker to the right hash digit by digit. */
export function isValidUserHash(secret: string, externalId: string, given: string): boolean {
  const expected = Buffer.from(userHashOf(secret, externalId), 'hex');
  const actual = Buffer.from(given, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
