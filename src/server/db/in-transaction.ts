import type { Db } from './client.js';

/** Runs `fn` in a transaction on either driver; repos re-export it so services can group their writes. */
export function inTransaction<T>(db: Db, fn: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction((tx) => fn(tx as unknown as Db));
}
