import {
  checkFeatureOptions,
  DEFAULT_FEATURE_OPTIONS,
  hashedFeatures,
  type HashedFeatureOptions,
} from './hashed-features.js';
import {
  DEFAULT_TRAINING_OPTIONS,
  type LabelledVector,
  type LogisticModel,
  predict,
  trainLogisticModel,
  type TrainingOptions,
} from './logistic-model.js';
import { foldRatios, naiveBayesRatios, scaleVector } from './naive-bayes-scaling.js';
import {
  restoreLogisticModel,
  type StoredLogisticModel,
  StoredModelError,
  storeLogisticModel,
} from './stored-logistic-model.js';

/**
 * An organization's sentiment model: the logistic model together with the feature options it
 * was trained with, since the same text must hash to the same buckets when it is scored.
 */
export interface TextSentimentModel {
  readonly features: HashedFeatureOptions;
  readonly model: LogisticModel;
}

export interface LabelledText {
  readonly text: string;
  /** true for a comment whose score was positive (e.g. a promoter's). */
  readonly positive: boolean;
}

export interface StoredTextSentimentModel {
  readonly features: HashedFeatureOptions;
  readonly model: StoredLogisticModel;
}

export interface TextModelOptions {
  readonly features: HashedFeatureOptions;
  readonly training: TrainingOptions;
  /** Smoothing of the naive Bayes ratios the features are scaled by; null trains plain logistic regression. */
  readonly naiveBayesSmoothing: number | null;
}

/** Chosen by cross-validation on the fine-foods training data (scripts/eval/tune-text-model.ts). */
export const DEFAULT_TEXT_MODEL_OPTIONS: TextModelOptions = {
  features: DEFAULT_FEATURE_OPTIONS,
  training: DEFAULT_TRAINING_OPTIONS,
  naiveBayesSmoothing: 0.5,
};

/** Trains on already hashed examples (the tuning script hashes once for many trainings). */
export function trainOnVectors(
  vectors: readonly LabelledVector[],
  options: TextModelOptions = DEFAULT_TEXT_MODEL_OPTIONS,
): LogisticModel {
  const dimension = 2 ** options.features.bits;
  if (options.naiveBayesSmoothing === null) return trainLogisticModel(vectors, dimension, options.training);
  const ratios = naiveBayesRatios(vectors, dimension, options.naiveBayesSmoothing);
  const scaled = vectors.map(({ features, positive }) => ({
    features: scaleVector(features, ratios),
    positive,
  }));
  return foldRatios(trainLogisticModel(scaled, dimension, options.training), ratios);
}

export function trainTextSentimentModel(
  examples: readonly LabelledText[],
  options: TextModelOptions = DEFAULT_TEXT_MODEL_OPTIONS,
): TextSentimentModel {
  checkFeatureOptions(options.features);
  const vectors = examples.map(({ text, positive }) => ({
    features: hashedFeatures(text, options.features),
    positive,
  }));
  return { features: options.features, model: trainOnVectors(vectors, options) };
}

/** The probability that the text is positive. */
export function scoreText(model: TextSentimentModel, text: string): number {
  return predict(model.model, hashedFeatures(text, model.features));
}

export function storeTextSentimentModel(model: TextSentimentModel): StoredTextSentimentModel {
  return { features: model.features, model: storeLogisticModel(model.model) };
}

/** @throws StoredModelError when the stored model is damaged or its options do not fit its size. */
export function restoreTextSentimentModel(stored: StoredTextSentimentModel): TextSentimentModel {
  try {
    checkFeatureOptions(stored.features);
  } catch (error) {
    throw new StoredModelError(`stored feature options: ${(error as Error).message}`);
  }
  const model = restoreLogisticModel(stored.model);
  if (model.dimension !== 2 ** stored.features.bits)
    throw new StoredModelError(
      `a model of ${model.dimension} buckets with features of ${stored.features.bits} bits`,
    );
  return { features: stored.features, model };
}
