/**
 * Benjamini–Hochberg adjusted p-values ("q-values"), in input order: p₍ᵢ₎·m/i made monotone
 * from the largest down and capped at 1. Marking every result with q ≤ 0.05 keeps the expected
 * share of false marks among all marks at 5 %, which is what a breakdown over many segments
 * needs: at 5 % per test, one segment in twenty lights up by chance.
 * @throws RangeError for a p-value outside [0, 1].
 */
export function benjaminiHochberg(pValues: readonly number[]): number[] {
  const m = pValues.length;
  for (const p of pValues)
    if (!(p >= 0 && p <= 1)) throw new RangeError(`a p-value must be in [0, 1], got ${p}`);
  const order = pValues.map((p, index) => ({ p, index })).sort((a, b) => a.p - b.p);
  const adjusted = new Array<number>(m);
  let running = 1;
  for (let rank = m; rank >= 1; rank--) {
    const entry = order[rank - 1] as { p: number; index: number };
    running = Math.min(running, (entry.p * m) / rank);
    // In exact arithmetic running ≥ p already; p·m/m can round a hair below p.
    adjusted[entry.index] = Math.max(entry.p, running);
  }
  return adjusted;
}

/** One segment's test against the rest (or a baseline): its answers and raw p-value. */
export interface SegmentTest<K> {
  readonly key: K;
  readonly n: number;
  readonly pValue: number;
}

export interface SegmentMark<K> extends SegmentTest<K> {
  /** BH-adjusted p-value among the segments large enough to mark; null for the thin ones. */
  readonly adjustedP: number | null;
  readonly significant: boolean;
  /** Fewer answers than the minimum: shown without a significance mark. */
  readonly tooFewAnswers: boolean;
}

/**
 * Significance marks for a breakdown. Segments under `minAnswers` (30) get no mark and are left
 * out of the family before adjusting: they are not tested, so they must not dilute the others.
 */
export function markSignificantSegments<K>(
  segments: readonly SegmentTest<K>[],
  options: { readonly fdr?: number; readonly minAnswers?: number } = {},
): SegmentMark<K>[] {
  const fdr = options.fdr ?? 0.05;
  const minAnswers = options.minAnswers ?? 30;
  if (!(fdr > 0 && fdr < 1))
    throw new RangeError(`the false-discovery rate must be between 0 and 1, got ${fdr}`);
  const tested = segments.filter((segment) => segment.n >= minAnswers);
  const adjusted = benjaminiHochberg(tested.map((segment) => segment.pValue));
  const bySegment = new Map(tested.map((segment, i) => [segment, adjusted[i] as number]));
  return segments.map((segment) => {
    const adjustedP = bySegment.get(segment) ?? null;
    return {
      ...segment,
      adjustedP,
      significant: adjustedP !== null && adjustedP <= fdr,
      tooFewAnswers: adjustedP === null,
    };
  });
}
