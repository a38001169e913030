import { describe, expect, it } from 'vitest';
import { predict, trainLogisticModel } from './logistic-model.js';
import { foldRatios, naiveBayesRatios, scaleVector } from './naive-bayes-scaling.js';

const v = (indices: number[], values: number[]) => ({
  indices: Uint32Array.from(indices),
  values: Float32Array.from(values),
});

describe('naive Bayes scaling', () => {
  it('gives each bucket the log ratio of its smoothed presence counts', () => {
    const examples = [
      { features: v([0, 2], [0.5, 3]), positive: true },
      { features: v([0], [1]), positive: true },
      { features: v([1], [1]), positive: false },
    ];
    // Smoothing 1 → p = [3, 1, 2] (sum 6), q = [1, 2, 1] (sum 4); values do not matter, presence does.
    const ratios = naiveBayesRatios(examples, 3, 1);
    expect(ratios[0]).toBeCloseTo(Math.log(3 / 6 / (1 / 4)), 6); // ln 2
    expect(ratios[1]).toBeCloseTo(Math.log(1 / 6 / (2 / 4)), 6); // ln ⅓
    expect(ratios[2]).toBeCloseTo(Math.log(2 / 6 / (1 / 4)), 6); // ln 4/3
    expect(() => naiveBayesRatios(examples, 3, 0)).toThrow(RangeError);
  });

  it('folds into the weights: the folded model scores raw vectors as the trained one scores scaled ones', () => {
    const examples = [
      { features: v([0, 3], [1, 0.5]), positive: true },
      { features: v([1, 3], [1, 0.5]), positive: false },
      { features: v([0, 2], [0.7, 0.7]), positive: true },
    ];
    const ratios = naiveBayesRatios(examples, 4, 0.5);
    const scaled = examples.map((e) => ({ features: scaleVector(e.features, ratios), positive: e.positive }));
    const trained = trainLogisticModel(scaled, 4, { epochs: 3, alpha: 1, beta: 1, l1: 0, l2: 0, seed: 1 });
    const folded = foldRatios(trained, ratios);
    for (const probe of [v([0], [1]), v([1, 2], [0.6, 0.8]), v([0, 1, 2, 3], [0.5, 0.5, 0.5, 0.5])])
      expect(predict(folded, probe)).toBeCloseTo(predict(trained, scaleVector(probe, ratios)), 6);
  });
});
