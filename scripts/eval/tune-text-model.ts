/**
 * Chooses the sentiment model's feature and training options by 5-fold cross-validation on the
 * fine-foods *training* data only (the testing data is never read here, so the AUC that
 * `npm run eval:text` reports stays an honest estimate). Prints one line per candidate, mean
 * validation AUC first.
 *
 *   tsx scripts/eval/tune-text-model.ts [features|training|all]
 */
import { rocAuc } from '../../src/domain/metrics/auc.js';
import { mulberry32 } from '../../src/domain/metrics/mulberry32.js';
import { hashedFeatures, type HashedFeatureOptions } from '../../src/domain/text/hashed-features.js';
import { type LabelledVector, predict, type TrainingOptions } from '../../src/domain/text/logistic-model.js';
import {
  DEFAULT_TEXT_MODEL_OPTIONS,
  type TextModelOptions,
  trainOnVectors,
} from '../../src/domain/text/text-sentiment-model.js';
import { loadFineFoods } from './fetch-fine-foods.js';

const FOLDS = 5;

interface Candidate {
  readonly label: string;
  readonly options: TextModelOptions;
}

function foldsOf(count: number, seed: number): Uint8Array {
  const random = mulberry32(seed);
  const order = Array.from({ length: count }, (_, i) => ({ i, key: random() })).sort((a, b) => a.key - b.key);
  const fold = new Uint8Array(count);
  order.forEach(({ i }, rank) => {
    fold[i] = rank % FOLDS;
  });
  return fold;
}

function crossValidate(
  vectors: readonly LabelledVector[],
  fold: Uint8Array,
  options: TextModelOptions,
): number[] {
  const aucs: number[] = [];
  for (let f = 0; f < FOLDS; f++) {
    const model = trainOnVectors(
      vectors.filter((_, i) => fold[i] !== f),
      options,
    );
    const positives: number[] = [];
    const negatives: number[] = [];
    vectors.forEach((example, i) => {
      if (fold[i] !== f) return;
      (example.positive ? positives : negatives).push(predict(model, example.features));
    });
    aucs.push(rocAuc(positives, negatives));
  }
  return aucs;
}

/** One change at a time from the chosen options, so each line shows what that choice is worth. */
function candidates(mode: string, chosen: TextModelOptions): Candidate[] {
  const list: Candidate[] = [{ label: 'chosen (DEFAULT_TEXT_MODEL_OPTIONS)', options: chosen }];
  if (mode === 'features' || mode === 'all') {
    const variants: [string, Partial<HashedFeatureOptions>][] = [
      ['words 1-3 only', { charNgrams: null }],
      ['words 1-2 + chars', { wordNgrams: 2 }],
      ['words 1 + chars', { wordNgrams: 1 }],
      ['chars 3-5 only', { wordNgrams: 0, negation: false, marks: false }],
      ['no negation marking', { negation: false }],
      ['no ! ? marks', { marks: false }],
      ['chars 2-4', { charNgrams: { min: 2, max: 4 } }],
      ['chars 3-6', { charNgrams: { min: 3, max: 6 } }],
      ['charWeight 0.25', { charWeight: 0.25 }],
      ['charWeight 0.5', { charWeight: 0.5 }],
      ['charWeight 2', { charWeight: 2 }],
      ['bits 16', { bits: 16 }],
      ['bits 20', { bits: 20 }],
    ];
    for (const [label, change] of variants)
      list.push({
        label: `features: ${label}`,
        options: { ...chosen, features: { ...chosen.features, ...change } },
      });
  }
  if (mode === 'training' || mode === 'all') {
    const variants: [string, Partial<TrainingOptions>][] = [];
    for (const alpha of [0.1, 0.5, 1, 2])
      for (const epochs of [3, 5, 10, 20])
        variants.push([`alpha ${alpha} epochs ${epochs}`, { alpha, epochs }]);
    for (const l2 of [0, 0.1, 1, 3]) variants.push([`l2 ${l2}`, { l2 }]);
    for (const l1 of [0.01, 0.1, 0.3]) variants.push([`l1 ${l1}`, { l1 }]);
    for (const [label, change] of variants)
      list.push({
        label: `training: ${label}`,
        options: { ...chosen, training: { ...chosen.training, ...change } },
      });
    for (const smoothing of [null, 0.1, 0.25, 1, 2])
      list.push({
        label: `naive Bayes scaling: ${smoothing === null ? 'off (plain logistic regression)' : `smoothing ${smoothing}`}`,
        options: { ...chosen, naiveBayesSmoothing: smoothing },
      });
  }
  return list;
}

const mode = process.argv[2] ?? 'all';
const { training } = loadFineFoods();
const fold = foldsOf(training.length, 2024);
const vectorCache = new Map<string, LabelledVector[]>();
console.log(
  `${FOLDS}-fold cross-validation on training_data (n = ${training.length}); testing_data is not read`,
);
console.log('mean AUC ± sd over folds, training time per fold, candidate');
for (const candidate of candidates(mode, DEFAULT_TEXT_MODEL_OPTIONS)) {
  const features = candidate.options.features;
  const key = JSON.stringify(features);
  let vectors = vectorCache.get(key);
  if (!vectors) {
    vectors = training.map((r) => ({
      features: hashedFeatures(r.review, features),
      positive: r.score === 'great',
    }));
    vectorCache.set(key, vectors);
    // Only the chosen options' vectors are reused by most candidates; keep memory bounded.
    if (vectorCache.size > 2) vectorCache.delete(vectorCache.keys().next().value as string);
  }
  const started = performance.now();
  const aucs = crossValidate(vectors, fold, candidate.options);
  const mean = aucs.reduce((s, a) => s + a, 0) / aucs.length;
  const sd = Math.sqrt(aucs.reduce((s, a) => s + (a - mean) ** 2, 0) / (aucs.length - 1));
  const seconds = (performance.now() - started) / 1000 / FOLDS;
  console.log(`${mean.toFixed(4)} ± ${sd.toFixed(4)}  ${seconds.toFixed(1)} s  ${candidate.label}`);
}
