import { SENTIMENT_LEXICON_DE } from './sentiment-lexicon-de.js';
import { SENTIMENT_LEXICON_EN } from './sentiment-lexicon-en.js';
import { SHIFTERS } from './sentiment-shifters.js';
import { splitCompound } from './split-compound.js';
import type { ThemeId } from './theme-catalog.js';
import { THEME_BLOCKERS, THEME_DICTIONARY } from './theme-dictionary.js';
import type { TextLanguage } from './tokenize.js';
import { buildWordTable, type WordHit, type WordTable } from './word-table.js';

/** What one word means to the analysis, however it was found. */
export interface WordAnalysis {
  /** Sentiment weight, −1…1; 0 for neutral and unknown words. */
  readonly weight: number;
  readonly themes: readonly ThemeId[];
  /** In a lexicon or the theme dictionary, or made of parts that are. */
  readonly known: boolean;
  /** An intensifying first part raised the weight: "superfreundlich", "saulangsam". */
  readonly intensified: boolean;
  /** The parts of a German compound it was read from; empty for a word found whole. */
  readonly parts: readonly string[];
}

interface Entry {
  /** Sentiment weight; undefined where only the theme dictionary knows the word. */
  readonly weight?: number;
  readonly themes?: readonly ThemeId[];
  /** Only an intensifying first part of compounds ("sau", "hyper"), not a word of its own. */
  readonly compoundIntensity?: number;
}

const UNKNOWN: WordAnalysis = { weight: 0, themes: [], known: false, intensified: false, parts: [] };

const firstWeight = (a: number, _b: number) => a;
const unionThemes = (a: readonly ThemeId[], b: readonly ThemeId[]) => [...new Set([...a, ...b])];

function* themeEntries(lang: TextLanguage): Generator<readonly [string, readonly ThemeId[]]> {
  for (const [theme, terms] of Object.entries(THEME_DICTIONARY) as [
    ThemeId,
    (typeof THEME_DICTIONARY)[ThemeId],
  ][]) {
    for (const term of terms[lang]) if (!term.includes(' ')) yield [term, [theme]];
  }
  for (const term of THEME_BLOCKERS[lang]) yield [term, []];
}

/**
 * Sentiment and themes are looked up in tables of their own, so each finds its longest match: a
 * neutral lexicon entry that keeps "Schadensfall" from sounding like a damage must not keep it
 * from being a claim.
 */
const SENTIMENT: Readonly<Record<TextLanguage, WordTable<number>>> = {
  de: buildWordTable('de', Object.entries(SENTIMENT_LEXICON_DE), firstWeight),
  en: buildWordTable('en', Object.entries(SENTIMENT_LEXICON_EN), firstWeight),
};
const THEMES: Readonly<Record<TextLanguage, WordTable<readonly ThemeId[]>>> = {
  de: buildWordTable('de', themeEntries('de'), unionThemes),
  en: buildWordTable('en', themeEntries('en'), unionThemes),
};

/**
 * A prefix entry covers a German word when little is left after it: an ending or a suffix
 * ("enttäusch-ung", "freundlich-keit", "Liefer-ungen"). A longer rest is likelier a compound's
 * second part, which decides its meaning ("Problem-lösung"), so the word is split before the
 * prefix is trusted.
 */
const MAX_PREFIX_REST_DE = 5;

const isWhole = <T>(hit: WordHit<T> | undefined, key: string, lang: TextLanguage): hit is WordHit<T> =>
  hit !== undefined &&
  (hit.how !== 'prefix' || lang === 'en' || key.length - hit.length <= MAX_PREFIX_REST_DE);

/** A part of a German compound, looked up without Snowball (see `WordTable.lookup`). */
function compoundPart(part: string): Entry | undefined {
  const weight = SENTIMENT.de.lookup(part, false);
  const themes = THEMES.de.lookup(part, false);
  const w = isWhole(weight, part, 'de') ? weight.value : undefined;
  const t = isWhole(themes, part, 'de') ? themes.value : undefined;
  if (w !== undefined || t !== undefined)
    return { ...(w === undefined ? {} : { weight: w }), themes: t ?? [] };
  const intensity = SHIFTERS.de.compoundIntensifiers.get(part);
  return intensity === undefined ? undefined : { compoundIntensity: intensity };
}

/**
 * A compound's sentiment comes from its last part when that has one ("Problemlösung" is good news),
 * otherwise from the nearest part before it that has one ("Katastrophenservice"); an intensifying
 * first part multiplies a polar rest ("superfreundlich"). Its themes are those of all its parts.
 */
function fromCompound(key: string): WordAnalysis | undefined {
  const parts = splitCompound(key, compoundPart);
  if (!parts) return undefined;
  // Intensifying parts such as "sau" only open a compound; inside one they are other words.
  if (parts.some((p, i) => i > 0 && p.value?.compoundIntensity !== undefined)) return undefined;
  const head = parts[parts.length - 1]?.value;
  if (!head) return undefined;
  const themes = [...new Set(parts.flatMap((p) => p.value?.themes ?? []))];
  const first = parts[0];
  const intensity = first?.value ? SHIFTERS.de.compoundIntensifiers.get(first.text) : undefined;
  let weight = head.weight ?? 0;
  let intensified = false;
  if (weight !== 0 && intensity !== undefined) {
    weight = Math.max(-1, Math.min(1, weight * intensity));
    intensified = true;
  } else if (weight === 0) {
    for (let i = parts.length - 2; i >= 0; i--) {
      const w = parts[i]?.value?.weight ?? 0;
      if (w !== 0) {
        weight = w;
        break;
      }
    }
  }
  return { weight, themes, known: true, intensified, parts: parts.map((p) => p.text) };
}

function analyse(key: string, lang: TextLanguage): WordAnalysis {
  if (key.length < 2) return UNKNOWN;
  const weightHit = SENTIMENT[lang].lookup(key);
  const themeHit = THEMES[lang].lookup(key);
  const weight = isWhole(weightHit, key, lang) ? weightHit : undefined;
  const themes = isWhole(themeHit, key, lang) ? themeHit : undefined;
  if (weight && themes) return { ...UNKNOWN, known: true, weight: weight.value, themes: themes.value };
  // A German word not wholly known may be a compound of known parts; what is known whole wins.
  const compound = lang === 'de' && key.length >= 7 ? fromCompound(key) : undefined;
  if (compound) {
    return {
      ...compound,
      weight: weight ? weight.value : compound.weight,
      intensified: weight ? false : compound.intensified,
      themes: themes ? themes.value : compound.themes,
    };
  }
  // Failing a split, a prefix with a long rest still says what the word begins with.
  const w = weight ?? weightHit;
  const t = themes ?? themeHit;
  if (!w && !t) return UNKNOWN;
  return { ...UNKNOWN, known: true, weight: w?.value ?? 0, themes: t?.value ?? [] };
}

// Words repeat across comments (Zipf), and stemming and compound splitting are the slow steps, so
// each language remembers its words. Bounded: when full it starts over rather than grow without end.
const CACHE_LIMIT = 50_000;
const CACHES: Record<TextLanguage, Map<string, WordAnalysis>> = { de: new Map(), en: new Map() };

/** The sentiment and themes of one word, given its match key (`matchKey`). */
export function analyseWord(key: string, lang: TextLanguage): WordAnalysis {
  const cache = CACHES[lang];
  const cached = cache.get(key);
  if (cached) return cached;
  const result = analyse(key, lang);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, result);
  return result;
}
