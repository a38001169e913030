/** True when `email` is at `domain` or one of its subdomains (case-insensitive). */
export function emailMatchesDomain(email: string, domain: string): boolean {
  const at = email.lastIndexOf('@');
  if (at < 0) return false;
  const host = email
    .slice(at + 1)
    .trim()
    .toLowerCase();
  const d = domain.trim().toLowerCase();
  return host.length > 0 && d.length > 0 && (host === d || host.endsWith(`.${d}`));
}
