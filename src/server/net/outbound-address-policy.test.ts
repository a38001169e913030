import { describe, expect, it } from 'vitest';
import { parseIpNetwork } from './ip-network.js';
import {
  checkHost,
  ipLiteral,
  isPublicHost,
  outboundAddressPolicy,
  type ResolvedAddress,
  type Resolver,
} from './outbound-address-policy.js';

const policy = outboundAddressPolicy();

/** A resolver answering from a table; any other name is unknown, as NXDOMAIN would be. */
function stubResolver(table: Record<string, string[]>): Resolver & { asked: string[] } {
  const asked: string[] = [];
  const resolve = async (host: string): Promise<ResolvedAddress[]> => {
    asked.push(host);
    const found = table[host];
    if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return found.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  return Object.assign(resolve, { asked });
}

describe('outbound address policy', () => {
  it.each([
    // loopback
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['::1', 'loopback'],
    // private
    ['10.0.0.1', 'private'],
    ['10.255.255.255', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['fc00::1', 'private'],
    ['fd12:3456::1', 'private'],
    // link-local, with the cloud metadata address
    ['169.254.0.1', 'linkLocal'],
    ['169.254.169.254', 'linkLocal'],
    ['fe80::1', 'linkLocal'],
    ['fe80::1%eth0', 'linkLocal'],
    ['febf::1', 'linkLocal'],
    // CGNAT
    ['100.64.0.1', 'sharedAddressSpace'],
    ['100.127.255.254', 'sharedAddressSpace'],
    // unspecified
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    // multicast and broadcast
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['ff02::1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    // IPv4-mapped IPv6 of those, in both notations
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:a9fe:a9fe', 'linkLocal'],
    ['::ffff:169.254.169.254', 'linkLocal'],
    ['::ffff:100.64.0.1', 'sharedAddressSpace'],
    ['[::ffff:192.168.0.1]', 'private'],
    // IPv4 smuggled in other IPv6 forms
    ['2002:7f00:1::', 'reserved'],
    ['64:ff9b::a00:1', 'reserved'],
    ['::127.0.0.1', 'reserved'],
    // the rest of the special-purpose space
    ['0.1.2.3', 'reserved'],
    ['240.0.0.1', 'reserved'],
    ['192.0.2.10', 'documentation'],
    ['2001:db8::1', 'documentation'],
  ])('refuses %s (%s)', (address, kind) => {
    expect(policy.judge(address)).toEqual({ allowed: false, kind });
  });

  it.each([
    '8.8.8.8',
    '1.1.1.1',
    '172.32.0.1',
    '172.15.255.255',
    '100.128.0.1',
    '169.255.0.1',
    '2606:4700:4700::1111',
    '[2a00:1450::1]',
    '::ffff:8.8.8.8',
  ])('allows the public address %s', (address) => {
    expect(policy.judge(address)).toEqual({ allowed: true });
  });

  it('refuses what is no address at all', () => {
    expect(policy.judge('example.com')).toEqual({ allowed: false, kind: 'not-an-address' });
    expect(policy.judge('')).toEqual({ allowed: false, kind: 'not-an-address' });
  });

  it('allows the networks the operator allowed, and only those', () => {
    const open = outboundAddressPolicy(['10.20.0.0/16', '127.0.0.1', 'fd00:1::/32']);
    expect(open.judge('10.20.3.4')).toEqual({ allowed: true });
    expect(open.judge('::ffff:10.20.3.4')).toEqual({ allowed: true });
    expect(open.judge('10.21.0.1')).toEqual({ allowed: false, kind: 'private' });
    expect(open.judge('127.0.0.1')).toEqual({ allowed: true });
    expect(open.judge('127.0.0.2')).toEqual({ allowed: false, kind: 'loopback' });
    expect(open.judge('fd00:1:2::3')).toEqual({ allowed: true });
    expect(open.judge('fd00:2::3')).toEqual({ allowed: false, kind: 'private' });
    expect(open.judge('169.254.169.254')).toEqual({ allowed: false, kind: 'linkLocal' });
  });

  it('refuses to start with a network that is none', () => {
    expect(() => outboundAddressPolicy(['10.0.0.0/33'])).toThrow(/10\.0\.0\.0\/33/);
  });
});

describe('checking a host', () => {
  const resolver = stubResolver({
    'hooks.example.com': ['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c'],
    'internal.example.com': ['10.0.0.7'],
    'metadata.example.com': ['169.254.169.254'],
    'v6-loopback.example.com': ['::1'],
    'mixed.example.com': ['93.184.215.14', '192.168.0.10'],
    'empty.example.com': [],
    localhost: ['127.0.0.1', '::1'],
  });

  it('returns every address of a public name, to connect to without resolving again', async () => {
    expect(await checkHost(policy, 'hooks.example.com', resolver)).toEqual({
      ok: true,
      addresses: [
        { address: '93.184.215.14', family: 4 },
        { address: '2606:2800:21f:cb07:6820:80da:af6b:8b2c', family: 6 },
      ],
    });
  });

  it.each([
    ['internal.example.com', '10.0.0.7', 'private'],
    ['metadata.example.com', '169.254.169.254', 'linkLocal'],
    ['v6-loopback.example.com', '::1', 'loopback'],
    ['mixed.example.com', '192.168.0.10', 'private'],
    ['localhost', '127.0.0.1', 'loopback'],
  ])('refuses %s, which resolves to %s', async (host, address, kind) => {
    expect(await checkHost(policy, host, resolver)).toEqual({ ok: false, reason: 'refused', address, kind });
  });

  it('reports a name that does not resolve, or to nothing', async () => {
    expect(await checkHost(policy, 'nowhere.example.com', resolver)).toEqual({
      ok: false,
      reason: 'unresolvable',
    });
    expect(await checkHost(policy, 'empty.example.com', resolver)).toEqual({
      ok: false,
      reason: 'unresolvable',
    });
  });

  it('judges an address literal as written, without asking the resolver', async () => {
    const untouched = stubResolver({});
    expect(await checkHost(policy, '[::1]', untouched)).toEqual({
      ok: false,
      reason: 'refused',
      address: '::1',
      kind: 'loopback',
    });
    expect(await checkHost(policy, '169.254.169.254', untouched)).toMatchObject({
      ok: false,
      kind: 'linkLocal',
    });
    expect(await checkHost(policy, '8.8.4.4', untouched)).toEqual({
      ok: true,
      addresses: [{ address: '8.8.4.4', family: 4 }],
    });
    expect(untouched.asked).toEqual([]);
  });

  it('lets a loopback receiver through only when the operator allowed loopback', async () => {
    const open = outboundAddressPolicy(['127.0.0.0/8', '::1/128']);
    expect(await checkHost(open, 'localhost', resolver)).toMatchObject({ ok: true });
    expect(await checkHost(outboundAddressPolicy(['127.0.0.0/8']), 'localhost', resolver)).toMatchObject({
      ok: false,
      address: '::1',
    });
  });
});

describe('host as written', () => {
  it.each([
    ['example.com', true],
    ['8.8.8.8', true],
    ['localhost', false],
    ['tenant.localhost', false],
    ['metadata.google.internal', false],
    ['metadata.google.internal.', false],
    ['10.0.0.5', false],
    ['[::1]', false],
  ])('%s is public before resolution: %s', (host, isPublic) => {
    expect(isPublicHost(host)).toBe(isPublic);
  });

  it('reads address literals out of URL hosts', () => {
    expect(ipLiteral('[fe80::1%25eth0]')).toBe('fe80::1'); // the zone, however written, is dropped
    expect(ipLiteral('[2001:db8::1]')).toBe('2001:db8::1');
    expect(ipLiteral('fe80::1%eth0')).toBe('fe80::1');
    expect(ipLiteral('example.com')).toBe(null);
  });
});

describe('operator networks', () => {
  it.each<[string, ReturnType<typeof parseIpNetwork>]>([
    ['10.0.0.0/8', { address: '10.0.0.0', prefix: 8, family: 'ipv4' }],
    [' 192.168.1.7 ', { address: '192.168.1.7', prefix: 32, family: 'ipv4' }],
    ['fd00::/8', { address: 'fd00::', prefix: 8, family: 'ipv6' }],
    ['::1', { address: '::1', prefix: 128, family: 'ipv6' }],
    ['10.0.0.0/33', null],
    ['fd00::/129', null],
    ['10.0.0.0/', null],
    ['10.0.0.0/8/8', null],
    ['10.0.0.0/-1', null],
    ['intranet', null],
    ['', null],
  ])('%j', (text, network) => {
    expect(parseIpNetwork(text)).toEqual(network);
  });
});
