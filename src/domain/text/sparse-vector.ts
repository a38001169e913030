/** A sparse row: bucket indices in ascending order, each with its value. */
export interface SparseVector {
  readonly indices: Uint32Array;
  readonly values: Float32Array;
}
