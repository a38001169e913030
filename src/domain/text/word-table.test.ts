import { describe, expect, it } from 'vitest';
import { matchKey } from './tokenize.js';
import { buildWordTable, parseWordPattern } from './word-table.js';

const first = (a: string, _b: string) => a;
const de = buildWordTable(
  'de',
  [
    ['gut', 'gut'],
    ['freundl*', 'freundlich'],
    ['unfreundl*', 'unfreundlich'],
    ['=ok', 'ok'],
    ['unverschämt*', 'unverschämt'],
    ['schön*', 'schön'],
  ],
  first,
);
const en = buildWordTable(
  'en',
  [
    ['pain', 'pain'],
    ['painful*', 'painful'],
    ['crash', 'crash'],
  ],
  first,
);

const value = (table: typeof de, word: string, useStem = true) =>
  table.lookup(matchKey(word), useStem)?.value;

describe('word table notation', () => {
  it.each<[string, string | undefined]>([
    ['gut', 'gut'],
    ['guten', 'gut'],
    ['Gute', 'gut'],
    ['Gutschein', undefined],
    ['freundlichen', 'freundlich'],
    ['Freundlichkeit', 'freundlich'],
    ['unfreundliche', 'unfreundlich'],
    ['ok', 'ok'],
    ['okay', undefined],
    ['UNVERSCHÄMT', 'unverschämt'],
    ['unverschaemten', 'unverschämt'],
    ['unverschamt', 'unverschämt'],
    ['schoene', 'schön'],
    ['schon', undefined],
  ])('German %s → %s', (word, expected) => {
    expect(value(de, word)).toBe(expected);
  });

  it('finds a lemma without Snowball by one dropped ending, for compound parts', () => {
    expect(value(de, 'guten', false)).toBe('gut');
    expect(value(de, 'gutes', false)).toBe('gut');
  });

  it.each<[string, string | undefined]>([
    ['crashes', 'crash'],
    ['crashed', 'crash'],
    ['pain', 'pain'],
    // Snowball stems "painful" to "pain"; the longer prefix entry is the more specific one
    ['painful', 'painful'],
    ['painfully', 'painful'],
  ])('English %s → %s', (word, expected) => {
    expect(value(en, word)).toBe(expected);
  });

  it('says how a word was found and how much of it the entry covers', () => {
    expect(de.lookup('freundlichkeit')).toMatchObject({ how: 'prefix', length: 'freundl'.length });
    expect(de.lookup('guten')).toMatchObject({ how: 'lemma' });
    expect(de.lookup('ok')).toMatchObject({ how: 'exact' });
  });

  it.each(['', '*', '=', 'zwei wörter', 'a*b'])('refuses the malformed pattern %j', (pattern) => {
    expect(() => parseWordPattern(pattern)).toThrow();
  });
});
