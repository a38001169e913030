/**
 * How well labels were predicted: per-label precision, recall and F1, and macro-F1 (the mean of
 * the labels' F1, so a rare label counts as much as a common one). For multi-label data (themes),
 * call `labelScores` once per label with its own yes/no pairs.
 */

export interface LabelScores {
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  /** NaN when nothing was predicted with the label. */
  readonly precision: number;
  /** NaN when no item has the label. */
  readonly recall: number;
  /** 0 when precision and recall are both 0 or undefined. */
  readonly f1: number;
}

/** Scores of one label from yes/no pairs: was the label true, was it predicted. */
export function labelScores(pairs: ReadonlyArray<{ actual: boolean; predicted: boolean }>): LabelScores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { actual, predicted } of pairs) {
    if (actual && predicted) tp += 1;
    else if (predicted) fp += 1;
    else if (actual) fn += 1;
  }
  const precision = tp + fp === 0 ? Number.NaN : tp / (tp + fp);
  const recall = tp + fn === 0 ? Number.NaN : tp / (tp + fn);
  const f1 = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  return { truePositives: tp, falsePositives: fp, falseNegatives: fn, precision, recall, f1 };
}

/** Macro-F1 of single-label predictions over the given labels (every label counts, seen or not). */
export function macroF1<L extends string>(
  pairs: ReadonlyArray<{ actual: L; predicted: L }>,
  labels: readonly L[],
): number {
  if (labels.length === 0) throw new RangeError('macro-F1 needs at least one label');
  let sum = 0;
  for (const label of labels)
    sum += labelScores(
      pairs.map((p) => ({ actual: p.actual === label, predicted: p.predicted === label })),
    ).f1;
  return sum / labels.length;
}
