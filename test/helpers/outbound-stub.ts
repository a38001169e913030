import type { ResolvedAddress, Resolver } from '../../src/server/net/outbound-address-policy.js';
import type { OutboundHttp } from '../../src/server/net/post-to-checked-address.js';

/**
 * Outbound HTTP for tests: names resolve from a table the test can change, and any connection to
 * an address outside loopback is refused before it opens and recorded, so a test fails instead of
 * ever sending traffic off this machine.
 */
export function stubOutbound(table: Record<string, string[]> = {}) {
  const names = new Map(Object.entries(table));
  const violations: string[] = [];
  const connected: string[] = [];
  const resolve: Resolver = async (host) => {
    const found = names.get(host);
    if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return found.map((address): ResolvedAddress => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  const outbound: Partial<OutboundHttp> = {
    resolve,
    timeoutMs: 3_000,
    beforeConnect(address) {
      if (!/^127\./.test(address) && address !== '::1') {
        violations.push(address);
        throw new Error(`test refused a connection to ${address}`);
      }
      connected.push(address);
    },
  };
  return {
    outbound,
    violations,
    connected,
    point(name: string, addresses: string[]) {
      names.set(name, addresses);
    },
  };
}
