import { eld } from 'eld/small';
import { analyseWord } from './analyse-word.js';
import { tokenize, type TextLanguage, type TokenizedText } from './tokenize.js';

export type DetectedLanguage = TextLanguage | 'other';

/**
 * Words that mark a language in a short comment and are rare in the other languages customers
 * write in: function words, greetings and a few service words. Words shared with Dutch,
 * French or Spanish ("die", "was", "es", "no", "in") are left out; the few German words Dutch
 * also uses ("alles") count half.
 */
const MARKERS: Readonly<Record<TextLanguage | 'other', ReadonlyMap<string, number>>> = {
  de: weights(
    1,
    'und nicht ist sind war waren wurde wurden der das dem den des ich wir mir mich mein meine meinen meiner euch ihr ihre ihren uns unser unsere ein eine einen einem einer kein keine keinen mit auf für von bei nach auch noch schon sehr aber oder wenn dass weil nur mehr immer wieder hat habe haben hatte hatten kann konnte wird werden bitte danke leider gut schlecht toll nichts viel ganz gibt dieser diese dieses hier jetzt seit über ohne gerne bin bis sich einfach nie zu vom zum zur beim ins wurde geht kam kommt',
  ),
  en: weights(
    1,
    "the and is are was were not to of it it's its my very for with i i'm i've you your this that but have has had be been they we our at on from there their would could should will can't don't didn't doesn't won't isn't wasn't never always still again thanks thank please great good bad nice really just get got what when all too out up about staff order time did does do me us",
  ),
  other: weights(
    1,
    "de te en zo wat hij hoe naar om ons jullie bij het een niet ik heel goed zeer maar wel geen met van voor bedankt erg mijn ook nog zijn dit dat le la les est très et je pas une pour avec merci mais bien bon tout trop rien c'est j'ai el muy y que pero bueno gracias los las del con para por mi todo nada está fue il è molto che di grazie ottimo muito não obrigado bom uma com",
  ),
};
const HALF_MARKERS_DE = new Set(['alles', 'top', 'kunde', 'kunden', 'bestellung', 'lieferung', 'rechnung']);

function weights(weight: number, words: string): ReadonlyMap<string, number> {
  return new Map(words.split(/\s+/).map((w) => [w, weight]));
}

/** Letters German has and English lacks; other accents point to neither. */
const GERMAN_LETTERS = /[äöüß]/i;
const OTHER_LETTERS = /[éèêàâçñóáíúãõøåæœışğčřžąęłńśźż]/i;
/** A comment this short (in words) also counts words only one language's lexicons know. */
const SHORT = 5;

interface Evidence {
  de: number;
  en: number;
  other: number;
}

function markerEvidence(tokenized: TokenizedText): Evidence {
  const evidence: Evidence = { de: 0, en: 0, other: 0 };
  const words = tokenized.tokens.filter((t) => t.kind === 'word');
  for (const w of words) {
    const lower = w.text.toLowerCase().replace(/’/g, "'");
    if (GERMAN_LETTERS.test(lower)) evidence.de += 1;
    else if (OTHER_LETTERS.test(lower)) evidence.other += 1;
    if (HALF_MARKERS_DE.has(w.key)) evidence.de += 0.5;
    for (const lang of ['de', 'en', 'other'] as const) evidence[lang] += MARKERS[lang].get(lower) ?? 0;
  }
  if (words.length <= SHORT) {
    for (const w of words) {
      if (w.key.length < 4 || MARKERS.de.has(w.key) || MARKERS.en.has(w.key)) continue;
      const de = analyseWord(w.key, 'de').known;
      const en = analyseWord(w.key, 'en').known;
      if (de && !en) evidence.de += 0.5;
      if (en && !de) evidence.en += 0.5;
    }
  }
  return evidence;
}

/**
 * German, English or neither. Marker words come first, because eld (which reads letter n-grams)
 * is unsure on the two- and three-word comments feedback is full of ("Alles top!" reads as Dutch
 * to it); eld decides when the markers are few, and 'other' is the answer when neither knows.
 */
export function detectLanguage(text: string, tokenized: TokenizedText = tokenize(text)): DetectedLanguage {
  if (!tokenized.tokens.some((t) => t.kind === 'word')) return 'other';
  const e = markerEvidence(tokenized);
  for (const [lang, rival] of [
    ['de', 'en'],
    ['en', 'de'],
  ] as const) {
    if (e[lang] >= 2 && e[lang] >= 2 * (e[rival] + e.other)) return lang;
  }
  const found = eld.detect(text);
  const guess = found.language;
  if (guess === 'de' || guess === 'en') {
    const rival = guess === 'de' ? 'en' : 'de';
    return e[rival] > e[guess] + 1 ? rival : guess;
  }
  const best: TextLanguage = e.de >= e.en ? 'de' : 'en';
  const rival: TextLanguage = best === 'de' ? 'en' : 'de';
  // One lexicon word decides a short comment eld places elsewhere ("Katastrophe" reads as French
  // to it): the people writing are the organization's German and English customers.
  const short = tokenized.tokens.filter((t) => t.kind === 'word').length <= SHORT;
  const needed = short || !found.isReliable() ? 0.5 : 1;
  return e[best] >= needed && e[best] > e[rival] && e[best] > e.other ? best : 'other';
}
