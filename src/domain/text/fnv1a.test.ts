import { describe, expect, it } from 'vitest';
import { fmix32, FNV1A_OFFSET, fnv1a } from './fnv1a.js';

describe('fnv1a', () => {
  it('matches the published 32-bit FNV-1a test vectors', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });

  // Expected values from an independent FNV-1a over Python's str.encode('utf-8').
  it('hashes the UTF-8 bytes of non-ASCII text, astral characters as one 4-byte sequence', () => {
    expect(fnv1a('ü')).toBe(0x119dd44a);
    expect(fnv1a('😀')).toBe(0x33a29608);
    expect(fnv1a('Lieferzeit')).toBe(0xd8916fb6);
  });

  it('continues from a start, so hashing a prefix once is the same as hashing the whole', () => {
    expect(fnv1a('bar', fnv1a('foo'))).toBe(fnv1a('foobar'));
    expect(fnv1a('x', FNV1A_OFFSET)).toBe(fnv1a('x'));
  });

  it('hashes a lone surrogate without throwing, and differently from a paired one', () => {
    expect(() => fnv1a('\ud83d')).not.toThrow();
    expect(fnv1a('\ud83d')).not.toBe(fnv1a('😀'));
  });
});

describe('fmix32', () => {
  it("matches murmur3's finaliser", () => {
    expect(fmix32(0)).toBe(0);
    expect(fmix32(1)).toBe(0x514e28b7);
    expect(fmix32(0xdeadbeef)).toBe(0x0de5c6a9);
  });

  it('spreads similar strings evenly over the low bits a bucket uses', () => {
    const buckets = new Array<number>(1024).fill(0);
    for (let i = 0; i < 102_400; i++) {
      const bucket = fmix32(fnv1a(`w${i}`)) & 1023;
      buckets[bucket] = (buckets[bucket] as number) + 1;
    }
    // 100 expected per bucket; a Poisson(100) count beyond 60–145 in one of 1,024 is very unlikely.
    expect(Math.min(...buckets)).toBeGreaterThan(60);
    expect(Math.max(...buckets)).toBeLessThan(145);
  });
});
