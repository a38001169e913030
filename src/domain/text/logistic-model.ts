import { mulberry32 } from '../metrics/mulberry32.js';
import { type SparseVector } from './sparse-vector.js';

/** A trained binary logistic regression over hashed sparse features. */
export interface LogisticModel {
  /** Number of feature buckets; a vector's indices must be below it. */
  readonly dimension: number;
  readonly bias: number;
  /** Float32, so that the stored model and the one in memory predict exactly alike. */
  readonly weights: Float32Array;
}

export interface LabelledVector {
  readonly features: SparseVector;
  /** true for the class whose probability `predict` returns. */
  readonly positive: boolean;
}

/**
 * FTRL-proximal (McMahan et al., "Ad Click Prediction: a View from the Trenches", 2013): a
 * per-coordinate learning rate α/(β + √Σg²) suits hashed text, where a rare word's bucket must
 * learn from its few examples while "great" settles early; l1 keeps buckets that never earned a
 * weight at exactly zero (a smaller stored model), l2 shrinks the rest.
 */
export interface TrainingOptions {
  readonly epochs: number;
  readonly alpha: number;
  readonly beta: number;
  readonly l1: number;
  readonly l2: number;
  /** Seeds the order examples are visited in each epoch: same seed, same model. */
  readonly seed: number;
}

export const DEFAULT_TRAINING_OPTIONS: TrainingOptions = {
  epochs: 10,
  alpha: 1,
  beta: 1,
  l1: 0,
  l2: 0,
  seed: 1,
};

function sigmoid(margin: number): number {
  // Not clamped: exp overflowing to Infinity still gives 0, and clamping would tie extreme
  // scores that a ranking (and the AUC) should keep apart.
  return 1 / (1 + Math.exp(-margin));
}

/** The probability of the positive class. */
export function predict(model: LogisticModel, features: SparseVector): number {
  let margin = model.bias;
  const { indices, values } = features;
  for (let k = 0; k < indices.length; k++) {
    const index = indices[k] as number;
    if (index >= model.dimension)
      throw new RangeError(`feature index ${index} is outside the model's ${model.dimension} buckets`);
    margin += (model.weights[index] as number) * (values[k] as number);
  }
  return sigmoid(margin);
}

function checkTrainingOptions(options: TrainingOptions): void {
  if (!Number.isInteger(options.epochs) || options.epochs < 1)
    throw new RangeError(`epochs must be a whole number ≥ 1, got ${options.epochs}`);
  if (!(options.alpha > 0)) throw new RangeError(`alpha must be > 0, got ${options.alpha}`);
  for (const key of ['beta', 'l1', 'l2'] as const)
    if (!(options[key] >= 0)) throw new RangeError(`${key} must be ≥ 0, got ${options[key]}`);
}

/** Fisher–Yates with the seeded source, in place. */
function shuffle(order: Uint32Array, random: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = order[i] as number;
    order[i] = order[j] as number;
    order[j] = swap;
  }
}

/**
 * Trains on the examples for `epochs` passes, each in a new seeded order. Deterministic: the same
 * examples, dimension and options give the same weights, bit for bit.
 * @throws RangeError for bad options, no examples, or an index outside the dimension.
 */
export function trainLogisticModel(
  examples: readonly LabelledVector[],
  dimension: number,
  options: TrainingOptions = DEFAULT_TRAINING_OPTIONS,
): LogisticModel {
  checkTrainingOptions(options);
  if (!Number.isInteger(dimension) || dimension < 1)
    throw new RangeError(`dimension must be a whole number ≥ 1, got ${dimension}`);
  if (examples.length === 0) throw new RangeError('training needs at least one example');
  for (const { features } of examples)
    for (const index of features.indices)
      if (index >= dimension) throw new RangeError(`feature index ${index} is outside ${dimension} buckets`);

  const { alpha, beta, l1, l2 } = options;
  // FTRL state per bucket: z (the adjusted gradient sum) and n (the sum of squared gradients).
  // The bias is one more coordinate at `dimension`, always 1 and never regularised.
  const z = new Float64Array(dimension + 1);
  const n = new Float64Array(dimension + 1);
  const weightOf = (i: number, regularised: boolean): number => {
    const zi = z[i] as number;
    const penalty1 = regularised ? l1 : 0;
    if (Math.abs(zi) <= penalty1) return 0;
    return (
      -(zi - Math.sign(zi) * penalty1) / ((beta + Math.sqrt(n[i] as number)) / alpha + (regularised ? l2 : 0))
    );
  };
  const update = (i: number, gradient: number, weight: number): void => {
    const ni = n[i] as number;
    const sigma = (Math.sqrt(ni + gradient * gradient) - Math.sqrt(ni)) / alpha;
    z[i] = (z[i] as number) + gradient - sigma * weight;
    n[i] = ni + gradient * gradient;
  };

  const random = mulberry32(options.seed);
  const order = Uint32Array.from(examples.keys());
  // The current example's weights, kept for its update (grown to the longest example).
  let active = new Float64Array(256);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    for (const e of order) {
      const { features, positive } = examples[e] as LabelledVector;
      const { indices, values } = features;
      if (active.length < indices.length) active = new Float64Array(indices.length);
      const biasWeight = weightOf(dimension, false);
      let margin = biasWeight;
      for (let k = 0; k < indices.length; k++) {
        const w = weightOf(indices[k] as number, true);
        active[k] = w;
        margin += w * (values[k] as number);
      }
      // The log-loss gradient per coordinate is (p − y)·x.
      const error = sigmoid(margin) - (positive ? 1 : 0);
      update(dimension, error, biasWeight);
      for (let k = 0; k < indices.length; k++)
        update(indices[k] as number, error * (values[k] as number), active[k] as number);
    }
  }

  const weights = new Float32Array(dimension);
  for (let i = 0; i < dimension; i++) weights[i] = weightOf(i, true);
  return { dimension, bias: Math.fround(weightOf(dimension, false)), weights };
}
