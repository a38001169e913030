import { describe, expect, it } from 'vitest';
import { DEFAULT_FEATURE_OPTIONS } from './hashed-features.js';
import { restoreLogisticModel, StoredModelError, storeLogisticModel } from './stored-logistic-model.js';
import {
  DEFAULT_TEXT_MODEL_OPTIONS,
  restoreTextSentimentModel,
  scoreText,
  storeTextSentimentModel,
  trainTextSentimentModel,
} from './text-sentiment-model.js';

const POSITIVE = [
  'Great coffee, I love it',
  'Love the taste, great value',
  'Excellent and fresh, will buy again',
  'Wonderful flavour, my favourite',
  'Super Lieferung, tolle Qualität',
  'Schnelle Lieferung und sehr freundlich',
];
const NEGATIVE = [
  'Stale and awful, never again',
  'Arrived broken, terrible packaging',
  'Not good at all, waste of money',
  'Tastes awful, very disappointed',
  'Lieferung kam nicht an, schlechter Service',
  'Leider kaputt und keine Antwort vom Support',
];
const EXAMPLES = [
  ...POSITIVE.map((text) => ({ text, positive: true })),
  ...NEGATIVE.map((text) => ({ text, positive: false })),
];

describe('text sentiment model', () => {
  it('scores unseen praise above unseen complaints, in English and German', () => {
    const model = trainTextSentimentModel(EXAMPLES);
    expect(scoreText(model, 'I love this great tea')).toBeGreaterThan(
      scoreText(model, 'awful stale tea, never again'),
    );
    expect(scoreText(model, 'tolle Qualität, sehr freundlich')).toBeGreaterThan(
      scoreText(model, 'kaputt, keine Antwort'),
    );
  });

  it('gives the same model for the same seed', () => {
    const a = trainTextSentimentModel(EXAMPLES);
    const b = trainTextSentimentModel(EXAMPLES);
    expect(b.model.weights).toEqual(a.model.weights);
    const other = trainTextSentimentModel(EXAMPLES, {
      ...DEFAULT_TEXT_MODEL_OPTIONS,
      training: { ...DEFAULT_TEXT_MODEL_OPTIONS.training, seed: 2 },
    });
    expect(other.model.weights).not.toEqual(a.model.weights);
  });

  it('trains plain logistic regression when naive Bayes scaling is off', () => {
    const plain = trainTextSentimentModel(EXAMPLES, {
      ...DEFAULT_TEXT_MODEL_OPTIONS,
      naiveBayesSmoothing: null,
    });
    const scaled = trainTextSentimentModel(EXAMPLES);
    expect(plain.model.weights).not.toEqual(scaled.model.weights);
    expect(scoreText(plain, 'great coffee')).toBeGreaterThan(scoreText(plain, 'awful coffee'));
  });

  it('survives JSON storage: the restored model predicts exactly the same', () => {
    const model = trainTextSentimentModel(EXAMPLES);
    const stored = JSON.parse(JSON.stringify(storeTextSentimentModel(model))) as ReturnType<
      typeof storeTextSentimentModel
    >;
    const restored = restoreTextSentimentModel(stored);
    expect(restored.model.weights).toEqual(model.model.weights);
    for (const text of ['great coffee', 'nicht gut', 'something never seen', ''])
      expect(scoreText(restored, text)).toBe(scoreText(model, text));
  });

  it('stores only the buckets with a weight', () => {
    const weights = new Float32Array(1024);
    weights[3] = 0.5;
    weights[700] = -1.25;
    const stored = storeLogisticModel({ dimension: 1024, bias: 0.1, weights });
    // Two uint32 and two float32 are 8 bytes each, 12 characters of base64.
    expect(stored.indices).toHaveLength(12);
    expect(stored.weights).toHaveLength(12);
    const restored = restoreLogisticModel(stored);
    expect(restored.weights[3]).toBe(0.5);
    expect(restored.weights[700]).toBe(-1.25);
    expect(restored.weights.filter((w) => w !== 0)).toHaveLength(2);
  });

  it('stores every bucket, without indices, once more than half have a weight', () => {
    const weights = Float32Array.from({ length: 8 }, (_, i) => (i < 5 ? i + 0.5 : 0));
    const stored = storeLogisticModel({ dimension: 8, bias: -0.5, weights });
    expect(stored.indices).toBeNull();
    // 8 float32 are 32 bytes, 44 characters of base64.
    expect(stored.weights).toHaveLength(44);
    expect(restoreLogisticModel(stored).weights).toEqual(weights);
    expect(() => restoreLogisticModel({ ...stored, dimension: 9 })).toThrow(StoredModelError);
  });

  it('refuses a damaged or mismatched stored model', () => {
    const stored = storeTextSentimentModel(trainTextSentimentModel(EXAMPLES));
    const expectRefused = (change: object) =>
      expect(() => restoreTextSentimentModel({ ...stored, ...change })).toThrow(StoredModelError);
    expectRefused({ features: { ...DEFAULT_FEATURE_OPTIONS, bits: 16 } });
    expectRefused({ features: { ...DEFAULT_FEATURE_OPTIONS, bits: 99 } });
    expectRefused({ model: { ...stored.model, format: 'logistic/0' } });
    expectRefused({ model: { ...stored.model, weights: 'AAAA' } });
    expectRefused({ model: { ...stored.model, indices: '***' } });
    expectRefused({ model: { ...stored.model, bias: Number.NaN } });
    // Indices must ascend: the first two swapped (a model of 12 comments is stored sparse).
    expect(stored.model.indices).not.toBeNull();
    const bytes = Uint8Array.from(atob(stored.model.indices ?? ''), (c) => c.charCodeAt(0));
    const swapped = Uint8Array.from([...bytes.subarray(4, 8), ...bytes.subarray(0, 4), ...bytes.subarray(8)]);
    expectRefused({ model: { ...stored.model, indices: btoa(String.fromCharCode(...swapped)) } });
  });
});
