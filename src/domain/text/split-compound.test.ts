import { describe, expect, it } from 'vitest';
import { splitCompound } from './split-compound.js';

const KNOWN = new Set([
  'katastrophe',
  'service',
  'kunden',
  'hotline',
  'rechnung',
  'betrag',
  'super',
  'schaden',
  'kasse',
  'app',
]);
const lookup = (part: string) => (KNOWN.has(part) ? part : undefined);
const parts = (word: string) => splitCompound(word, lookup)?.map((p) => p.text);

describe('splitCompound', () => {
  it.each<[string, string[]]>([
    ['katastrophenservice', ['katastrophe', 'service']],
    ['rechnungsbetrag', ['rechnung', 'betrag']],
    ['kundenservicehotline', ['kunden', 'service', 'hotline']],
    ['superservice', ['super', 'service']],
    ['appservice', ['app', 'service']],
  ])('splits %s into %j, dropping linking letters', (word, expected) => {
    expect(parts(word)).toEqual(expected);
  });

  it('takes a long known head after an unknown first part, with no value for that part', () => {
    const split = splitCompound('hagelschaden', lookup);
    expect(split?.map((p) => p.text)).toEqual(['hagel', 'schaden']);
    expect(split?.[0]?.value).toBeUndefined();
    expect(split?.[1]?.value).toBe('schaden');
  });

  it.each(['krankenkasse', 'servicx', 'versicherung', 'ab'])('leaves %s whole', (word) => {
    expect(splitCompound(word, lookup)).toBeUndefined();
  });
});
