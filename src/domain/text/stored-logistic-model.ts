import { type LogisticModel } from './logistic-model.js';

/**
 * A model as JSON for a database column: base64 of little-endian float32 weights, either of the
 * buckets with a weight only, named by `indices` (base64 uint32), or of every bucket (`indices`
 * null) when more than half have one and the indices would cost more than the zeros they skip.
 * 2^18 buckets are at most 1.4 MB this way, where a JSON number array would be 5 MB.
 */
export interface StoredLogisticModel {
  readonly format: 'logistic/1';
  readonly dimension: number;
  readonly bias: number;
  readonly indices: string | null;
  readonly weights: string;
}

export class StoredModelError extends Error {
  override name = 'StoredModelError';
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // In chunks: String.fromCharCode with a whole model's bytes as arguments would overflow the stack.
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string, what: string): Uint8Array {
  try {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  } catch {
    throw new StoredModelError(`${what} is not base64`);
  }
}

function float32Bytes(values: Float32Array): Uint8Array {
  const view = new DataView(new ArrayBuffer(values.length * 4));
  values.forEach((value, i) => view.setFloat32(i * 4, value, true));
  return new Uint8Array(view.buffer);
}

export function storeLogisticModel(model: LogisticModel): StoredLogisticModel {
  let nonZero = 0;
  for (const w of model.weights) if (w !== 0) nonZero++;
  const { dimension, bias } = model;
  if (nonZero * 2 > dimension)
    return {
      format: 'logistic/1',
      dimension,
      bias,
      indices: null,
      weights: toBase64(float32Bytes(model.weights)),
    };
  const indices = new DataView(new ArrayBuffer(nonZero * 4));
  const weights = new DataView(new ArrayBuffer(nonZero * 4));
  let k = 0;
  model.weights.forEach((w, i) => {
    if (w === 0) return;
    indices.setUint32(k * 4, i, true);
    weights.setFloat32(k * 4, w, true);
    k++;
  });
  return {
    format: 'logistic/1',
    dimension,
    bias,
    indices: toBase64(new Uint8Array(indices.buffer)),
    weights: toBase64(new Uint8Array(weights.buffer)),
  };
}

/** @throws StoredModelError when the stored form is damaged or of another format. */
export function restoreLogisticModel(stored: StoredLogisticModel): LogisticModel {
  if (stored.format !== 'logistic/1')
    throw new StoredModelError(`unknown model format ${String(stored.format)}`);
  if (!Number.isInteger(stored.dimension) || stored.dimension < 1 || stored.dimension > 2 ** 30)
    throw new StoredModelError(`dimension ${stored.dimension} is not a bucket count`);
  if (!Number.isFinite(stored.bias)) throw new StoredModelError('the bias is not a finite number');
  const weightBytes = fromBase64(stored.weights, 'weights');
  const weightValues = new DataView(weightBytes.buffer);
  // Dense: every bucket's weight in order, so bucket k's index is k.
  const indexBytes = stored.indices === null ? null : fromBase64(stored.indices, 'indices');
  const expectedBytes = indexBytes ? indexBytes.length : stored.dimension * 4;
  if (weightBytes.length !== expectedBytes || expectedBytes % 4 !== 0)
    throw new StoredModelError(
      indexBytes ? 'indices and weights differ in length' : 'not one weight per bucket',
    );
  const indices = indexBytes ? new DataView(indexBytes.buffer) : null;
  const weights = new Float32Array(stored.dimension);
  let previous = -1;
  for (let k = 0; k < expectedBytes / 4; k++) {
    const index = indices ? indices.getUint32(k * 4, true) : k;
    const weight = weightValues.getFloat32(k * 4, true);
    if (index <= previous || index >= stored.dimension)
      throw new StoredModelError(`index ${index} is out of order or outside ${stored.dimension} buckets`);
    if (!Number.isFinite(weight)) throw new StoredModelError(`the weight of bucket ${index} is not finite`);
    weights[index] = weight;
    previous = index;
  }
  return { dimension: stored.dimension, bias: stored.bias, weights };
}
