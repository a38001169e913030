import { mulberry32 } from '../metrics/mulberry32.js';
import {
  DEFAULT_VECTOR_OPTIONS,
  discoveryVectors,
  type DiscoveryComment,
  type DiscoveryVectorOptions,
  type StemTable,
} from './discovery-vectors.js';
import { fnv1a } from './fnv1a.js';
import type { SparseVector } from './sparse-vector.js';
import { sphericalKMeans, type Clustering } from './spherical-kmeans.js';

export type { DiscoveryComment } from './discovery-vectors.js';

export interface ThemeCandidate {
  /** `cand-` + a hash of its label stems: the same group found again keeps its id. */
  readonly id: string;
  /** Up to `terms` readable words that set the group apart, most telling first. */
  readonly terms: readonly string[];
  /** The stems behind `terms`, in the same order. */
  readonly stems: readonly string[];
  readonly size: number;
  /** Indices (into the input) of the members closest to the centre, distinct texts. */
  readonly examples: readonly number[];
  /** Mean cosine of the members to their centre: how alike they are (0…1). */
  readonly cohesion: number;
}

export interface ThemeDiscovery {
  /** Largest first; ties by id. */
  readonly candidates: readonly ThemeCandidate[];
  /** Per input comment, its candidate's id, or null (a tiny group, too far from every centre, no words). */
  readonly assignments: readonly (string | null)[];
  readonly k: number;
  readonly unclustered: number;
}

/**
 * A local sentence-embedding model an operator points Resonance to (a model folder): the server
 * calls it and passes `embeddingVectors(await embedder.embed(texts))` as `embeddings`, so the
 * grouping uses the model while this module stays pure. None is needed: the default is TF-IDF.
 */
export interface Embedder {
  readonly dimension: number;
  embed(texts: readonly string[]): Promise<readonly Float32Array[]>;
}

/** Dense embeddings as the L2-normalised sparse vectors k-means takes (every index present). */
export function embeddingVectors(dense: readonly Float32Array[]): SparseVector[] {
  return dense.map((v) => {
    let squares = 0;
    for (const x of v) squares += x * x;
    const norm = Math.sqrt(squares) || 1;
    return {
      indices: Uint32Array.from({ length: v.length }, (_, i) => i),
      values: Float32Array.from(v, (x) => x / norm),
    };
  });
}

export interface DiscoveryOptions {
  readonly seed: number;
  /** Fixed number of groups (a split asks for 2); otherwise chosen by the rule in `chooseK`. */
  readonly k?: number;
  /** Largest k the rule tries. */
  readonly maxK: number;
  /** A group smaller than max(minSize, minShare · n) is dropped into "unclustered". */
  readonly minSize: number;
  readonly minShare: number;
  /** A comment less similar than this (cosine) to its group's centre stays unclustered. */
  readonly minSimilarity: number;
  /** k-means runs from different seedings on a sample of `restartSample`; the tightest starts the full run. */
  readonly restarts: number;
  readonly restartSample: number;
  readonly terms: number;
  readonly examples: number;
  readonly vectors: DiscoveryVectorOptions;
  /**
   * Vectors made elsewhere (an `Embedder` over a local model), one per comment, L2-normalised,
   * indices below `embeddingDimension`: they replace the TF-IDF vectors for grouping only; labels
   * still come from the comments' words.
   */
  readonly embeddings?: readonly SparseVector[];
  readonly embeddingDimension?: number;
}

export const DEFAULT_DISCOVERY_OPTIONS: DiscoveryOptions = {
  seed: 16,
  maxK: 24,
  minSize: 3,
  minShare: 0.005,
  minSimilarity: 0.05,
  restarts: 6,
  restartSample: 4000,
  terms: 5,
  examples: 3,
  vectors: DEFAULT_VECTOR_OPTIONS,
};

/**
 * How many groups when the caller does not say: k = round(√(n / 10)), at least 2 and at most
 * maxK — about 2 for 60 comments, 10 for 1,000, the cap from about 6,000. The silhouette (full
 * or simplified) was tried and rises with k on short comments (measured on eval/text and on
 * synthetic sets), so it always picked the largest k; a square-root rule keeps the list short
 * enough to review, and an admin splits a candidate that holds two things.
 */
export function chooseK(n: number, maxK: number): number {
  return Math.max(2, Math.min(maxK, Math.round(Math.sqrt(n / 10))));
}

/**
 * Groups comments into candidate themes. The caller passes the comments no curated theme
 * claimed. Vectors: TF-IDF over stems and in-word character n-grams (`discovery-vectors.ts`), or
 * the given embeddings; spherical k-means with k-means++ seeding and k by `chooseK`; groups under
 * the minimum size become "unclustered". Each candidate is labelled by the stems most
 * over-represented in it (share in the group × log of its share against all comments) shown
 * in their commonest written form, with the members nearest its centre as examples.
 * Deterministic: the same comments, order and options give the same result.
 */
export function discoverThemes(
  comments: readonly DiscoveryComment[],
  overrides: Partial<DiscoveryOptions> = {},
): ThemeDiscovery {
  const options = { ...DEFAULT_DISCOVERY_OPTIONS, ...overrides };
  const random = mulberry32(options.seed);
  const built = discoveryVectors(comments, options.vectors);
  const vectors = options.embeddings ?? built.vectors;
  const dimension = options.embeddings ? (options.embeddingDimension ?? 0) : built.dimension;
  if (options.embeddings && options.embeddings.length !== comments.length)
    throw new RangeError(
      `embeddings must be one per comment (${comments.length}), got ${options.embeddings.length}`,
    );
  const assignments: (string | null)[] = comments.map(() => null);
  if (comments.length < 2 * options.minSize)
    return { candidates: [], assignments, k: 0, unclustered: comments.length };

  const k = options.k ?? chooseK(comments.length, options.maxK);
  // Several seedings on a sample, the tightest kept (highest total cosine to the centres): one
  // unlucky k-means++ draw can put two topics in one group and split a third. The winner's centres
  // then start k-means over all comments, which needs few rounds from there.
  const sample = seededSample(vectors, options.restartSample, random);
  let start = sphericalKMeans(sample, { k, dimension, random });
  for (let restart = 1; restart < options.restarts; restart++) {
    const other = sphericalKMeans(sample, { k, dimension, random });
    if (fit(other) > fit(start)) start = other;
  }
  const clustering =
    sample.length === vectors.length
      ? start
      : sphericalKMeans(vectors, {
          k: start.k,
          dimension,
          random,
          initial: start.centroids,
          maxIterations: 12,
        });
  const minSize = Math.max(options.minSize, Math.ceil(options.minShare * comments.length));
  const members = groupMembers(clustering, options.minSimilarity);

  const candidates: ThemeCandidate[] = [];
  const seen = new Set<string>();
  for (const group of members) {
    if (group.length < minSize) continue;
    const labels = label(group, built.stems, comments.length, options.terms);
    let id = `cand-${fnv1a([...labels.stems].sort().join(' ')).toString(36)}`;
    // Two groups with the same label words: the second gets the smallest member's index as well.
    if (seen.has(id)) id = `${id}-${(group[0] as number).toString(36)}`;
    seen.add(id);
    for (const i of group) assignments[i] = id;
    const cohesion = group.reduce((s, i) => s + (clustering.similarity[i] as number), 0) / group.length;
    candidates.push({
      id,
      terms: labels.terms,
      stems: labels.stems,
      size: group.length,
      examples: examplesOf(group, clustering, comments, options.examples),
      cohesion: Math.round(cohesion * 1000) / 1000,
    });
  }
  candidates.sort((a, b) => b.size - a.size || (a.id < b.id ? -1 : 1));
  return {
    candidates,
    assignments,
    k: clustering.k,
    unclustered: assignments.filter((a) => a === null).length,
  };
}

function seededSample<T>(items: readonly T[], size: number, random: () => number): readonly T[] {
  if (items.length <= size) return items;
  // The first `size` of a seeded partial Fisher–Yates shuffle, kept in input order.
  const order = Uint32Array.from({ length: items.length }, (_, i) => i);
  for (let i = 0; i < size; i++) {
    const j = i + Math.floor(random() * (items.length - i));
    const t = order[i] as number;
    order[i] = order[j] as number;
    order[j] = t;
  }
  return Array.from(order.subarray(0, size).sort(), (i) => items[i] as T);
}

function fit(clustering: Clustering): number {
  let total = 0;
  for (const s of clustering.similarity) total += s;
  return total;
}

function groupMembers(clustering: Clustering, minSimilarity: number): number[][] {
  const groups: number[][] = Array.from({ length: clustering.k }, () => []);
  clustering.assignment.forEach((j, i) => {
    if (j >= 0 && (clustering.similarity[i] as number) >= minSimilarity) (groups[j] as number[]).push(i);
  });
  return groups;
}

function label(
  group: readonly number[],
  table: StemTable,
  total: number,
  count: number,
): { terms: string[]; stems: string[] } {
  const inGroup = new Map<number, number>();
  for (const i of group)
    for (const id of table.byComment[i] ?? []) inGroup.set(id, (inGroup.get(id) ?? 0) + 1);
  const scored: { id: number; score: number }[] = [];
  for (const [id, df] of inGroup) {
    if (df < 2) continue;
    const share = df / group.length;
    const overall = (table.df[id] as number) / total;
    if (share <= overall) continue;
    scored.push({ id, score: share * Math.log(share / overall) });
  }
  scored.sort(
    (a, b) => b.score - a.score || ((table.stems[a.id] as string) < (table.stems[b.id] as string) ? -1 : 1),
  );
  const top = scored.slice(0, count);
  return {
    terms: top.map((s) => table.surface[s.id] as string),
    stems: top.map((s) => table.stems[s.id] as string),
  };
}

function examplesOf(
  group: readonly number[],
  clustering: Clustering,
  comments: readonly DiscoveryComment[],
  count: number,
): number[] {
  const ranked = [...group].sort(
    (a, b) => (clustering.similarity[b] as number) - (clustering.similarity[a] as number) || a - b,
  );
  const texts = new Set<string>();
  const out: number[] = [];
  for (const i of ranked) {
    const text = (comments[i] as DiscoveryComment).text.trim();
    if (texts.has(text)) continue;
    texts.add(text);
    out.push(i);
    if (out.length === count) break;
  }
  return out;
}
