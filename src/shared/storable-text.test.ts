import { describe, expect, it } from 'vitest';
import { findUnstorable, hasUnstorable } from './storable-text.js';

/** Arrays nested `depth` deep around `inner`. */
function nested(depth: number, inner: unknown): unknown {
  let value = inner;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

describe('hasUnstorable, the check every request passes', () => {
  const cases: Array<[string, unknown]> = [
    ['a plain answer', { q_nps: 9, via: 'button' }],
    ['a NUL in a value', { why: 'a\u0000b' }],
    ['a lone high surrogate', { why: 'x\ud800' }],
    ['a lone low surrogate', ['ok', '\udc00y']],
    ['a surrogate pair (an emoji)', { why: 'great \ud83d\ude00' }],
    ['a NUL in a property name', { ['na\u0000me']: 'x' }],
    [
      'a query-string object without a prototype',
      Object.assign(Object.create(null) as object, { score: '9' }),
    ],
    ['a bad string below an array', { items: [{ text: 'fine' }, { text: 'bad\u0000' }] }],
    ['numbers, booleans and nulls', { a: 1, b: true, c: null, d: [1, 2, null] }],
    ['a bare string', 'x\u0000'],
    ['nothing', undefined],
  ];

  it.each(cases)('agrees with findUnstorable on %s', (_name, value) => {
    expect(hasUnstorable(value)).toBe(findUnstorable(value, '') !== null);
  });

  it('finds a NUL nested deeper than it recurses, without overflowing the stack', () => {
    expect(hasUnstorable(nested(100_000, 'bad\u0000'))).toBe(true);
    expect(hasUnstorable(nested(100_000, 'good'))).toBe(false);
  });

  it('reads only own properties, as Object.entries does', () => {
    const inherited = Object.create({ bad: 'x\u0000' }) as Record<string, unknown>;
    inherited.good = 'y';
    // Not a plain object (its prototype has a prototype): skipped by both, like a stream or a buffer.
    expect(hasUnstorable(inherited)).toBe(findUnstorable(inherited, '') !== null);
  });
});
