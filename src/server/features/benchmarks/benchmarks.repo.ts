import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { orgBenchmarks, orgSettings } from '../../db/schema/index.js';

/** What an org_benchmarks row holds besides its keys. */
export interface BenchmarkValues {
  industry: string;
  metric: string;
  score: number;
  label: string;
  source: string;
  year: number;
  method: string;
  market: string;
  note: string | null;
}

export interface BenchmarkRow extends BenchmarkValues {
  id: string;
  builtinId: string | null;
  hidden: boolean;
  createdAt: Date;
  updatedAt: Date;
}

const columns = {
  id: orgBenchmarks.id,
  builtinId: orgBenchmarks.builtinId,
  hidden: orgBenchmarks.hidden,
  industry: orgBenchmarks.industry,
  metric: orgBenchmarks.metric,
  score: orgBenchmarks.score,
  label: orgBenchmarks.label,
  source: orgBenchmarks.source,
  year: orgBenchmarks.year,
  method: orgBenchmarks.method,
  market: orgBenchmarks.market,
  note: orgBenchmarks.note,
  createdAt: orgBenchmarks.createdAt,
  updatedAt: orgBenchmarks.updatedAt,
};

export async function orgIndustry(db: Db, organizationId: string): Promise<string | null> {
  const [row] = await db
    .select({ industry: orgSettings.industry })
    .from(orgSettings)
    .where(eq(orgSettings.organizationId, organizationId));
  return row?.industry ?? null;
}

/** Every row of the organization: its own entries and its edits of built-in ones (a handful). */
export async function listRows(db: Db, organizationId: string): Promise<BenchmarkRow[]> {
  return db
    .select(columns)
    .from(orgBenchmarks)
    .where(eq(orgBenchmarks.organizationId, organizationId))
    .orderBy(asc(orgBenchmarks.createdAt), asc(orgBenchmarks.id));
}

export async function insertOwn(
  db: Db,
  organizationId: string,
  values: BenchmarkValues,
  at: Date,
): Promise<BenchmarkRow> {
  const [row] = await db
    .insert(orgBenchmarks)
    .values({ ...values, organizationId, builtinId: null, hidden: false, createdAt: at, updatedAt: at })
    .returning(columns);
  if (!row) throw new Error('insert into org_benchmarks returned no row');
  return row;
}

/** Rows that edit a built-in entry are addressed by the built-in id only, so an own id never reaches them. */
const own = (organizationId: string, id: string) =>
  and(
    eq(orgBenchmarks.organizationId, organizationId),
    eq(orgBenchmarks.id, id),
    isNull(orgBenchmarks.builtinId),
  );

export async function updateOwn(
  db: Db,
  organizationId: string,
  id: string,
  values: BenchmarkValues,
  at: Date,
): Promise<BenchmarkRow | null> {
  const [row] = await db
    .update(orgBenchmarks)
    .set({ ...values, updatedAt: at })
    .where(own(organizationId, id))
    .returning(columns);
  return row ?? null;
}

export async function deleteOwn(db: Db, organizationId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(orgBenchmarks)
    .where(own(organizationId, id))
    .returning({ id: orgBenchmarks.id });
  return rows.length > 0;
}

export async function findBuiltinCopy(
  db: Db,
  organizationId: string,
  builtinId: string,
): Promise<BenchmarkRow | null> {
  const [row] = await db
    .select(columns)
    .from(orgBenchmarks)
    .where(and(eq(orgBenchmarks.organizationId, organizationId), eq(orgBenchmarks.builtinId, builtinId)));
  return row ?? null;
}

/** Stores (or replaces) the organization's copy of a built-in entry: edited values, or a hidden marker. */
export async function upsertBuiltinCopy(
  db: Db,
  organizationId: string,
  builtinId: string,
  values: BenchmarkValues,
  hidden: boolean,
  at: Date,
): Promise<BenchmarkRow> {
  const [row] = await db
    .insert(orgBenchmarks)
    .values({ ...values, organizationId, builtinId, hidden, createdAt: at, updatedAt: at })
    .onConflictDoUpdate({
      target: [orgBenchmarks.organizationId, orgBenchmarks.builtinId],
      set: { ...values, hidden, updatedAt: at },
    })
    .returning(columns);
  if (!row) throw new Error('upsert into org_benchmarks returned no row');
  return row;
}

export async function deleteBuiltinCopy(db: Db, organizationId: string, builtinId: string): Promise<boolean> {
  const rows = await db
    .delete(orgBenchmarks)
    .where(and(eq(orgBenchmarks.organizationId, organizationId), eq(orgBenchmarks.builtinId, builtinId)))
    .returning({ id: orgBenchmarks.id });
  return rows.length > 0;
}
