import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../metrics/mulberry32.js';
import {
  DEFAULT_TRAINING_OPTIONS,
  type LabelledVector,
  predict,
  trainLogisticModel,
  type TrainingOptions,
} from './logistic-model.js';

const vector = (entries: Record<number, number>) => {
  const indices = Object.keys(entries)
    .map(Number)
    .sort((a, b) => a - b);
  return {
    indices: Uint32Array.from(indices),
    values: Float32Array.from(indices, (i) => entries[i] as number),
  };
};

const ONE_PASS: TrainingOptions = { epochs: 1, alpha: 1, beta: 1, l1: 0, l2: 0, seed: 1 };

/** Noisy but learnable: bucket 0 leans positive, bucket 1 negative, buckets 2–9 are noise. */
function toySet(count: number, seed: number): LabelledVector[] {
  const random = mulberry32(seed);
  return Array.from({ length: count }, () => {
    const positive = random() < 0.5;
    const signal = random() < 0.8 ? (positive ? 0 : 1) : positive ? 1 : 0;
    return { features: vector({ [signal]: 1, [2 + Math.floor(random() * 8)]: 0.5 }), positive };
  });
}

describe('trainLogisticModel (FTRL-proximal)', () => {
  // One positive example, x = 1 at bucket 3: p = ½, so g = p − y = −½ for bucket and bias alike;
  // n = ¼, σ = (√¼ − 0)/α, z = g − σ·0 = −½, and w = −z / ((β + √n)/α + l2).
  it('takes the first step as the FTRL formulas give by hand', () => {
    const example = [{ features: vector({ 3: 1 }), positive: true }];
    const plain = trainLogisticModel(example, 8, ONE_PASS);
    expect(plain.weights[3]).toBeCloseTo(0.5 / 1.5, 6); // 1/3
    expect(plain.bias).toBeCloseTo(1 / 3, 6);
    expect(plain.weights[0]).toBe(0);
    // x = ½: g = −¼, √n = ¼, w = ¼ / 1.25 = 0.2.
    expect(
      trainLogisticModel([{ features: vector({ 3: 0.5 }), positive: true }], 8, ONE_PASS).weights[3],
    ).toBeCloseTo(0.2, 6);
    // l2 = 1.5 joins the denominator: ½ / 3 = 1/6; the bias is never regularised.
    const shrunk = trainLogisticModel(example, 8, { ...ONE_PASS, l2: 1.5 });
    expect(shrunk.weights[3]).toBeCloseTo(1 / 6, 6);
    expect(shrunk.bias).toBeCloseTo(1 / 3, 6);
    // l1 above |z| = ½ keeps the weight at exactly 0.
    expect(trainLogisticModel(example, 8, { ...ONE_PASS, l1: 0.6 }).weights[3]).toBe(0);
    // A negative example mirrors the signs.
    expect(
      trainLogisticModel([{ features: vector({ 3: 1 }), positive: false }], 8, ONE_PASS).weights[3],
    ).toBeCloseTo(-1 / 3, 6);
  });

  it('learns a separable toy set', () => {
    const examples = Array.from({ length: 40 }, (_, i) => ({
      features: vector(i % 2 === 0 ? { 0: 1, 5: 0.3 } : { 1: 1, 5: 0.3 }),
      positive: i % 2 === 0,
    }));
    const model = trainLogisticModel(examples, 16, DEFAULT_TRAINING_OPTIONS);
    expect(predict(model, vector({ 0: 1 }))).toBeGreaterThan(0.95);
    expect(predict(model, vector({ 1: 1 }))).toBeLessThan(0.05);
    // Bucket 5 is in every example and separates nothing.
    expect(Math.abs(model.weights[5] as number)).toBeLessThan(0.5);
  });

  it('is deterministic for a seed and depends on the visiting order', () => {
    const examples = toySet(300, 11);
    const a = trainLogisticModel(examples, 16, { ...DEFAULT_TRAINING_OPTIONS, seed: 7 });
    const b = trainLogisticModel(examples, 16, { ...DEFAULT_TRAINING_OPTIONS, seed: 7 });
    const c = trainLogisticModel(examples, 16, { ...DEFAULT_TRAINING_OPTIONS, seed: 8 });
    expect(b.weights).toEqual(a.weights);
    expect(b.bias).toBe(a.bias);
    expect(c.weights).not.toEqual(a.weights);
    // Different orders, same lesson.
    expect(Math.sign(c.weights[0] as number)).toBe(1);
    expect(Math.sign(c.weights[1] as number)).toBe(-1);
  });

  it('predicts the sigmoid of the bias for an empty vector and refuses indices beyond the model', () => {
    const model = { dimension: 4, bias: Math.log(3), weights: new Float32Array(4) };
    expect(predict(model, vector({}))).toBeCloseTo(0.75, 10);
    expect(() => predict(model, vector({ 4: 1 }))).toThrow(RangeError);
    expect(predict({ ...model, bias: 1e6 }, vector({}))).toBe(1);
    expect(predict({ ...model, bias: -1e6 }, vector({}))).toBe(0);
  });

  it('refuses bad options and input', () => {
    const examples = toySet(10, 1);
    expect(() => trainLogisticModel(examples, 16, { ...ONE_PASS, epochs: 0 })).toThrow(RangeError);
    expect(() => trainLogisticModel(examples, 16, { ...ONE_PASS, alpha: 0 })).toThrow(RangeError);
    expect(() => trainLogisticModel(examples, 16, { ...ONE_PASS, l2: -1 })).toThrow(RangeError);
    expect(() => trainLogisticModel([], 16, ONE_PASS)).toThrow(RangeError);
    expect(() => trainLogisticModel(examples, 4, ONE_PASS)).toThrow(RangeError);
  });
});
