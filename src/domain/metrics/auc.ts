import { bootstrapGroupsInterval, type BootstrapInterval, type BootstrapOptions } from './bootstrap.js';

/**
 * The area under the ROC curve: the chance that a random positive scores above a random
 * negative, a tie counting half. Computed as Mann–Whitney U / (n₊·n₋) from midranks of the pooled
 * scores, so n·log n instead of comparing every pair.
 * @throws RangeError when a group is empty or a score is NaN.
 */
export function rocAuc(positives: readonly number[], negatives: readonly number[]): number {
  const nPos = positives.length;
  const nNeg = negatives.length;
  if (nPos === 0 || nNeg === 0) throw new RangeError('an AUC needs at least one positive and one negative');
  const scores = new Float64Array(nPos + nNeg);
  scores.set(positives);
  scores.set(negatives, nPos);
  if (scores.some(Number.isNaN)) throw new RangeError('a score is NaN');
  const order = Uint32Array.from(scores.keys()).sort((a, b) => (scores[a] as number) - (scores[b] as number));
  let positiveRankSum = 0;
  for (let start = 0; start < order.length; ) {
    // A run of tied scores shares the mean of the ranks it spans (ranks count from 1).
    let end = start + 1;
    while (end < order.length && scores[order[end] as number] === scores[order[start] as number]) end++;
    const midrank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) if ((order[k] as number) < nPos) positiveRankSum += midrank;
    start = end;
  }
  const u = positiveRankSum - (nPos * (nPos + 1)) / 2;
  return u / (nPos * nNeg);
}

/**
 * A percentile bootstrap interval for the AUC, resampling positives and negatives each at
 * their own size (stratified, as pROC does by default): every resample then has both classes,
 * and the class balance of the test set stays what it is.
 */
export function rocAucInterval(
  positives: readonly number[],
  negatives: readonly number[],
  options: BootstrapOptions,
): BootstrapInterval {
  return bootstrapGroupsInterval(
    [positives, negatives],
    ([pos, neg]) => rocAuc(pos ?? [], neg ?? []),
    options,
  );
}
