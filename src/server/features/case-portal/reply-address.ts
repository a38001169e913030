import { caseIdFromToken } from '../cases/case-token.js';

/**
 * The case a reply address names: `case+<token>@<domain>` with a token signed by this instance,
 * else null. The domain is compared without regard to case (DNS ignores it); the token is
 * base64url and must arrive as written.
 */
export function caseIdFromReplyAddress(address: string, domain: string, secret: string): string | null {
  const at = address.lastIndexOf('@');
  if (at < 0 || address.slice(at + 1).toLowerCase() !== domain.toLowerCase()) return null;
  const local = address.slice(0, at);
  if (!local.toLowerCase().startsWith('case+')) return null;
  return caseIdFromToken(secret, local.slice('case+'.length));
}
