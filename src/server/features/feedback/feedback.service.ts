import { randomUUID } from 'node:crypto';
import {
  FEEDBACK_LIMITS,
  ZFeedbackInput,
  type TFeedbackInput,
  type TIngestResult,
} from '../../../shared/contracts/feedback.js';
import type { Db } from '../../db/client.js';
import { checkEntries, futureError, throwIfSingleFailed, type EntryError } from './batch-entries.js';
import * as repo from './feedback.repo.js';
import { contactIdsByExternalId } from '../contacts/contact-lookup.repo.js';

export interface FeedbackDeps {
  db: Db;
  now: () => Date;
}

/**
 * One item entering the pipeline, whatever produced it (the feedback API, a survey answer, an
 * import). Contact already resolved; author details only for anonymous items.
 */
export interface NewFeedbackItem {
  channel: string;
  source?: string | null;
  metric?: string | null;
  score?: number | null;
  scaleMin?: number | null;
  scaleMax?: number | null;
  text?: string | null;
  language?: string | null;
  product?: string | null;
  touchpoint?: string | null;
  link?: string | null;
  contactId?: string | null;
  authorEmail?: string | null;
  authorHandle?: string | null;
  authorName?: string | null;
  occurredAt: Date;
  externalRef?: string | null;
}

export interface IngestedItem {
  id: string;
  duplicate: boolean;
}

export interface IngestOptions {
  /**
   * For a single item: rows that hang off it (a survey answer's response), written in the same
   * statement as the item and only if the item is new (`DependentWrite` reads its id from `item`):
   * the hot path of survey answers, where concurrent answers share one statement.
   */
  dependents?: readonly repo.DependentWrite[];
}

/**
 * THE pipeline seam: every feedback item and every survey answer is written here. Items with a
 * (channel, externalRef) already stored are not written again and come back as duplicates with
 * the stored id. Each new item is announced (item.created) through the pipeline outbox in the
 * statement or transaction that writes it; the registered stages (rollups first; text analytics,
 * case rules, churn, webhooks later) get it from there.
 */
export async function ingestFeedback(
  deps: FeedbackDeps,
  organizationId: string,
  items: NewFeedbackItem[],
  opts: IngestOptions = {},
): Promise<IngestedItem[]> {
  if (items.length === 0) return [];
  const rows = items.map((i) => ({
    ...i,
    id: randomUUID(),
    organizationId,
    externalRef: i.externalRef ?? null,
  }));
  let inserted: Set<string>;
  const [single] = rows;
  if (opts.dependents) {
    if (rows.length !== 1 || !single) throw new Error('dependent writes hang off exactly one item');
    inserted = (await repo.insertFeedbackItemWith(deps.db, single, opts.dependents))
      ? new Set([single.id])
      : new Set();
  } else {
    inserted = await repo.insertFeedbackItems(deps.db, rows);
  }
  // Only refs that were not inserted need their stored id: a clean insert costs no lookup.
  const skipped = rows.filter((r) => !inserted.has(r.id) && r.externalRef !== null) as Array<
    (typeof rows)[number] & { externalRef: string }
  >;
  const existing = await repo.idsByExternalRef(deps.db, organizationId, skipped);
  const result = rows.map((r): IngestedItem => {
    if (inserted.has(r.id)) return { id: r.id, duplicate: false };
    const id = r.externalRef !== null ? existing.get(repo.refKey(r.channel, r.externalRef)) : undefined;
    if (!id) throw new Error('feedback item neither inserted nor found by its externalRef');
    return { id, duplicate: true };
  });
  return result;
}

/** `POST /api/v1/feedback`: checks each entry, resolves its customer, and ingests the good ones. */
export async function submitFeedback(
  deps: FeedbackDeps,
  organizationId: string,
  body: unknown,
): Promise<TIngestResult> {
  const checked = checkEntries(body, ZFeedbackInput);
  const { accepted: toIngest, errors } = await acceptFeedbackEntries(deps, organizationId, checked.valid);
  errors.unshift(...checked.errors);
  errors.sort((a, b) => a.index - b.index);
  throwIfSingleFailed(checked.isSingle, errors);

  const ingested = await ingestFeedback(
    deps,
    organizationId,
    toIngest.map((e) => e.item),
  );
  const items = ingested.map((r, i) => ({ index: toIngest[i]?.index ?? -1, ...r }));
  return {
    created: items.filter((i) => !i.duplicate).length,
    duplicates: items.filter((i) => i.duplicate).length,
    errors,
    items,
  };
}

/**
 * The rules an entry that passed ZFeedbackInput must still pass before it is ingested, shared by
 * the feedback API and the CSV feedback import: not in the future, not a repeat of an earlier
 * entry (same channel and externalRef), and its customer resolved (contactExternalId must name a
 * contact; an author's e-mail is matched to one when exactly one contact has it).
 */
export async function acceptFeedbackEntries(
  deps: Pick<FeedbackDeps, 'db' | 'now'>,
  organizationId: string,
  valid: ReadonlyArray<{ index: number; value: TFeedbackInput }>,
): Promise<{ accepted: Array<{ index: number; item: NewFeedbackItem }>; errors: EntryError[] }> {
  const errors: EntryError[] = [];
  const now = deps.now();
  const seenRefs = new Set<string>();
  const accepted: Array<{ index: number; value: TFeedbackInput }> = [];
  for (const entry of valid) {
    const future = futureError(
      entry.index,
      new Date(entry.value.occurredAt),
      now,
      FEEDBACK_LIMITS.futureSkewMinutes,
    );
    if (future) {
      errors.push(future);
      continue;
    }
    if (entry.value.externalRef !== undefined) {
      const key = repo.refKey(entry.value.channel, entry.value.externalRef);
      if (seenRefs.has(key)) {
        errors.push({
          index: entry.index,
          field: 'externalRef',
          message: 'repeats an earlier entry of this batch (same channel and externalRef)',
        });
        continue;
      }
      seenRefs.add(key);
    }
    accepted.push(entry);
  }

  const byExternalId = await contactIdsByExternalId(
    deps.db,
    organizationId,
    unique(accepted.map((e) => e.value.contactExternalId)),
  );
  const byEmail = await repo.contactIdsByEmail(
    deps.db,
    organizationId,
    unique(accepted.map((e) => e.value.author?.email)),
  );
  const toIngest: Array<{ index: number; item: NewFeedbackItem }> = [];
  for (const { index, value } of accepted) {
    let contactId: string | null = null;
    if (value.contactExternalId !== undefined) {
      contactId = byExternalId.get(value.contactExternalId) ?? null;
      if (!contactId) {
        errors.push({
          index,
          field: 'contactExternalId',
          message: 'no contact has this externalId; create the contact first',
        });
        continue;
      }
    } else if (value.author?.email !== undefined) {
      contactId = byEmail.get(value.author.email.toLowerCase()) ?? null;
    }
    toIngest.push({ index, item: toNewItem(value, contactId) });
  }
  return { accepted: toIngest, errors };
}

function toNewItem(v: TFeedbackInput, contactId: string | null): NewFeedbackItem {
  // A matched contact holds the person's details; copying them onto the item would outlive an erasure.
  const author = contactId ? undefined : v.author;
  return {
    channel: v.channel,
    source: v.source ?? null,
    metric: v.rating ? (v.rating.metric ?? 'rating') : null,
    score: v.rating?.value ?? null,
    scaleMin: v.rating?.scaleMin ?? null,
    scaleMax: v.rating?.scaleMax ?? null,
    text: v.text ?? null,
    language: v.language ?? null,
    product: v.product ?? null,
    touchpoint: v.touchpoint ?? null,
    link: v.link ?? null,
    contactId,
    authorEmail: author?.email ?? null,
    authorHandle: author?.handle ?? null,
    authorName: author?.name ?? null,
    occurredAt: new Date(v.occurredAt),
    externalRef: v.externalRef ?? null,
  };
}

function unique(values: Array<string | undefined>): string[] {
  return [...new Set(values.filter((v): v is string => v !== undefined))];
}
