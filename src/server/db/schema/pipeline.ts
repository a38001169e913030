import { bigint, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The pipeline's transactional outbox: every write that changes a feedback item (a survey answer,
 * a repeat answer, API feedback, an import, a merge, an erasure) and every behaviour event adds
 * its announcement here in the same statement or transaction as the write, so nothing acknowledged
 * can miss its stages and no answer waits for a job to be queued. Workers drain it several times a
 * second into one job per registered stage (`pipeline/drain-outbox.ts`). Ids only, no foreign keys:
 * an erased item or a deleted organization leaves rows whose stages find nothing, which every
 * stage tolerates.
 */
export const pipelineOutbox = pgTable('pipeline_outbox', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  organizationId: text('organization_id').notNull(),
  /** A topic of `pipeline/catalog.ts`: item.created | item.updated | item.erased | event.ingested. */
  topic: text('topic').notNull(),
  /** The feedback item's id, or the behaviour event's. */
  subjectId: uuid('subject_id').notNull(),
  /** The item's version after the write (feedback_items.version); 1 for behaviour events. */
  version: integer('version').notNull(),
  /** Taken by a drainer until then; a drainer that died leaves the row to the next after it. */
  leasedUntil: timestamp('leased_until', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * What each stage has processed: the highest version of each subject it acted on, written in the
 * stage's own transaction, so a stage never acts twice on the same item version however often the
 * outbox or the queue delivers it (both deliver at least once).
 */
export const pipelineMarks = pgTable(
  'pipeline_marks',
  {
    stage: text('stage').notNull(),
    subjectId: uuid('subject_id').notNull(),
    organizationId: text('organization_id').notNull(),
    version: integer('version').notNull(),
    processedAt: timestamp('processed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'pipeline_marks_pk', columns: [t.stage, t.subjectId] }),
    index('pipeline_marks_org_idx').on(t.organizationId),
  ],
);
