import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weightedNps } from './weighted-nps.js';
import { weightedNpsOfSums, type WeightSums } from './weighted-nps-sums.js';

function sumsOf(answers: readonly { score: number; weight: number }[]): WeightSums[] {
  const byScore = new Map<number, { score: number; n: number; sumWeight: number; sumWeightSq: number }>();
  for (const { score, weight } of answers) {
    const row = byScore.get(score) ?? { score, n: 0, sumWeight: 0, sumWeightSq: 0 };
    if (weight > 0) row.n++;
    row.sumWeight += weight;
    row.sumWeightSq += weight * weight;
    byScore.set(score, row);
  }
  return [...byScore.values()];
}

describe('weightedNpsOfSums', () => {
  it('equals weightedNps of the answers the sums came from', () => {
    const answer = fc.record({
      score: fc.integer({ min: 0, max: 10 }),
      weight: fc.oneof(fc.constant(0), fc.double({ min: 1, max: 1e6, noNaN: true })),
    });
    fc.assert(
      fc.property(fc.array(answer, { minLength: 1, maxLength: 60 }), (answers) => {
        const fromSums = weightedNpsOfSums(sumsOf(answers));
        if (!answers.some((a) => a.weight > 0)) {
          expect(fromSums).toBeNull();
          return;
        }
        const direct = weightedNps(answers);
        expect(fromSums?.n).toBe(direct.n);
        expect(fromSums?.score).toBeCloseTo(direct.score, 8);
        expect(fromSums?.effectiveN).toBeCloseTo(direct.effectiveN, 6);
        if (direct.standardError === null) {
          expect(fromSums?.standardError).toBeNull();
          return;
        }
        expect(fromSums?.standardError).toBeCloseTo(direct.standardError, 6);
        expect(fromSums?.ci?.low).toBeCloseTo(direct.ci?.low ?? Number.NaN, 6);
      }),
    );
  });

  it('is undefined without a positive weight and refuses bad sums', () => {
    expect(weightedNpsOfSums([{ score: 9, n: 0, sumWeight: 0, sumWeightSq: 0 }])).toBeNull();
    expect(() => weightedNpsOfSums([{ score: 11, n: 1, sumWeight: 1, sumWeightSq: 1 }])).toThrow(RangeError);
    expect(() => weightedNpsOfSums([{ score: 9, n: 1, sumWeight: -1, sumWeightSq: 1 }])).toThrow(RangeError);
  });
});
