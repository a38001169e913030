import { fmix32, fnv1a } from './fnv1a.js';
import { type SparseVector } from './sparse-vector.js';
import { clauses, markNegation } from './word-tokens.js';

/**
 * How a comment becomes a sparse vector. Hashing (instead of a vocabulary) keeps a model a fixed
 * size whatever an organization's customers write, needs no vocabulary stored beside it, and
 * lets words never seen in training still hit their character n-grams.
 */
export interface HashedFeatureOptions {
  /** 2^bits buckets. */
  readonly bits: number;
  /** Longest word n-gram: 1 for words only, 2 adds bigrams, 3 trigrams (within a clause). */
  readonly wordNgrams: number;
  /**
   * Character n-grams of each word padded with < and > (never across words): they let
   * "Lieferzeit" share features with "Lieferung" and "Wartezeit", which German compounds need,
   * and tolerate typos. null turns them off.
   */
  readonly charNgrams: { readonly min: number; readonly max: number } | null;
  /** Prefix the words after a negator with NEG_ (word unigrams only; bigrams see "not good" anyway). */
  readonly negation: boolean;
  /** Count ! and ? as words: "Love it!!!" is more often five stars than "Love it." */
  readonly marks: boolean;
  /**
   * The character block's weight against the word block's (each L2-normalised first): a comment
   * has several times more character n-grams than words, which would otherwise drown the words.
   */
  readonly charWeight: number;
}

export const DEFAULT_FEATURE_OPTIONS: HashedFeatureOptions = {
  bits: 18,
  wordNgrams: 3,
  charNgrams: { min: 3, max: 5 },
  negation: true,
  marks: true,
  charWeight: 1,
};

// Each kind of feature hashes from its own start, so the word "gut" and the trigram "gut" differ.
const WORD_START = fnv1a('w\u0000');
const NGRAM_START = fnv1a('n\u0000');
const CHAR_START = fnv1a('c\u0000');
const MARKS = /[!?]/g;

/** @throws RangeError for options that cannot make a vector. */
export function checkFeatureOptions(options: HashedFeatureOptions): void {
  if (!Number.isInteger(options.bits) || options.bits < 1 || options.bits > 30)
    throw new RangeError(`bits must be a whole number from 1 to 30, got ${options.bits}`);
  if (!Number.isInteger(options.wordNgrams) || options.wordNgrams < 0 || options.wordNgrams > 3)
    throw new RangeError(`wordNgrams must be 0 to 3, got ${options.wordNgrams}`);
  const chars = options.charNgrams;
  if (
    chars &&
    (!Number.isInteger(chars.min) || !Number.isInteger(chars.max) || chars.min < 1 || chars.max < chars.min)
  )
    throw new RangeError(`charNgrams must be 1 ≤ min ≤ max, got ${chars.min}–${chars.max}`);
  if (!(options.charWeight >= 0) || !Number.isFinite(options.charWeight))
    throw new RangeError(`charWeight must be a finite number ≥ 0, got ${options.charWeight}`);
}

function count(counts: Map<number, number>, hash: number, mask: number): void {
  const bucket = fmix32(hash) & mask;
  counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
}

/** Sublinear tf (1 + ln count: the tenth "great" adds little) and L2 norm 1, scaled by `weight`. */
function addBlock(target: Map<number, number>, counts: ReadonlyMap<number, number>, weight: number): void {
  if (counts.size === 0 || weight === 0) return;
  let squares = 0;
  for (const tf of counts.values()) squares += (1 + Math.log(tf)) ** 2;
  const scale = weight / Math.sqrt(squares);
  for (const [bucket, tf] of counts)
    target.set(bucket, (target.get(bucket) ?? 0) + (1 + Math.log(tf)) * scale);
}

/**
 * The hashed feature vector of a text: word n-grams within clauses (unigrams negation-marked
 * when asked), ! and ? marks, and character n-grams within words; the word and character blocks
 * each with sublinear tf and L2-normalised, combined
 * and L2-normalised again so long and short comments weigh alike. An empty text gives an empty
 * vector.
 */
export function hashedFeatures(
  text: string,
  options: HashedFeatureOptions = DEFAULT_FEATURE_OPTIONS,
): SparseVector {
  checkFeatureOptions(options);
  const mask = 2 ** options.bits - 1;
  const words = new Map<number, number>();
  const chars = new Map<number, number>();
  for (const clause of clauses(text)) {
    if (options.wordNgrams >= 1) {
      const unigrams = options.negation ? markNegation(clause) : clause;
      for (const word of unigrams) count(words, fnv1a(word, WORD_START), mask);
    }
    for (let n = 2; n <= options.wordNgrams; n++)
      for (let end = n; end <= clause.length; end++) {
        let hash = fnv1a(String(n), NGRAM_START);
        for (let k = end - n; k < end; k++) hash = fnv1a(` ${clause[k] as string}`, hash);
        count(words, hash, mask);
      }
    if (options.charNgrams) {
      const { min, max } = options.charNgrams;
      for (const word of clause) {
        // Code points, so an emoji or any astral character is one character, never half of one.
        const padded = Array.from(`<${word}>`);
        for (let n = min; n <= max; n++)
          for (let start = 0; start + n <= padded.length; start++)
            count(chars, fnv1a(padded.slice(start, start + n).join(''), CHAR_START), mask);
      }
    }
  }
  if (options.marks) for (const mark of text.matchAll(MARKS)) count(words, fnv1a(mark[0], WORD_START), mask);
  const combined = new Map<number, number>();
  addBlock(combined, words, 1);
  addBlock(combined, chars, options.charWeight);
  let squares = 0;
  for (const value of combined.values()) squares += value * value;
  const norm = Math.sqrt(squares);
  const indices = Uint32Array.from(combined.keys()).sort();
  const values = new Float32Array(indices.length);
  indices.forEach((bucket, i) => {
    values[i] = (combined.get(bucket) as number) / norm;
  });
  return { indices, values };
}
