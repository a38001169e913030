import type { RandomSource } from '../metrics/mulberry32.js';
import type { SparseVector } from './sparse-vector.js';

export interface Clustering {
  readonly k: number;
  /** Per vector, its cluster (0…k−1); −1 for an empty vector, which is close to nothing. */
  readonly assignment: Int32Array;
  /** Per vector, the cosine to its cluster's centre (0 for an empty vector). */
  readonly similarity: Float32Array;
  /** k × dimension, dimension-major (bucket b of cluster j at b·k + j), unit length per cluster. */
  readonly centroids: Float32Array;
}

export interface KMeansOptions {
  readonly k: number;
  readonly dimension: number;
  readonly random: RandomSource;
  readonly maxIterations?: number;
  /** Start from these centres (k × dimension, dimension-major, as `Clustering.centroids`) instead of seeding. */
  readonly initial?: Float32Array;
}

/**
 * Spherical k-means on L2-normalised sparse vectors (cosine similarity as the dot product):
 * k-means++ seeding (each next centre drawn with probability ∝ 1 − its best cosine so far), then
 * assign–update until no vector moves or `maxIterations`. Centroids are dense but dimension-major,
 * so a vector's k dot products walk k neighbouring floats per non-zero entry; memory is
 * k × dimension floats whatever the number of vectors. A cluster left empty takes the vector
 * furthest from its centre. Deterministic for a given random source.
 */
export function sphericalKMeans(vectors: readonly SparseVector[], options: KMeansOptions): Clustering {
  const { dimension, random } = options;
  const usable = vectors.map((v, i) => (v.indices.length > 0 ? i : -1)).filter((i) => i >= 0);
  const k = Math.max(1, Math.min(options.k, usable.length));
  const centroids = new Float32Array(dimension * k);
  const assignment = new Int32Array(vectors.length).fill(-1);
  const similarity = new Float32Array(vectors.length);
  if (usable.length === 0) return { k, assignment, similarity, centroids };

  const setCentre = (j: number, v: SparseVector) => {
    for (let b = 0; b < dimension; b++) centroids[b * k + j] = 0;
    for (let e = 0; e < v.indices.length; e++)
      centroids[(v.indices[e] as number) * k + j] = v.values[e] as number;
  };
  const dotWith = (v: SparseVector, j: number) => {
    let s = 0;
    for (let e = 0; e < v.indices.length; e++)
      s += (v.values[e] as number) * (centroids[(v.indices[e] as number) * k + j] as number);
    return s;
  };

  if (options.initial && options.initial.length === centroids.length) centroids.set(options.initial);
  else seedCentres(vectors, usable, k, random, setCentre, dotWith);

  const scores = new Float64Array(k);
  const sums = new Float64Array(dimension * k);
  const sizes = new Uint32Array(k);
  const maxIterations = options.maxIterations ?? 25;
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    let moved = 0;
    for (const i of usable) {
      const v = vectors[i] as SparseVector;
      scores.fill(0);
      for (let e = 0; e < v.indices.length; e++) {
        const base = (v.indices[e] as number) * k;
        const value = v.values[e] as number;
        for (let j = 0; j < k; j++)
          scores[j] = (scores[j] as number) + value * (centroids[base + j] as number);
      }
      let arg = 0;
      for (let j = 1; j < k; j++) if ((scores[j] as number) > (scores[arg] as number)) arg = j;
      if (assignment[i] !== arg) moved++;
      assignment[i] = arg;
      similarity[i] = scores[arg] as number;
    }
    if (moved === 0 && iteration > 0) break;
    // Update: each centre the normalised sum of its members.
    sums.fill(0);
    sizes.fill(0);
    for (const i of usable) {
      const v = vectors[i] as SparseVector;
      const j = assignment[i] as number;
      sizes[j] = (sizes[j] as number) + 1;
      for (let e = 0; e < v.indices.length; e++) {
        const at = (v.indices[e] as number) * k + j;
        sums[at] = (sums[at] as number) + (v.values[e] as number);
      }
    }
    const norms = new Float64Array(k);
    for (let at = 0; at < sums.length; at++)
      norms[at % k] = (norms[at % k] as number) + (sums[at] as number) ** 2;
    for (let j = 0; j < k; j++) {
      if (sizes[j] === 0) {
        // An empty cluster restarts at the vector its centre fits worst.
        let worst = usable[0] as number;
        for (const i of usable) if ((similarity[i] as number) < (similarity[worst] as number)) worst = i;
        similarity[worst] = 1;
        setCentre(j, vectors[worst] as SparseVector);
        norms[j] = -1;
      }
    }
    for (let at = 0; at < sums.length; at++) {
      const norm = norms[at % k] as number;
      if (norm < 0) continue;
      centroids[at] = norm > 0 ? (sums[at] as number) / Math.sqrt(norm) : 0;
    }
  }
  return { k, assignment, similarity, centroids };
}

/** k-means++: the first centre a random vector, each next one drawn with probability ∝ 1 − its best cosine so far. */
function seedCentres(
  vectors: readonly SparseVector[],
  usable: readonly number[],
  k: number,
  random: RandomSource,
  setCentre: (j: number, v: SparseVector) => void,
  dotWith: (v: SparseVector, j: number) => number,
): void {
  const best = new Float32Array(vectors.length).fill(-1);
  setCentre(0, vectors[usable[Math.floor(random() * usable.length)] as number] as SparseVector);
  for (let j = 0; j < k; j++) {
    let total = 0;
    for (const i of usable) {
      const s = dotWith(vectors[i] as SparseVector, j);
      if (s > (best[i] as number)) best[i] = s;
      total += Math.max(0, 1 - (best[i] as number));
    }
    if (j + 1 === k) break;
    let pick = usable[usable.length - 1] as number;
    let target = random() * total;
    for (const i of usable) {
      target -= Math.max(0, 1 - (best[i] as number));
      if (target <= 0) {
        pick = i;
        break;
      }
    }
    setCentre(j + 1, vectors[pick] as SparseVector);
  }
}
