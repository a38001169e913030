import { spellings, stem, type TextLanguage } from './tokenize.js';

/**
 * The notation lexicon and dictionary entries are written in:
 *
 * - `wort`  a lemma: the word and every form with the same Snowball stem ("gut" → "guten", "gute").
 * - `wort*` a prefix: every word that begins with it ("enttäusch*" → "enttäuscht", "Enttäuschung").
 *           The longest prefix wins, so "unfreundl*" and "freundl*" can both be entries.
 * - `=wort` this form only, for short or ambiguous words ("=ok", "=top").
 *
 * Entries are written with umlauts; each matches its "ae/oe/ue" spelling through `matchKey` and,
 * unless that collides with another German word, the spelling without them ("unverschamt").
 */
export type MatchHow = 'exact' | 'lemma' | 'prefix';

export interface WordHit<T> {
  readonly value: T;
  readonly how: MatchHow;
  /** How many characters of the key the entry covers: all of them, except for a prefix. */
  readonly length: number;
}

export interface WordTable<T> {
  /**
   * The entry for a match key: its exact form, then its lemma, then its longest prefix. With
   * `useStem` false the lemma is found by dropping one German inflection ending instead of
   * stemming: compound parts are looked up many times per word, and Snowball is the slow step.
   */
  lookup(key: string, useStem?: boolean): WordHit<T> | undefined;
}

const INFLECTION_ENDINGS = ['en', 'er', 'es', 'em', 'e', 'n', 's'];

interface TrieNode<T> {
  readonly next: Map<number, TrieNode<T>>;
  value?: T;
}

export interface ParsedPattern {
  readonly how: MatchHow;
  /** The keys it is registered under: its match key and, maybe, its umlaut-free spelling. */
  readonly keys: readonly string[];
}

/** Reads one entry of the notation into the keys it stands for. */
export function parseWordPattern(pattern: string): ParsedPattern {
  const how: MatchHow = pattern.startsWith('=') ? 'exact' : pattern.endsWith('*') ? 'prefix' : 'lemma';
  const body = pattern.replace(/^=/, '').replace(/\*$/, '');
  if (body === '' || /[\s*=]/.test(body)) throw new Error(`"${pattern}" is not a word pattern`);
  return { how, keys: spellings(body) };
}

/**
 * Compiles entries of the notation into maps and a character trie, once at module load, so a
 * lookup costs a few map reads however long the lexicon grows.
 */
export function buildWordTable<T>(
  lang: TextLanguage,
  entries: Iterable<readonly [pattern: string, value: T]>,
  merge: (a: T, b: T) => T,
): WordTable<T> {
  const exact = new Map<string, { value: T; how: MatchHow }>();
  const lemmas = new Map<string, T>();
  const stems = new Map<string, T>();
  const root: TrieNode<T> = { next: new Map() };

  const put = <K>(map: Map<K, T>, key: K, value: T) => {
    const old = map.get(key);
    map.set(key, old === undefined ? value : merge(old, value));
  };

  for (const [pattern, value] of entries) {
    const { how, keys } = parseWordPattern(pattern);
    for (const key of keys) {
      if (how === 'prefix') {
        let node = root;
        for (let i = 0; i < key.length; i++) {
          const code = key.charCodeAt(i);
          let child = node.next.get(code);
          if (!child) {
            child = { next: new Map() };
            node.next.set(code, child);
          }
          node = child;
        }
        node.value = node.value === undefined ? value : merge(node.value, value);
        continue;
      }
      const old = exact.get(key);
      exact.set(key, { value: old === undefined ? value : merge(old.value, value), how });
      if (how === 'lemma') {
        put(lemmas, key, value);
        put(stems, stem(key, lang), value);
      }
    }
  }

  const longestPrefix = (key: string): WordHit<T> | undefined => {
    let node: TrieNode<T> | undefined = root;
    let best: WordHit<T> | undefined;
    for (let i = 0; i < key.length && node; i++) {
      node = node.next.get(key.charCodeAt(i));
      if (node?.value !== undefined) best = { value: node.value, how: 'prefix', length: i + 1 };
    }
    return best;
  };

  return {
    lookup(key, useStem = true) {
      const hit = exact.get(key);
      if (hit) return { value: hit.value, how: hit.how, length: key.length };
      if (useStem) {
        const stemmed = stem(key, lang);
        const byStem = stems.get(stemmed);
        if (byStem !== undefined) {
          // A prefix entry longer than the stem is the more specific one ("painful*" over "pain").
          const prefix = longestPrefix(key);
          if (prefix && prefix.length > stemmed.length) return prefix;
          return { value: byStem, how: 'lemma', length: key.length };
        }
      } else {
        for (const ending of INFLECTION_ENDINGS) {
          if (key.length - ending.length < 3 || !key.endsWith(ending)) continue;
          const lemma = lemmas.get(key.slice(0, -ending.length));
          if (lemma !== undefined) return { value: lemma, how: 'lemma', length: key.length };
        }
      }
      return longestPrefix(key);
    },
  };
}
