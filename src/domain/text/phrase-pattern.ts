import { isNegator, SHIFTERS } from './sentiment-shifters.js';
import { spellings, type TextLanguage, type Token } from './tokenize.js';

/**
 * Multi-word patterns over tokens, for complaint cues and theme phrases. A pattern is words
 * separated by spaces; each word is a slot:
 *
 * - `antwort`          that word (umlauts optional: "zurück" matches "zurueck" and "zuruck", see `spellings`)
 * - `antwort*`         any word beginning with it (at least three letters)
 * - `a|b*|c`           any of these
 * - `#`                a number, in digits or words ("3", "drei", "several")
 * - `!neg`             a negator of the language ("nicht", "kein", "never", "didn't"; not "ohne", "without")
 * - `…` before a slot  up to three other words may come before it
 *
 * Between slots one other word may stand ("keine schnelle Antwort" matches "keine antwort"), so
 * patterns tolerate an adjective or article without listing it. No pattern reaches across a
 * comma or sentence end.
 */
export interface PhraseMatch<T> {
  readonly value: T;
  readonly source: string;
  /** Indices of the first and last token of the match. */
  readonly first: number;
  readonly last: number;
}

export interface PhraseSet<T> {
  /**
   * Matches left to right. With `overlapping` false (cues), a match takes its tokens and the
   * pattern with the most slots wins at each start; with true (themes), every pattern may match.
   */
  find(tokens: readonly Token[], overlapping: boolean): PhraseMatch<T>[];
}

type Alternative =
  | { readonly kind: 'word'; readonly key: string }
  | { readonly kind: 'prefix'; readonly key: string }
  | { readonly kind: 'number' }
  | { readonly kind: 'negator' };

interface Slot {
  readonly alternatives: readonly Alternative[];
  /** How many other tokens may stand before this slot. */
  readonly gap: number;
}

interface Pattern<T> {
  readonly source: string;
  readonly value: T;
  readonly slots: readonly Slot[];
}

const DEFAULT_GAP = 1;
const WIDE_GAP = 3;

const NUMBER_WORDS: Readonly<Record<TextLanguage, readonly string[]>> = {
  de: [
    'ein',
    'eine',
    'einen',
    'einem',
    'einer',
    'zwei',
    'drei',
    'vier',
    'fünf',
    'sechs',
    'sieben',
    'acht',
    'neun',
    'zehn',
    'elf',
    'zwölf',
    'zwanzig',
    'dreißig',
    'paar',
    'mehrere',
    'mehreren',
    'einige',
    'einigen',
    'etliche',
    'etlichen',
    'vielen',
    'unzähligen',
  ],
  en: [
    'a',
    'an',
    'one',
    'two',
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
    'eleven',
    'twelve',
    'twenty',
    'thirty',
    'few',
    'several',
    'couple',
    'many',
    'multiple',
  ],
};

const parseSlot = (word: string, gap: number): Slot => ({
  gap,
  alternatives: word.split('|').flatMap((alt): Alternative[] => {
    if (alt === '#') return [{ kind: 'number' }];
    if (alt === '!neg') return [{ kind: 'negator' }];
    if (alt.endsWith('*')) {
      const keys = spellings(alt.slice(0, -1));
      if (keys.some((key) => key.length < 3))
        throw new Error(`prefix "${alt}" is shorter than three letters`);
      return keys.map((key) => ({ kind: 'prefix', key }));
    }
    return spellings(alt).map((key) => ({ kind: 'word', key }));
  }),
});

function parsePattern<T>(source: string, value: T): Pattern<T> {
  const slots: Slot[] = [];
  let gap = DEFAULT_GAP;
  for (const word of source.trim().split(/\s+/)) {
    if (word === '…' || word === '...') {
      gap = WIDE_GAP;
      continue;
    }
    slots.push(parseSlot(word, slots.length === 0 ? 0 : gap));
    gap = DEFAULT_GAP;
  }
  if (slots.length === 0) throw new Error(`empty pattern "${source}"`);
  return { source, value, slots };
}

/** Compiles patterns once; they are indexed by their first slot so a text only tries the few that can start at each word. */
export function compilePhrases<T>(
  lang: TextLanguage,
  list: Iterable<readonly [source: string, value: T]>,
): PhraseSet<T> {
  const numberWords = new Set(NUMBER_WORDS[lang].flatMap(spellings));
  const byWord = new Map<string, Pattern<T>[]>();
  const byPrefix = new Map<string, { key: string; pattern: Pattern<T> }[]>();
  const byNumber: Pattern<T>[] = [];
  const byNegator: Pattern<T>[] = [];

  for (const [source, value] of list) {
    const pattern = parsePattern(source, value);
    for (const alt of pattern.slots[0]?.alternatives ?? []) {
      if (alt.kind === 'word') byWord.set(alt.key, [...(byWord.get(alt.key) ?? []), pattern]);
      else if (alt.kind === 'prefix') {
        const head = alt.key.slice(0, 3);
        byPrefix.set(head, [...(byPrefix.get(head) ?? []), { key: alt.key, pattern }]);
      } else if (alt.kind === 'number') byNumber.push(pattern);
      else byNegator.push(pattern);
    }
  }

  const shifters = SHIFTERS[lang];

  return {
    find(tokens, overlapping) {
      const keys = tokens.map((t) => (t.kind === 'punct' ? '' : t.key));
      const negates = (i: number) => {
        const t = tokens[i];
        if (!t || t.kind !== 'word' || !isNegator(t.key, lang) || shifters.prepositionalNegators.has(t.key))
          return false;
        const next = tokens[i + 1];
        return !(next && shifters.notNegatingBefore.has(next.key));
      };
      const fits = (alt: Alternative, i: number): boolean => {
        const key = keys[i] ?? '';
        if (key === '') return false;
        switch (alt.kind) {
          case 'word':
            return key === alt.key;
          case 'prefix':
            return key.startsWith(alt.key);
          case 'number':
            return tokens[i]?.kind === 'number' || numberWords.has(key);
          case 'negator':
            return negates(i);
        }
      };
      // The end of the shortest match of slots[s..] starting no earlier than `from`, or -1.
      const matchFrom = (slots: readonly Slot[], s: number, from: number): number => {
        const slot = slots[s];
        if (!slot) return from - 1;
        for (let i = from; i <= from + slot.gap && i < tokens.length; i++) {
          if (i > from && tokens[i - 1]?.boundary) break;
          if (tokens[i]?.boundary) break;
          if (slot.alternatives.some((alt) => fits(alt, i))) {
            const end = matchFrom(slots, s + 1, i + 1);
            if (end >= 0) return end;
          }
        }
        return -1;
      };

      const matches: PhraseMatch<T>[] = [];
      let taken = -1;
      // The best match at the current start (cues): most slots, then shortest.
      const pick: { match: PhraseMatch<T> | undefined; slots: number } = { match: undefined, slots: 0 };
      const tryPattern = (pattern: Pattern<T>, i: number) => {
        const end = matchFrom(pattern.slots, 1, i + 1);
        if (end < 0) return;
        const match = { value: pattern.value, source: pattern.source, first: i, last: end };
        if (overlapping) {
          if (!matches.some((m) => m.source === pattern.source && m.last >= i)) matches.push(match);
        } else if (
          pattern.slots.length > pick.slots ||
          (pattern.slots.length === pick.slots && pick.match && end < pick.match.last)
        ) {
          pick.match = match;
          pick.slots = pattern.slots.length;
        }
      };
      for (let i = 0; i < tokens.length; i++) {
        const key = keys[i] ?? '';
        if (key === '' || (!overlapping && i <= taken)) continue;
        // (Object.assign rather than two assignments: TypeScript would keep `match` narrowed to
        // undefined across the calls below.)
        Object.assign(pick, { match: undefined, slots: 0 });
        for (const pattern of byWord.get(key) ?? []) tryPattern(pattern, i);
        for (const p of byPrefix.get(key.slice(0, 3)) ?? [])
          if (key.startsWith(p.key)) tryPattern(p.pattern, i);
        if (tokens[i]?.kind === 'number' || numberWords.has(key))
          for (const pattern of byNumber) tryPattern(pattern, i);
        if (byNegator.length > 0 && negates(i)) for (const pattern of byNegator) tryPattern(pattern, i);
        const found = pick.match;
        if (found) {
          matches.push(found);
          taken = found.last;
        }
      }
      return matches;
    },
  };
}
