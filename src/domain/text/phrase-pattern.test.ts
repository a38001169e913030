import { describe, expect, it } from 'vitest';
import { compilePhrases } from './phrase-pattern.js';
import { tokenize, type TextLanguage } from './tokenize.js';

const spans = (lang: TextLanguage, patterns: string[], text: string, overlapping = false) => {
  const set = compilePhrases(
    lang,
    patterns.map((p) => [p, p] as const),
  );
  const { tokens } = tokenize(text);
  return set.find(tokens, overlapping).map((m) => {
    const first = tokens[m.first];
    const last = tokens[m.last];
    return `${m.value}=${first && last ? text.slice(first.start, last.end) : '?'}`;
  });
};

describe('phrase patterns', () => {
  it.each<[TextLanguage, string, string, string[]]>([
    ['de', 'keine antwort*', 'Bisher keine Antwort.', ['keine antwort*=keine Antwort']],
    // one word may stand between slots
    ['de', 'keine antwort*', 'Keine schnelle Antwort', ['keine antwort*=Keine schnelle Antwort']],
    ['de', 'keine antwort*', 'Keine sehr schnelle Antwort', []],
    // … allows three
    ['de', 'seit … wochen', 'Seit über drei Wochen nichts', ['seit … wochen=Seit über drei Wochen']],
    // never across a comma or a sentence end
    ['de', 'keine antwort*', 'Keine, Antwort', []],
    ['en', 'still wait*', 'Still. Waiting', []],
    // numbers in digits and words
    ['de', '# mal angerufen', 'Ich habe 3 mal angerufen', ['# mal angerufen=3 mal angerufen']],
    ['en', 'for # days', 'for several days', ['for # days=for several days']],
    // negators, the contraction included, prepositions not
    ['en', '!neg … arriv*', "It hasn't arrived", ["!neg … arriv*=hasn't arrived"]],
    ['de', '!neg … erstattet', 'ohne Rückfragen erstattet', []],
    ['de', '!neg … erstattet', 'noch nicht erstattet', ['!neg … erstattet=nicht erstattet']],
    // "nicht nur" is no negation
    ['de', '!neg … gut', 'nicht nur gut', []],
    // umlauts optional
    [
      'de',
      'zurück*',
      'zurueckgerufen und zuruckgerufen',
      ['zurück*=zurueckgerufen', 'zurück*=zuruckgerufen'],
    ],
  ])('%s %j in %j', (lang, pattern, text, expected) => {
    expect(spans(lang, [pattern], text)).toEqual(expected);
  });

  it('lets the pattern with most slots take a start when matches may not overlap', () => {
    expect(spans('en', ['on hold', 'on hold for'], 'on hold for an hour')).toEqual([
      'on hold for=on hold for',
    ]);
  });

  it('lets every pattern match when they may overlap', () => {
    expect(spans('en', ['on hold', 'on hold for'], 'on hold for an hour', true)).toEqual([
      'on hold=on hold',
      'on hold for=on hold for',
    ]);
  });

  it('refuses prefixes shorter than three letters', () => {
    expect(() => compilePhrases('de', [['ab* zu', 1]])).toThrow();
  });
});
