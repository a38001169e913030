import { describe, expect, it } from 'vitest';
import { DEFAULT_FEATURE_OPTIONS, hashedFeatures, type HashedFeatureOptions } from './hashed-features.js';
import { type SparseVector } from './sparse-vector.js';

const WORDS_ONLY: HashedFeatureOptions = {
  bits: 18,
  wordNgrams: 1,
  charNgrams: null,
  negation: false,
  marks: false,
  charWeight: 1,
};
const CHARS_ONLY: HashedFeatureOptions = { ...WORDS_ONLY, wordNgrams: 0, charNgrams: { min: 3, max: 5 } };

const norm = (v: SparseVector) => Math.sqrt(v.values.reduce((s, x) => s + x * x, 0));
const shared = (a: SparseVector, b: SparseVector) =>
  [...a.indices].filter((i) => b.indices.includes(i)).length;
const valueAt = (v: SparseVector, index: number) => v.values[v.indices.indexOf(index)] as number;

describe('hashedFeatures', () => {
  it('gives a unit-length vector with ascending indices inside 2^bits', () => {
    for (const bits of [4, 18]) {
      const v = hashedFeatures('Great coffee, but the delivery was slow!', {
        ...DEFAULT_FEATURE_OPTIONS,
        bits,
      });
      expect(norm(v)).toBeCloseTo(1, 6);
      expect([...v.indices]).toEqual([...v.indices].sort((a, b) => a - b));
      expect(new Set(v.indices).size).toBe(v.indices.length);
      expect(Math.max(...v.indices)).toBeLessThan(2 ** bits);
    }
  });

  it('gives an empty vector for a text without words', () => {
    expect(hashedFeatures('').indices.length).toBe(0);
    expect(hashedFeatures('  ', WORDS_ONLY).values.length).toBe(0);
  });

  it('is the same vector every time, whatever was hashed before', () => {
    const first = hashedFeatures('Lieferung kam nicht an');
    hashedFeatures('something else entirely');
    const again = hashedFeatures('Lieferung kam nicht an');
    expect(again.indices).toEqual(first.indices);
    expect(again.values).toEqual(first.values);
  });

  it('uses sublinear tf: a word three times weighs 1 + ln 3 against a word once', () => {
    const v = hashedFeatures('good good good bad', WORDS_ONLY);
    expect(v.indices.length).toBe(2);
    const good = hashedFeatures('good', WORDS_ONLY).indices[0] as number;
    const bad = hashedFeatures('bad', WORDS_ONLY).indices[0] as number;
    const ratio = 1 + Math.log(3); // 2.0986…
    expect(valueAt(v, good) / valueAt(v, bad)).toBeCloseTo(ratio, 5);
    expect(valueAt(v, bad)).toBeCloseTo(1 / Math.sqrt(1 + ratio * ratio), 6);
  });

  it('counts word n-grams within a clause: "a b c" has 3 words, 2 bigrams, 1 trigram', () => {
    expect(hashedFeatures('a b c', { ...WORDS_ONLY, wordNgrams: 3 }).indices.length).toBe(6);
    expect(hashedFeatures('a b c', { ...WORDS_ONLY, wordNgrams: 2 }).indices.length).toBe(5);
    // The comma ends the clause, so no bigram spans "a, b".
    expect(hashedFeatures('a, b', { ...WORDS_ONLY, wordNgrams: 2 }).indices.length).toBe(2);
  });

  it('takes character 3–5-grams of each word padded with < >: "ab" gives <ab, ab>, <ab>', () => {
    const v = hashedFeatures('ab', CHARS_ONLY);
    expect(v.indices.length).toBe(3);
    for (const value of v.values) expect(value).toBeCloseTo(1 / Math.sqrt(3), 6);
  });

  it('lets German compounds share character n-grams, never across words', () => {
    // <li lie ief efe fer · <lie lief iefe efer · <lief liefe iefer: 12 shared n-grams.
    expect(shared(hashedFeatures('Lieferzeit', CHARS_ONLY), hashedFeatures('Lieferung', CHARS_ONLY))).toBe(
      12,
    );
    // eit> zeit> it> · zeit eit> · zeit>
    expect(shared(hashedFeatures('Lieferzeit', CHARS_ONLY), hashedFeatures('Wartezeit', CHARS_ONLY))).toBe(6);
    // "a b" is the n-grams of <a> and <b> only, no "a b".
    expect(hashedFeatures('a b', CHARS_ONLY).indices.length).toBe(2);
  });

  it('marks negation only when asked', () => {
    const good = hashedFeatures('good', WORDS_ONLY).indices[0] as number;
    expect(hashedFeatures('not good', WORDS_ONLY).indices).toContain(good);
    expect(hashedFeatures('not good', { ...WORDS_ONLY, negation: true }).indices).not.toContain(good);
    expect(hashedFeatures('not. good', { ...WORDS_ONLY, negation: true }).indices).toContain(good);
  });

  it('counts ! and ? as words when asked', () => {
    expect(hashedFeatures('great!', WORDS_ONLY).indices.length).toBe(1);
    expect(hashedFeatures('great!', { ...WORDS_ONLY, marks: true }).indices.length).toBe(2);
    expect(hashedFeatures('great!?!', { ...WORDS_ONLY, marks: true }).indices.length).toBe(3);
  });

  it('weighs the character block against the word block by charWeight', () => {
    const both = { ...WORDS_ONLY, charNgrams: { min: 3, max: 5 } };
    const word = hashedFeatures('ab', WORDS_ONLY).indices[0] as number;
    // Each block has norm 1 before weighting; the word block is one bucket, so its share is 1/√(1 + w²).
    for (const charWeight of [0.5, 1, 2])
      expect(valueAt(hashedFeatures('ab', { ...both, charWeight }), word)).toBeCloseTo(
        1 / Math.sqrt(1 + charWeight ** 2),
        6,
      );
    expect(hashedFeatures('ab', { ...both, charWeight: 0 }).indices).toEqual(Uint32Array.of(word));
  });

  it('refuses options that cannot make a vector', () => {
    expect(() => hashedFeatures('x', { ...WORDS_ONLY, bits: 0 })).toThrow(RangeError);
    expect(() => hashedFeatures('x', { ...WORDS_ONLY, bits: 31 })).toThrow(RangeError);
    expect(() => hashedFeatures('x', { ...WORDS_ONLY, wordNgrams: 4 })).toThrow(RangeError);
    expect(() => hashedFeatures('x', { ...WORDS_ONLY, charNgrams: { min: 4, max: 3 } })).toThrow(RangeError);
    expect(() => hashedFeatures('x', { ...WORDS_ONLY, charWeight: Number.NaN })).toThrow(RangeError);
  });
});
