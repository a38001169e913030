import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { rawQuery, type Db } from '../../db/client.js';
import { StatementBatcher } from '../../db/statement-batcher.js';
import { announce } from '../../pipeline/outbox.repo.js';
import { contacts, feedbackItems } from '../../db/schema/index.js';

export type NewFeedbackRow = typeof feedbackItems.$inferInsert & { id: string };

/**
 * A write that hangs off a new item (see `insertFeedbackItemWith`). Its `sql` reads the new
 * items' ids from `item` and, joined on `id`, each row's values from `input`, whose jsonb
 * column `deps` holds every dependent's `params` under its `name`. The statement is prepared
 * once per combination of names, so one name must always come with the same `sql`.
 */
export interface DependentWrite {
  name: string;
  sql: SQL;
  params: Record<string, unknown>;
}

/** Contact ids by e-mail (case-insensitive); an address that two contacts share matches neither. */
export async function contactIdsByEmail(
  db: Db,
  organizationId: string,
  emails: string[],
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  if (emails.length === 0) return found;
  const lowered = [...new Set(emails.map((e) => e.toLowerCase()))];
  const rows = await db
    .select({ email: sql<string>`lower(${contacts.email})`, id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.organizationId, organizationId), inArray(sql`lower(${contacts.email})`, lowered)));
  const ambiguous = new Set<string>();
  for (const r of rows) {
    if (found.has(r.email)) ambiguous.add(r.email);
    found.set(r.email, r.id);
  }
  for (const e of ambiguous) found.delete(e);
  return found;
}

/**
 * Inserts what is new, with each new item's announcement (item.created) in the same transaction;
 * rows whose (channel, externalRef) exists already are skipped. Returns the inserted ids.
 */
export async function insertFeedbackItems(db: Db, rows: NewFeedbackRow[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(feedbackItems)
      .values(rows)
      .onConflictDoNothing({
        target: [feedbackItems.organizationId, feedbackItems.channel, feedbackItems.externalRef],
      })
      .returning({ id: feedbackItems.id, organizationId: feedbackItems.organizationId });
    await announce(
      tx as unknown as Db,
      inserted.map((r) => ({
        organizationId: r.organizationId,
        topic: 'item.created' as const,
        subjectId: r.id,
        version: 1,
      })),
    );
    return new Set(inserted.map((r) => r.id));
  });
}

/** The columns an ingested item may set, in `input` with their types (jsonb_to_recordset needs them spelled out). */
const ITEM_COLUMNS = [
  'id',
  'organization_id',
  'contact_id',
  'channel',
  'source',
  'metric',
  'score',
  'scale_min',
  'scale_max',
  'text',
  'language',
  'product',
  'touchpoint',
  'link',
  'author_email',
  'author_handle',
  'author_name',
  'occurred_at',
  'external_ref',
] as const;
const INPUT_TYPES: Record<(typeof ITEM_COLUMNS)[number], string> = {
  id: 'uuid',
  organization_id: 'text',
  contact_id: 'uuid',
  channel: 'text',
  source: 'text',
  metric: 'text',
  score: 'integer',
  scale_min: 'integer',
  scale_max: 'integer',
  text: 'text',
  language: 'text',
  product: 'text',
  touchpoint: 'text',
  link: 'text',
  author_email: 'text',
  author_handle: 'text',
  author_name: 'text',
  occurred_at: 'timestamptz',
  external_ref: 'text',
};
const itemColumnList = sql.raw(ITEM_COLUMNS.join(', '));
const inputRecord = sql.raw([...ITEM_COLUMNS.map((c) => `${c} ${INPUT_TYPES[c]}`), 'deps jsonb'].join(', '));

/**
 * One statement for a batch of items and their dependents, prepared once per database and shape:
 * the rows arrive as one jsonb array, so the text (and PostgreSQL's plan) is the same for any
 * batch size. Rows are inserted in externalRef order, so two batches racing for the same refs
 * take their locks in the same order. Drizzle writes the text once; every survey answer runs it,
 * so it runs on the driver (`rawQuery`).
 */
function batchStatement(
  db: Db,
  name: string,
  dependents: readonly DependentWrite[],
): (rows: string) => Promise<Array<{ id: string }>> {
  const input = db
    .$with('input', { id: sql<string>`id`.as('id') })
    .as(sql`select * from jsonb_to_recordset(${sql.placeholder('rows')}::jsonb) as r(${inputRecord})`);
  const item = db
    .$with('item', { id: sql<string>`id`.as('id') })
    .as(
      sql`insert into feedback_items (${itemColumnList}) select ${itemColumnList} from input order by external_ref on conflict (organization_id, channel, external_ref) do nothing returning id`,
    );
  const ctes = dependents.map((d, i) =>
    db.$with(`dependent_${i}`, { done: sql<number>`1`.as('done') }).as(d.sql),
  );
  // The item's announcement (item.created, version 1), in the item's own statement (see pipelineOutbox).
  const outbox = db
    .$with('outbox', { done: sql<number>`1`.as('done') })
    .as(
      sql`insert into pipeline_outbox (organization_id, topic, subject_id, version) select input.organization_id, 'item.created', item.id, 1 from item join input on input.id = item.id`,
    );
  const query = db
    .with(input, item, ...ctes, outbox)
    .select({ id: item.id })
    .from(item)
    .toSQL();
  // The rows' placeholder is the only parameter: dependents' SQL is fixed text.
  if (query.params.length !== 1)
    throw new Error(`${name}: expected one parameter, found ${query.params.length}`);
  return (rows) => rawQuery<{ id: string }>(db, { name, text: query.sql, values: [rows] });
}

interface ItemWrite {
  row: NewFeedbackRow;
  dependents: readonly DependentWrite[];
}

/**
 * Writes items with their dependents for concurrent callers, one statement per batch (see
 * StatementBatcher); a failing batch (one bad row rolls back the lot) is retried row by row,
 * so only the bad row's caller sees the error. Each output: whether that row was inserted.
 */
function itemWriter(
  db: Db,
  name: string,
  dependents: readonly DependentWrite[],
): StatementBatcher<ItemWrite, boolean> {
  const statement = batchStatement(db, name, dependents);
  return new StatementBatcher(
    async (batch) => {
      const rows = batch.map(({ row, dependents }) => ({
        id: row.id,
        organization_id: row.organizationId,
        contact_id: row.contactId ?? null,
        channel: row.channel,
        source: row.source ?? null,
        metric: row.metric ?? null,
        score: row.score ?? null,
        scale_min: row.scaleMin ?? null,
        scale_max: row.scaleMax ?? null,
        text: row.text ?? null,
        language: row.language ?? null,
        product: row.product ?? null,
        touchpoint: row.touchpoint ?? null,
        link: row.link ?? null,
        author_email: row.authorEmail ?? null,
        author_handle: row.authorHandle ?? null,
        author_name: row.authorName ?? null,
        occurred_at: row.occurredAt.toISOString(),
        external_ref: row.externalRef ?? null,
        deps: Object.fromEntries(dependents.map((d) => [d.name, d.params])),
      }));
      const inserted = new Set((await statement(JSON.stringify(rows))).map((r) => r.id));
      return batch.map(({ row }) => inserted.has(row.id));
    },
    // One statement at a time: while it runs, the next batch gathers, and a bigger batch costs
    // the database less per answer than two smaller ones side by side (measured: bench/survey-bench.ts).
    { splitOnError: true, maxInFlight: 1 },
  );
}

const writers = new WeakMap<Db, Map<string, StatementBatcher<ItemWrite, boolean>>>();

/**
 * Inserts one item and, in the same statement, the rows that hang off it (a survey answer's
 * response, its invitation's stamps): each dependent reads the new ids from `item`, so it writes
 * nothing for an item skipped as a duplicate, and no item exists without its dependents. The
 * item's announcement goes to the outbox in the same statement.
 * Concurrent calls with the same dependents share statements (`itemWriter`); this is every
 * survey answer's write. True when the item was inserted.
 */
export async function insertFeedbackItemWith(
  db: Db,
  row: NewFeedbackRow,
  dependents: readonly DependentWrite[],
): Promise<boolean> {
  const name = `feedback_items_with_${dependents.map((d) => d.name).join('_')}`;
  let byName = writers.get(db);
  if (!byName) {
    byName = new Map();
    writers.set(db, byName);
  }
  let writer = byName.get(name);
  if (!writer) {
    writer = itemWriter(db, name, dependents);
    byName.set(name, writer);
  }
  return writer.submit({ row, dependents });
}

/** Ids of stored items by (channel, externalRef), to answer a repeated delivery with the original id. */
export async function idsByExternalRef(
  db: Db,
  organizationId: string,
  refs: Array<{ channel: string; externalRef: string }>,
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  if (refs.length === 0) return found;
  const rows = await db
    .select({ id: feedbackItems.id, channel: feedbackItems.channel, externalRef: feedbackItems.externalRef })
    .from(feedbackItems)
    .where(
      and(
        eq(feedbackItems.organizationId, organizationId),
        inArray(feedbackItems.externalRef, [...new Set(refs.map((r) => r.externalRef))]),
      ),
    );
  for (const r of rows) if (r.externalRef !== null) found.set(refKey(r.channel, r.externalRef), r.id);
  return found;
}

export const refKey = (channel: string, externalRef: string) => `${channel}\u0000${externalRef}`;
