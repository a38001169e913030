import { describe, expect, it } from 'vitest';
import { matchKey, spellings, stem, tokenize } from './tokenize.js';

const words = (text: string) => tokenize(text).tokens.filter((t) => t.kind !== 'punct');

describe('tokenize', () => {
  it.each([
    'Die Lieferung war z.B. TOTAL unverschämt!!! Aber danke :) 👍🏽',
    'Ich warte seit 3 Wochen… didn’t work, 2x abgebucht\nNeue Zeile',
    '   Führende Leerzeichen, Straße & Co. – siehe https://example.org/a?b=1. Ende',
    'Emoji mitten drin🙂und👨‍👩‍👧 Familie',
  ])('gives offsets that slice back to each token exactly: %s', (text) => {
    const { tokens } = tokenize(text);
    expect(tokens.length).toBeGreaterThan(3);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it.each<[string, string[]]>([
    ["I didn't like it", ['I', "didn't", 'like', 'it']],
    ['Service-Hotline war super-freundlich', ['Service', 'Hotline', 'war', 'super', 'freundlich']],
    ['2x abgebucht, 3,50 € zu viel', ['2x', 'abgebucht', '3,50', 'zu', 'viel']],
    ['Danke :-) und <3', ['Danke', ':-)', 'und', '<3']],
    ['Top 👍🏽👍', ['Top', '👍🏽', '👍']],
  ])('splits %j into words, numbers and emoji', (text, expected) => {
    expect(words(text).map((t) => t.text)).toEqual(expected);
  });

  it('keeps emoji and emoticons as their own kind', () => {
    const kinds = words('gut 👍🏽 :( 3').map((t) => t.kind);
    expect(kinds).toEqual(['word', 'emoji', 'emoji', 'number']);
  });

  it('skips web and mail addresses, but not the full stop after them', () => {
    const { tokens, sentences } = tokenize(
      'Siehe https://example.org/x. Oder mail an a.b@example.org. Danke',
    );
    expect(tokens.some((t) => t.text.includes('example'))).toBe(false);
    expect(sentences).toHaveLength(3);
  });

  it.each<[string, number]>([
    ['Gut. Schlecht! Warum?', 3],
    ['Das ist z.B. gut und bzw. schlecht', 1],
    ['Naja... geht so', 1],
    ['Erste Zeile\nZweite Zeile\n\nDritte', 3],
    ['', 0],
  ])('finds the sentences of %j', (text, count) => {
    expect(tokenize(text).sentences).toHaveLength(count);
  });

  it('counts the exclamation marks that end a sentence', () => {
    const { sentences } = tokenize('Unverschämt!!! Warum?! Gut.');
    expect(sentences.map((s) => s.exclamations)).toEqual([3, 1, 0]);
  });

  it('starts a new clause at commas, dashes and ellipses but keeps the sentence', () => {
    const t = words('Lieferung schnell, Hotline langsam – Beratung … naja');
    expect(new Set(t.map((x) => x.sentence)).size).toBe(1);
    expect(new Set(t.map((x) => x.clause)).size).toBe(4);
  });

  it('marks words written in capitals, from three letters on', () => {
    expect(words('TOTAL unverschämt OK').map((t) => t.shouted)).toEqual([true, false, false]);
  });
});

describe('matchKey and spellings', () => {
  it.each([
    ['Über', 'ueber'],
    ['ueber', 'ueber'],
    ['Straße', 'strasse'],
    ['Café', 'cafe'],
    ['didn’t', "didn't"],
  ])('keys %s as %s', (word, key) => {
    expect(matchKey(word)).toBe(key);
  });

  it('registers the spelling without umlauts unless it is another German word', () => {
    expect(spellings('unverschämt')).toEqual(['unverschaemt', 'unverschamt']);
    expect(spellings('schön')).toEqual(['schoen']);
    expect(spellings('wären')).toEqual(['waeren']);
    expect(spellings('gut')).toEqual(['gut']);
  });
});

describe('stem', () => {
  it.each<[string, string, 'de' | 'en']>([
    ['Lieferungen', 'Lieferung', 'de'],
    ['unverschämte', 'unverschämt', 'de'],
    ['Über', 'ueber', 'de'],
    ['crashed', 'crashes', 'en'],
    ['deliveries', 'delivery', 'en'],
  ])('gives %s and %s one stem', (a, b, lang) => {
    expect(stem(a, lang)).toBe(stem(b, lang));
  });

  it('keeps words of different meaning apart', () => {
    expect(stem('Gutschein', 'de')).not.toBe(stem('gut', 'de'));
  });
});
