import { describe, expect, it } from 'vitest';
import { clauses, isNegator, markNegation } from './word-tokens.js';

describe('clauses', () => {
  it('lowercases words and splits clauses at punctuation and <br /> tags', () => {
    expect(clauses('Great COFFEE, fast delivery!<br />Would buy again')).toEqual([
      ['great', 'coffee'],
      ['fast', 'delivery'],
      ['would', 'buy', 'again'],
    ]);
  });

  it('keeps inner apostrophes, curly or straight, and letters of any script', () => {
    expect(clauses('Don’t like it; it’s süß')).toEqual([
      ["don't", 'like', 'it'],
      ["it's", 'süß'],
    ]);
  });

  it('gives nothing for a text without words', () => {
    expect(clauses('')).toEqual([]);
    expect(clauses(' ... !!! ')).toEqual([]);
  });
});

describe('negation', () => {
  it.each([
    ['not', true],
    ['never', true],
    ["didn't", true],
    ['didnt', true],
    ['nicht', true],
    ['keine', true],
    ['keinesfalls', true],
    ['nothing', false],
    ['note', false],
    ['good', false],
  ])('%s is a negator: %s', (word, expected) => {
    expect(isNegator(word)).toBe(expected);
  });

  it('marks the words after a negator until the clause ends, not the negator', () => {
    const [first, second] = clauses('This is not good at all. Good price though');
    expect(markNegation(first ?? [])).toEqual(['this', 'is', 'not', 'NEG_good', 'NEG_at', 'NEG_all']);
    expect(markNegation(second ?? [])).toEqual(['good', 'price', 'though']);
  });

  it('marks German after nicht and kein', () => {
    expect(markNegation(['leider', 'nicht', 'frisch'])).toEqual(['leider', 'nicht', 'NEG_frisch']);
    expect(markNegation(['kein', 'guter', 'kaffee'])).toEqual(['kein', 'NEG_guter', 'NEG_kaffee']);
  });
});
