import { fmix32, fnv1a } from './fnv1a.js';
import type { SparseVector } from './sparse-vector.js';
import { isStopWord, STOP_WORDS } from './stop-words.js';
import { matchKey, stem, type TextLanguage } from './tokenize.js';

/** One comment as discovery reads it: its text and, when the analyser already knows it, its language. */
export interface DiscoveryComment {
  readonly text: string;
  readonly language?: TextLanguage | 'other' | null;
}

export interface DiscoveryVectorOptions {
  /** 2^bits buckets: the vectors' (and each centroid's) fixed dimension, whatever the vocabulary. */
  readonly bits: number;
  /** Weight of the character n-gram block against the stem block (each L2-normalised first). */
  readonly charWeight: number;
}

export const DEFAULT_VECTOR_OPTIONS: DiscoveryVectorOptions = { bits: 16, charWeight: 0.4 };

/** The comments' words as stems, interned: what the labels are made from. */
export interface StemTable {
  /** Stem id → stem. */
  readonly stems: readonly string[];
  /** Stem id → its most frequent written form ("Kündigung" for "kundig"). */
  readonly surface: readonly string[];
  /** Per comment, its distinct stem ids. */
  readonly byComment: readonly Uint32Array[];
  /** Stem id → in how many comments. */
  readonly df: Uint32Array;
}

export interface DiscoveryVectors {
  readonly dimension: number;
  readonly vectors: readonly SparseVector[];
  readonly stems: StemTable;
}

const STEM_START = fnv1a('s\u0000');
const CHAR_START = fnv1a('c\u0000');
const WORD = /[\p{L}\p{M}][\p{L}\p{M}\d'’-]*/gu;
/** Forms remembered per stem for its label: enough to find the common one, bounded. */
const MAX_FORMS = 8;

/**
 * A comment in neither language the analyser stored is read by the function words it uses:
 * a cheap vote that is right for all but the shortest comments (and then stemming barely differs).
 */
function languageOf(comment: DiscoveryComment, keys: readonly string[]): TextLanguage {
  if (comment.language === 'de' || comment.language === 'en') return comment.language;
  let de = 0;
  let en = 0;
  for (const key of keys) {
    if (STOP_WORDS.de.has(key)) de++;
    if (STOP_WORDS.en.has(key)) en++;
  }
  return en > de ? 'en' : 'de';
}

/** A comment's raw counts, kept as typed arrays until the idf is known (Maps cost ~10× the memory). */
interface Counted {
  readonly stemBuckets: Uint32Array;
  readonly stemCounts: Uint16Array;
  readonly charBuckets: Uint32Array;
  readonly charCounts: Uint16Array;
}

function packed(counts: ReadonlyMap<number, number>): [Uint32Array, Uint16Array] {
  const buckets = Uint32Array.from(counts.keys());
  const values = Uint16Array.from(counts.values(), (c) => Math.min(c, 65_535));
  return [buckets, values];
}

/**
 * TF-IDF vectors for discovery: Snowball stems of the topic words (German or English) plus the
 * character 3–5-grams inside each word, which let "Passwortänderung" and "Passwort" or
 * "Kündigungsfrist" and "gekündigt" share features without a compound dictionary. Both are hashed
 * into 2^bits buckets so memory does not grow with the vocabulary; each block gets sublinear tf ×
 * smoothed idf and L2 norm, then the weighted sum is L2-normalised (cosine = dot product).
 */
export function discoveryVectors(
  comments: readonly DiscoveryComment[],
  options: DiscoveryVectorOptions = DEFAULT_VECTOR_OPTIONS,
): DiscoveryVectors {
  const dimension = 2 ** options.bits;
  const mask = dimension - 1;
  const df = new Uint32Array(dimension);
  const stemIds = new Map<string, number>();
  const stemList: string[] = [];
  const forms: Map<string, number>[] = [];
  const byComment: Uint32Array[] = [];
  const stemCache = { de: new Map<string, string>(), en: new Map<string, string>() };
  const counted: Counted[] = [];

  const keysOf = (text: string) => {
    const written = text.match(WORD) ?? [];
    return { written, keys: written.map((w) => matchKey(w.replace(/’/g, "'"))) };
  };
  // The words the comments use: a German compound whose parts are among them also counts as
  // its parts ("Passwortänderung" → passwort + änderung), so it meets the comments that use them alone.
  const known = new Set<string>();
  for (const comment of comments)
    for (const key of keysOf(comment.text).keys) if (key.length >= 3 && known.size < 500_000) known.add(key);
  const partsCache = new Map<string, string[]>();
  const partsOf = (key: string): string[] => {
    let parts: string[] | undefined = partsCache.get(key);
    if (parts === undefined) {
      parts = [];
      if (key.length >= 8) {
        // The longest known first part and the longest known last part (either may be missing):
        // enough for discovery, which needs the overlap, not a full split.
        for (let end = key.length - 3; end >= 4; end--) {
          const head = key.slice(0, end);
          if (known.has(head) && !isStopWord(head)) {
            parts.push(head);
            break;
          }
        }
        for (let start = 3; start <= key.length - 4; start++) {
          const tail = key.slice(start);
          if (known.has(tail) && !isStopWord(tail)) {
            parts.push(tail);
            break;
          }
        }
      }
      if (partsCache.size < 200_000) partsCache.set(key, parts);
    }
    return parts;
  };

  for (const comment of comments) {
    const { written, keys } = keysOf(comment.text);
    const lang = languageOf(comment, keys);
    const stems = new Map<number, number>();
    const chars = new Map<number, number>();
    const ids = new Set<number>();
    keys.forEach((key, i) => {
      if (key.length < 2 || isStopWord(key)) return;
      const cache = stemCache[lang];
      let s = cache.get(key);
      if (s === undefined) {
        s = stem(key, lang);
        if (cache.size < 200_000) cache.set(key, s);
      }
      if (s.length < 2) return;
      let id = stemIds.get(s);
      if (id === undefined) {
        id = stemList.length;
        stemIds.set(s, id);
        stemList.push(s);
        forms.push(new Map());
      }
      ids.add(id);
      const formCounts = forms[id] as Map<string, number>;
      const form = (written[i] as string).replace(/^['’-]+|['’-]+$/g, '');
      if (formCounts.has(form) || formCounts.size < MAX_FORMS)
        formCounts.set(form, (formCounts.get(form) ?? 0) + 1);
      const sb = fmix32(fnv1a(s, STEM_START)) & mask;
      stems.set(sb, (stems.get(sb) ?? 0) + 1);
      if (lang === 'de')
        for (const part of partsOf(key)) {
          const pb = fmix32(fnv1a(stem(part, 'de'), STEM_START)) & mask;
          stems.set(pb, (stems.get(pb) ?? 0) + 1);
        }
      const padded = Array.from(`<${key}>`);
      for (let n = 3; n <= 5; n++)
        for (let start = 0; start + n <= padded.length; start++) {
          const cb = fmix32(fnv1a(padded.slice(start, start + n).join(''), CHAR_START)) & mask;
          chars.set(cb, (chars.get(cb) ?? 0) + 1);
        }
    });
    // A bucket both blocks hit counts once towards its document frequency.
    for (const b of new Set([...stems.keys(), ...chars.keys()])) df[b] = (df[b] as number) + 1;
    const [stemBuckets, stemCounts] = packed(stems);
    const [charBuckets, charCounts] = packed(chars);
    counted.push({ stemBuckets, stemCounts, charBuckets, charCounts });
    byComment.push(Uint32Array.from(ids).sort());
  }

  const n = comments.length;
  const idf = (bucket: number) => Math.log((1 + n) / (1 + (df[bucket] as number))) + 1;
  const vectors = counted.map((c, i) => {
    const combined = new Map<number, number>();
    addBlock(combined, c.stemBuckets, c.stemCounts, 1, idf);
    addBlock(combined, c.charBuckets, c.charCounts, options.charWeight, idf);
    // Let the raw counts go as soon as they are read.
    counted[i] = EMPTY;
    return normalised(combined);
  });
  counted.length = 0;

  const stemDf = new Uint32Array(stemList.length);
  for (const ids of byComment) for (const id of ids) stemDf[id] = (stemDf[id] as number) + 1;
  const surface = forms.map((f) => {
    let best = '';
    let bestCount = -1;
    // Most frequent form; ties go to the alphabetically first, so the label never depends on order.
    for (const [form, c] of f)
      if (c > bestCount || (c === bestCount && form < best)) [best, bestCount] = [form, c];
    return best;
  });
  return { dimension, vectors, stems: { stems: stemList, surface, byComment, df: stemDf } };
}

const EMPTY: Counted = {
  stemBuckets: new Uint32Array(0),
  stemCounts: new Uint16Array(0),
  charBuckets: new Uint32Array(0),
  charCounts: new Uint16Array(0),
};

function addBlock(
  target: Map<number, number>,
  buckets: Uint32Array,
  counts: Uint16Array,
  weight: number,
  idf: (bucket: number) => number,
): void {
  if (buckets.length === 0 || weight === 0) return;
  const weights = new Float64Array(buckets.length);
  let squares = 0;
  for (let i = 0; i < buckets.length; i++) {
    const w = (1 + Math.log(counts[i] as number)) * idf(buckets[i] as number);
    weights[i] = w;
    squares += w * w;
  }
  const scale = weight / Math.sqrt(squares);
  for (let i = 0; i < buckets.length; i++) {
    const bucket = buckets[i] as number;
    target.set(bucket, (target.get(bucket) ?? 0) + (weights[i] as number) * scale);
  }
}

function normalised(values: ReadonlyMap<number, number>): SparseVector {
  let squares = 0;
  for (const v of values.values()) squares += v * v;
  const norm = Math.sqrt(squares) || 1;
  const indices = Uint32Array.from(values.keys()).sort();
  const out = new Float32Array(indices.length);
  indices.forEach((bucket, i) => {
    out[i] = (values.get(bucket) as number) / norm;
  });
  return { indices, values: out };
}
