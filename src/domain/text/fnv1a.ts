/** FNV-1a's 32-bit offset basis: the hash of the empty input. */
export const FNV1A_OFFSET = 0x811c9dc5;
const FNV1A_PRIME = 0x01000193;

function step(hash: number, byte: number): number {
  return Math.imul(hash ^ byte, FNV1A_PRIME);
}

/**
 * 32-bit FNV-1a of a string's UTF-8 bytes, continuing from `start` so a prefix can be hashed
 * once and reused. UTF-8 rather than UTF-16 code units so the published test vectors hold and
 * a stored model's buckets do not depend on how a runtime holds strings. A lone surrogate is
 * encoded as its own 3-byte sequence (as WTF-8 does): stable, never an error.
 */
export function fnv1a(text: string, start: number = FNV1A_OFFSET): number {
  let hash = start;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code < 0x80) {
      hash = step(hash, code);
      continue;
    }
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    if (code < 0x800) {
      hash = step(hash, 0xc0 | (code >> 6));
    } else if (code < 0x10000) {
      hash = step(hash, 0xe0 | (code >> 12));
      hash = step(hash, 0x80 | ((code >> 6) & 0x3f));
    } else {
      hash = step(hash, 0xf0 | (code >> 18));
      hash = step(hash, 0x80 | ((code >> 12) & 0x3f));
      hash = step(hash, 0x80 | ((code >> 6) & 0x3f));
    }
    hash = step(hash, 0x80 | (code & 0x3f));
  }
  return hash >>> 0;
}

/**
 * murmur3's 32-bit finaliser: FNV-1a's low bits mix poorly for short inputs, and a bucket is
 * the low bits, so every hash passes through this avalanche before it is masked.
 */
export function fmix32(hash: number): number {
  let h = hash;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
