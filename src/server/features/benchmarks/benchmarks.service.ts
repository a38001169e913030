import {
  appliesToIndustry,
  BUILTIN_BENCHMARKS,
  builtinBenchmark,
  type Benchmark,
} from '../../../domain/metrics/benchmarks.js';
import type {
  BenchmarkMarket,
  BenchmarkMetric,
  TBenchmark,
  TBenchmarkInput,
  TBenchmarkList,
  TBenchmarksQuery,
} from '../../../shared/contracts/benchmarks.js';
import type { Db } from '../../db/client.js';
import { notFound } from '../../common/app-error.js';
import * as repo from './benchmarks.repo.js';

export interface BenchmarksDeps {
  db: Db;
  now: () => Date;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function valuesOf(input: TBenchmarkInput): repo.BenchmarkValues {
  return {
    industry: input.industry,
    metric: input.metric,
    score: input.score,
    label: input.label,
    source: input.source,
    year: input.year,
    method: input.method,
    market: input.market,
    note: input.note ?? null,
  };
}

function fromBuiltin(b: Benchmark, copy: repo.BenchmarkRow | null): TBenchmark {
  return {
    ...b,
    origin: 'builtin',
    hidden: copy?.hidden ?? false,
    updatedAt: copy ? copy.updatedAt.toISOString() : null,
  };
}

/** Rows are only written from a validated TBenchmarkInput, so metric and market hold the enums' values. */
function fromRow(row: repo.BenchmarkRow, id: string, origin: 'edited' | 'own'): TBenchmark {
  return {
    id,
    origin,
    hidden: false,
    industry: row.industry,
    metric: row.metric as BenchmarkMetric,
    score: row.score,
    label: row.label,
    source: row.source,
    year: row.year,
    method: row.method,
    market: row.market as BenchmarkMarket,
    note: row.note,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The built-in table with the organization's edits and hidden marks applied, then its own entries. */
function mergeEntries(rows: readonly repo.BenchmarkRow[]): TBenchmark[] {
  const copies = new Map(rows.filter((r) => r.builtinId !== null).map((r) => [r.builtinId as string, r]));
  const builtins = BUILTIN_BENCHMARKS.map((b) => {
    const copy = copies.get(b.id) ?? null;
    return copy && !copy.hidden ? fromRow(copy, b.id, 'edited') : fromBuiltin(b, copy);
  });
  // A copy of a built-in entry a later release dropped is left out with it.
  return [...builtins, ...rows.filter((r) => r.builtinId === null).map((r) => fromRow(r, r.id, 'own'))];
}

/**
 * `GET /api/v1/benchmarks`: the entries for one industry (the organization's own choice unless
 * asked for another) plus those shown with every industry; hidden built-in entries only on request.
 */
export async function listBenchmarks(
  deps: BenchmarksDeps,
  organizationId: string,
  q: TBenchmarksQuery,
): Promise<TBenchmarkList> {
  const [chosen, rows] = await Promise.all([
    q.industry === undefined ? repo.orgIndustry(deps.db, organizationId) : Promise.resolve(q.industry),
    repo.listRows(deps.db, organizationId),
  ]);
  const industry = chosen ?? null;
  const items = mergeEntries(rows).filter(
    (e) => appliesToIndustry(e.industry, industry) && (q.includeHidden || !e.hidden),
  );
  return { industry, items };
}

export async function createBenchmark(
  deps: BenchmarksDeps,
  organizationId: string,
  input: TBenchmarkInput,
): Promise<TBenchmark> {
  const row = await repo.insertOwn(deps.db, organizationId, valuesOf(input), deps.now());
  return fromRow(row, row.id, 'own');
}

/** An own entry is changed in place; a built-in id stores the organization's edited copy of it. */
export async function putBenchmark(
  deps: BenchmarksDeps,
  organizationId: string,
  id: string,
  input: TBenchmarkInput,
): Promise<TBenchmark> {
  if (builtinBenchmark(id)) {
    const row = await repo.upsertBuiltinCopy(deps.db, organizationId, id, valuesOf(input), false, deps.now());
    return fromRow(row, id, 'edited');
  }
  const row = UUID.test(id)
    ? await repo.updateOwn(deps.db, organizationId, id, valuesOf(input), deps.now())
    : null;
  if (!row) throw notFound('Benchmark');
  return fromRow(row, row.id, 'own');
}

/**
 * Own entry: deleted. Built-in entry: hidden for this organization. Edited built-in entry: the
 * edit is dropped and the built-in values return (hide it with a second DELETE).
 */
export async function deleteBenchmark(
  deps: BenchmarksDeps,
  organizationId: string,
  id: string,
): Promise<void> {
  const builtin = builtinBenchmark(id);
  if (builtin) {
    const copy = await repo.findBuiltinCopy(deps.db, organizationId, id);
    if (copy?.hidden) return;
    if (copy) {
      await repo.deleteBuiltinCopy(deps.db, organizationId, id);
      return;
    }
    // The hidden marker's values are never shown (the built-in's are); year is required by the table.
    const { industry, metric, score, label, source, method, market, note } = builtin;
    await repo.upsertBuiltinCopy(
      deps.db,
      organizationId,
      id,
      { industry, metric, score, label, source, year: builtin.year ?? 0, method, market, note },
      true,
      deps.now(),
    );
    return;
  }
  if (!(UUID.test(id) && (await repo.deleteOwn(deps.db, organizationId, id)))) throw notFound('Benchmark');
}

/** A built-in entry as shipped again: its edit or hidden mark is dropped. */
export async function restoreBenchmark(
  deps: BenchmarksDeps,
  organizationId: string,
  id: string,
): Promise<TBenchmark> {
  const builtin = builtinBenchmark(id);
  if (!builtin) throw notFound('Built-in benchmark');
  await repo.deleteBuiltinCopy(deps.db, organizationId, id);
  return fromBuiltin(builtin, null);
}
