import {
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { organization, user } from './auth.js';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

/**
 * A CSV import. The upload is streamed into `import_chunks` (so any worker node can read it,
 * and no process holds the whole file), then a job parses it row by row and counts progress.
 */
export const imports = pgTable(
  'imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organization.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['contacts', 'feedback'] }).notNull(),
    filename: text('filename').notNull(),
    byteSize: integer('byte_size').notNull().default(0),
    /** CSV column → contact field (or `attributes.<key>`) or feedback field, chosen in the mapping step. */
    mapping: jsonb('mapping').$type<Record<string, string>>(),
    status: text('status', { enum: ['uploaded', 'queued', 'running', 'done', 'failed'] }).notNull(),
    totalRows: integer('total_rows'),
    processedRows: integer('processed_rows').notNull().default(0),
    okRows: integer('ok_rows').notNull().default(0),
    errorRows: integer('error_rows').notNull().default(0),
    /** Feedback rows already stored by an earlier import (same channel and externalRef): good, but not added again. */
    duplicateRows: integer('duplicate_rows').notNull().default(0),
    failure: text('failure'),
    createdByUserId: text('created_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('imports_org_created_idx').on(t.organizationId, t.createdAt)],
);

export const importChunks = pgTable(
  'import_chunks',
  {
    importId: uuid('import_id')
      .notNull()
      .references(() => imports.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    data: bytea('data').notNull(),
  },
  (t) => [primaryKey({ columns: [t.importId, t.seq] })],
);

/** Every refused row with its line number and reason; no good row is lost because of them. */
export const importErrors = pgTable(
  'import_errors',
  {
    importId: uuid('import_id')
      .notNull()
      .references(() => imports.id, { onDelete: 'cascade' }),
    line: integer('line').notNull(),
    field: text('field'),
    reason: text('reason').notNull(),
  },
  (t) => [primaryKey({ columns: [t.importId, t.line] })],
);
