import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema/index.js';

export type Schema = typeof schema;
/** One type for both drivers: repos never know whether they run on PGlite or a server. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export type Database =
  | { kind: 'pglite'; db: Db; pglite: PGlite; close(): Promise<void> }
  | { kind: 'postgres'; db: Db; pool: pg.Pool; url: string; close(): Promise<void> };

/** A statement run on the driver itself, below Drizzle: `text` with `$1…` parameters, rows as objects keyed by column alias. */
export interface RawQuery {
  /** A server-side prepared statement of this name on each pool connection (PGlite plans each call). */
  name: string;
  text: string;
  values: readonly unknown[];
}
type RawRunner = <Row>(query: RawQuery) => Promise<Row[]>;
const rawRunners = new WeakMap<Db, RawRunner>();

/**
 * Runs a statement on the driver under `db`, without Drizzle's per-call query building and
 * per-cell result mapping: for the few statements every survey answer runs, where those cost
 * more than the database's own work (see bench/survey-bench.ts). Everything else uses Drizzle.
 */
export function rawQuery<Row>(db: Db, query: RawQuery): Promise<Row[]> {
  const run = rawRunners.get(db);
  if (!run) throw new Error('rawQuery: this Db was not opened by openDatabase');
  return run<Row>(query);
}

export interface DatabaseOptions {
  databaseUrl?: string | undefined;
  dataDir: string;
  /** A pre-migrated PGlite (tests clone a template instead of migrating each time). */
  pglite?: PGlite;
  poolMax?: number;
  onIdleError?: (err: Error) => void;
}

export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: opts.poolMax ?? 10 });
    // An idle client whose server connection dies (failover, restart) emits 'error'; without a
    // listener that would crash the process. The pool drops the client and opens a new one.
    pool.on('error', (err) => opts.onIdleError?.(err));
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    rawRunners.set(
      db,
      async <Row>(q: RawQuery) =>
        (await pool.query({ name: q.name, text: q.text, values: [...q.values] })).rows as Row[],
    );
    return { kind: 'postgres', db, pool, url: opts.databaseUrl, close: () => pool.end() };
  }
  let pglite = opts.pglite;
  if (!pglite) {
    const dir = `${opts.dataDir.replace(/\/+$/, '')}/pglite`;
    mkdirSync(dir, { recursive: true });
    pglite = await PGlite.create(dir);
  }
  const db = drizzlePglite(pglite, { schema }) as unknown as Db;
  const instance = pglite;
  rawRunners.set(db, async <Row>(q: RawQuery) => (await instance.query<Row>(q.text, [...q.values])).rows);
  return { kind: 'pglite', db, pglite: instance, close: () => instance.close() };
}
