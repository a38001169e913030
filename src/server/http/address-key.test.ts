import { describe, expect, it } from 'vitest';
import { addressKey } from './address-key.js';

describe('addressKey', () => {
  it('keeps IPv4 addresses, also when written as IPv4-mapped IPv6', () => {
    expect(addressKey('203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('counts every address of one IPv6 /64 as one client, however it is written', () => {
    const one = addressKey('2001:db8:1:2:aaaa:bbbb:cccc:dddd');
    expect(addressKey('2001:0db8:0001:0002::1')).toBe(one);
    expect(addressKey('2001:DB8:1:2::ffff:1')).toBe(one);
    expect(addressKey('2001:db8:1:3::1')).not.toBe(one);
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
  });
});
