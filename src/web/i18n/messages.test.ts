import { describe, expect, it } from 'vitest';
import { de } from './de.js';
import { en } from './en.js';

/** Every leaf as "path → text"; arrays by index. */
function leaves(value: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(path, value);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value))
      for (const [p, text] of leaves(child, path ? `${path}.${key}` : key)) out.set(p, text);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

/**
 * The type checker already makes `de` the shape of `en`; this also catches what types cannot:
 * an empty text, or a translation that drops or renames an interpolated value.
 */
describe('dashboard texts', () => {
  const english = leaves(en);
  const german = leaves(de);

  it('have the same keys in English and German', () => {
    expect([...german.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('are never empty', () => {
    const empty = [...english, ...german].filter(([, text]) => text.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('interpolate the same values in both languages', () => {
    const mismatched = [...english]
      .filter(
        ([key, text]) =>
          JSON.stringify(placeholders(text)) !== JSON.stringify(placeholders(german.get(key) ?? '')),
      )
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });
});
