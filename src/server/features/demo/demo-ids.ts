import { createHash } from 'node:crypto';

/**
 * A row id derived from the organization and the demo's own stable key (a UUID in the version 8
 * layout: hash bits, with the version and variant set). Derived rather than random so an answer's
 * feedback item can carry its invitation's id (`inv:<id>`) before either is written, and so a
 * second fill of the same organization names the same rows and skips them instead of
 * duplicating them. The organization is part of the hash: two organizations never share an id.
 */
export function demoRowId(organizationId: string, kind: string, key: string): string {
  const hex = createHash('sha256').update(`${organizationId}\u0000${kind}\u0000${key}`).digest('hex');
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
