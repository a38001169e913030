import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { classifyHost } from '@better-auth/core/utils/host';
import { parseIpNetwork } from './ip-network.js';

/**
 * The one answer to "may the server connect there?" for every request the server makes to an
 * address someone else chose: webhook deliveries and OpenID discovery (SSRF defence).
 *
 * An address is judged by its special-purpose class (RFC 6890 and friends): only publicly
 * routable addresses pass — never loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7),
 * link-local (169.254/16 with the cloud metadata address, fe80::/10), shared CGNAT space
 * (100.64/10), unspecified, multicast, broadcast, documentation or reserved ranges, nor any of
 * them inside IPv4-mapped, 6to4, NAT64 or Teredo IPv6 — unless the operator allowed its network in
 * configuration. The classes are better-auth's `classifyHost`, the table the sso plugin applies
 * to the same IdP endpoints at sign-in, so our checks and the plugin's never disagree.
 *
 * A host name is judged by every address it resolves to, through a resolver the caller passes
 * (tests stub it); the caller must then connect to one of the returned addresses and not resolve
 * the name again, or a second answer could point elsewhere (DNS rebinding).
 */

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to all its addresses; rejects when it cannot. */
export type Resolver = (hostname: string) => Promise<readonly ResolvedAddress[]>;

export const systemResolver: Resolver = async (hostname) => {
  const found = await lookup(hostname, { all: true, verbatim: true });
  return found.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

export type AddressVerdict = { allowed: true } | { allowed: false; kind: string };

export type HostCheck =
  | { ok: true; addresses: ResolvedAddress[] }
  | { ok: false; reason: 'unresolvable' }
  | { ok: false; reason: 'refused'; address: string; kind: string };

export interface OutboundAddressPolicy {
  /** Networks the operator allows although they are not public (configuration). */
  readonly allowedNetworks: readonly string[];
  judge(address: string): AddressVerdict;
}

export function outboundAddressPolicy(allowedNetworks: readonly string[] = []): OutboundAddressPolicy {
  const allowed = new BlockList();
  for (const text of allowedNetworks) {
    const network = parseIpNetwork(text);
    if (!network) throw new Error(`not a network: ${text}`);
    allowed.addSubnet(network.address, network.prefix, network.family);
  }
  return {
    allowedNetworks,
    judge(address) {
      const ip = ipLiteral(address);
      if (ip === null) return { allowed: false, kind: 'not-an-address' };
      const { kind, literal, canonical } = classifyHost(ip);
      if (kind === 'public') return { allowed: true };
      // An IPv4-mapped IPv6 address is judged, and allowed, as the IPv4 address it carries.
      const isAllowed = literal === 'ipv4' ? allowed.check(canonical, 'ipv4') : allowed.check(ip, 'ipv6');
      return isAllowed ? { allowed: true } : { allowed: false, kind };
    },
  };
}

/** The address in a URL's host (`[::1]` → `::1`, zone dropped), or null for a name. */
export function ipLiteral(host: string): string | null {
  const bare = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  const unzoned = bare.includes('%') ? bare.slice(0, bare.indexOf('%')) : bare;
  return isIP(unzoned) === 0 ? null : unzoned;
}

/**
 * Every address `host` stands for, when the policy allows all of them. An address literal is
 * judged as it is; a name is resolved, and one refused address refuses the name (an attacker's
 * DNS may mix a public answer with an internal one).
 */
export async function checkHost(
  policy: OutboundAddressPolicy,
  host: string,
  resolve: Resolver,
): Promise<HostCheck> {
  const literal = ipLiteral(host);
  let addresses: ResolvedAddress[];
  if (literal !== null) {
    addresses = [{ address: literal, family: isIP(literal) === 6 ? 6 : 4 }];
  } else {
    try {
      addresses = [...(await resolve(host))];
    } catch {
      return { ok: false, reason: 'unresolvable' };
    }
    if (addresses.length === 0) return { ok: false, reason: 'unresolvable' };
  }
  for (const a of addresses) {
    const verdict = policy.judge(a.address);
    if (!verdict.allowed) return { ok: false, reason: 'refused', address: a.address, kind: verdict.kind };
  }
  return { ok: true, addresses };
}

/**
 * The check on a host as written, before any resolution: an address literal outside the public
 * ranges, `localhost` and its subdomains, and the cloud metadata names are not public. Other
 * names pass here and are judged by `checkHost` on what they resolve to.
 */
export function isPublicHost(host: string): boolean {
  return classifyHost(host).kind === 'public';
}
