/**
 * How many answers gave each score: `{ 9: 48, 10: 30, … }`. Aggregating in the database
 * yields exactly this, and every score metric can be computed from it without the answers.
 */
export type ScoreDistribution = Readonly<Record<number, number>>;

/** Counts answered scores. Skipped questions must not be passed: they are not answers. */
export function scoreDistribution(scores: Iterable<number>): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const score of scores) counts[score] = (counts[score] ?? 0) + 1;
  return counts;
}

/**
 * The distribution's entries as numbers, checked against a scale: every score a whole number
 * in [min, max], every count finite and ≥ 0.
 * @throws RangeError naming the first bad score or count.
 */
export function distributionEntries(
  distribution: ScoreDistribution,
  min: number,
  max: number,
): [score: number, count: number][] {
  return Object.entries(distribution).map(([key, count]) => {
    const score = Number(key);
    if (!Number.isInteger(score) || score < min || score > max)
      throw new RangeError(`${key} is not a score on the ${min}–${max} scale`);
    if (!(count >= 0) || !Number.isFinite(count))
      throw new RangeError(`the count of score ${key} must be a finite number ≥ 0, got ${count}`);
    return [score, count];
  });
}
