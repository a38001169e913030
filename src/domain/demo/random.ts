/**
 * A small seeded random source for the demo generator. Math.random cannot be seeded, and the
 * demo must come out byte-for-byte the same for the same seed, so everything random flows
 * through here.
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** Uniform real in [min, max). */
  between(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks by weight; weights need not sum to 1. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
  normal(mean?: number, sd?: number): number;
  /** Draws from a standard logistic distribution (the noise of an ordered-logit model). */
  logistic(): number;
  poisson(mean: number): number;
  /**
   * An independent stream named by `label`. Forking per contact and per purpose means a change
   * to one part of the generator does not reshuffle everything after it.
   */
  fork(label: string): Random;
}

/** cyrb53: a fast, well-mixed 53-bit string hash, used to derive stream seeds from labels. */
export function hashString(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** sfc32 seeded from a label hash: 128 bits of state, passes PractRand far beyond our needs. */
export function createRandom(seed: number | string): Random {
  const key = String(seed);
  let a = hashString(key, 1) >>> 0;
  let b = hashString(key, 2) >>> 0;
  let c = hashString(key, 3) >>> 0;
  let d = hashString(key, 4) >>> 0;
  const next = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // Warm up so that similar labels do not start on correlated outputs.
  for (let i = 0; i < 12; i++) next();

  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    between: (min, max) => min + next() * (max - min),
    chance: (p) => next() < p,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)] as T;
    },
    weighted<T>(entries: readonly (readonly [T, number])[]): T {
      const total = entries.reduce((sum, [, w]) => sum + Math.max(0, w), 0);
      if (entries.length === 0 || total <= 0) throw new Error('weighted pick needs a positive weight');
      let r = next() * total;
      for (const [value, w] of entries) {
        r -= Math.max(0, w);
        if (r < 0) return value;
      }
      return (entries[entries.length - 1] as readonly [T, number])[0];
    },
    normal(mean = 0, sd = 1) {
      // Box–Muller; 1 - next() keeps the logarithm away from 0.
      const u = 1 - next();
      const v = next();
      return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    logistic() {
      const u = Math.min(Math.max(next(), 1e-12), 1 - 1e-12);
      return Math.log(u / (1 - u));
    },
    poisson(mean) {
      // Knuth's method: fine for the small means (< 10) the demo uses.
      const limit = Math.exp(-mean);
      let k = 0;
      let p = next();
      while (p > limit) {
        k++;
        p *= next();
      }
      return k;
    },
    fork: (label) => createRandom(`${key}/${label}`),
  };
  return random;
}
