import { sql, type SQL } from 'drizzle-orm';
import type { ContactImportField } from '../../../domain/imports/contact-fields.js';
import type { ContactRow } from '../../../domain/imports/contact-row.js';
import type { Db } from '../../db/client.js';

/** Column and SQL type of each importable field (externalId is the key, not in this list). */
const COLUMNS: Record<Exclude<ContactImportField, 'externalId'>, { column: string; type: string }> = {
  email: { column: 'email', type: 'text' },
  name: { column: 'name', type: 'text' },
  phone: { column: 'phone', type: 'text' },
  language: { column: 'language', type: 'text' },
  segment: { column: 'segment', type: 'text' },
  region: { column: 'region', type: 'text' },
  plan: { column: 'plan', type: 'text' },
  accountOwner: { column: 'account_owner', type: 'text' },
  productsUsed: { column: 'products_used', type: 'jsonb' },
  revenue: { column: 'revenue', type: 'double precision' },
  customerSince: { column: 'customer_since', type: 'timestamptz' },
  churnedAt: { column: 'churned_at', type: 'timestamptz' },
  emailOptOut: { column: 'is_email_opt_out', type: 'boolean' },
  neverSurvey: { column: 'is_never_survey', type: 'boolean' },
};

function asText(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return JSON.stringify(v);
  return String(v);
}

/**
 * Upserts a batch by (organization, external id) in one statement. Values travel as one text
 * array per column through `unnest` (a handful of parameters instead of one per cell, which is
 * what makes 1,000-row statements cheap), and a row is only rewritten when a mapped value
 * differs, so importing the same file twice changes nothing — not even `updated_at`.
 * Only mapped fields are written; custom attributes are merged into the existing ones.
 * Returns how many contacts were created and how many updated.
 */
export async function upsertContactBatch(
  db: Db,
  organizationId: string,
  fields: readonly Exclude<ContactImportField, 'externalId'>[],
  hasAttributes: boolean,
  rows: readonly ContactRow[],
  now: Date,
): Promise<{ created: number; updated: number }> {
  if (rows.length === 0) return { created: 0, updated: 0 };
  const arrays: SQL[] = [sql`${sql.param(rows.map((r) => r.externalId))}::text[]`];
  const names: string[] = ['external_id'];
  const select: SQL[] = [sql`${organizationId}`, sql.raw('u.external_id')];
  const insertCols: string[] = ['organization_id', 'external_id'];
  const sets: SQL[] = [];
  const olds: string[] = [];
  const news: string[] = [];
  fields.forEach((f, i) => {
    const { column, type } = COLUMNS[f];
    const alias = `c${i}`;
    arrays.push(sql`${sql.param(rows.map((r) => asText(r.values[f])))}::text[]`);
    names.push(alias);
    select.push(sql.raw(`u.${alias}::${type}`));
    insertCols.push(column);
    sets.push(sql.raw(`${column} = excluded.${column}`));
    olds.push(`contacts.${column}`);
    news.push(`excluded.${column}`);
  });
  if (hasAttributes) {
    arrays.push(sql`${sql.param(rows.map((r) => JSON.stringify(r.attributes)))}::text[]`);
    names.push('attrs');
    select.push(sql.raw('u.attrs::jsonb'));
    insertCols.push('attributes');
    sets.push(sql.raw('attributes = contacts.attributes || excluded.attributes'));
    olds.push('contacts.attributes');
    news.push('contacts.attributes || excluded.attributes');
  }
  insertCols.push('updated_at');
  select.push(sql`${now.toISOString()}::timestamptz`);
  sets.push(sql.raw('updated_at = excluded.updated_at'));
  const changed =
    olds.length === 0
      ? sql.raw('false')
      : sql.raw(`(${olds.join(', ')}, null::int) is distinct from (${news.join(', ')}, null::int)`);

  const result = await db.execute<{ inserted: boolean }>(sql`
    insert into contacts (${sql.raw(insertCols.join(', '))})
    select ${sql.join(select, sql`, `)}
    from unnest(${sql.join(arrays, sql`, `)}) as u(${sql.raw(names.join(', '))})
    on conflict (organization_id, external_id) do update set ${sql.join(sets, sql`, `)}
    where ${changed}
    returning (xmax = 0) as inserted`);
  const out = (result as unknown as { rows: { inserted: boolean }[] }).rows;
  const created = out.filter((r) => r.inserted).length;
  return { created, updated: out.length - created };
}

/** External ids of the batch that are aliases of a merged contact, mapped to the survivor's id. */
export async function resolveAliases(
  db: Db,
  organizationId: string,
  externalIds: readonly string[],
): Promise<Map<string, string>> {
  if (externalIds.length === 0) return new Map();
  const result = await db.execute<{ alias: string; target: string }>(sql`
    select a.external_id as alias, c.external_id as target
    from contact_aliases a join contacts c on c.id = a.contact_id and c.organization_id = a.organization_id
    where a.organization_id = ${organizationId} and a.external_id = any(${sql.param(externalIds)}::text[])`);
  return new Map(
    (result as unknown as { rows: { alias: string; target: string }[] }).rows.map((r) => [r.alias, r.target]),
  );
}
