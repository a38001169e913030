import { randomUUID } from 'node:crypto';
import { FEEDBACK_LIMITS, ZFeedbackInput, type TFeedbackInput, type TFeedbackItem, type TFeedbackList, type TFeedbackListQuery, type TIngestResult } from '../../../shared/contracts/feedback.js';
import type { Db } from '../../db/client.js';
import { notFound } from '../../http/app-error.js';
import type { Enqueue } from '../../jobs/queue.js';
import { checkEntries, decodeCursor, encodeCursor, futureError, throwIfSingleFailed } from './batch-entries.js';
import * as repo from './feedback.repo.js';
import { contactIdsByExternalId } from '../contacts/contact-lookup.repo.js';

export interface FeedbackDeps {
  db: Db;
  enqueue: Enqueue;
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
   * statement as the item and only if the item is new (`DependentWrite` reads its id from `item`).
   */
  dependents?: readonly repo.DependentWrite[];
  /**
   * `now` (default): one `feedback.ingested` job for this call. `batched`: for single-item calls
   * on a hot path (survey answers), one job shared with concurrent calls (`AnnouncementBatcher`).
   * Either way the ids are enqueued before this returns.
   */
  announce?: 'now' | 'batched';
}

/**
 * THE pipeline seam: every feedback item and every survey answer is written here. Items with a
 * (channel, externalRef) already stored are not written again and come back as duplicates with
 * the stored id. New items are announced to `feedback.ingested`, where later stages (rollups,
 * text analytics, case rules, churn) hook in: one job per call, or one shared by concurrent calls.
 */
export async function ingestFeedback(deps: FeedbackDeps, organizationId: string, items: NewFeedbackItem[], opts: IngestOptions = {}): Promise<IngestedItem[]> {
  if (items.length === 0) return [];
  const rows = items.map((i) => ({ ...i, id: randomUUID(), organizationId, externalRef: i.externalRef ?? null }));
  let inserted: Set<string>;
  const [single] = rows;
  if (opts.dependents) {
    if (rows.length !== 1 || !single) throw new Error('dependent writes hang off exactly one item');
    inserted = (await repo.insertFeedbackItemWith(deps.db, single, opts.dependents)) ? new Set([single.id]) : new Set();
  } else {
    inserted = await repo.insertFeedbackItems(deps.db, rows);
  }
  // Only refs that were not inserted need their stored id: a clean insert costs no lookup.
  const skipped = rows.filter((r) => !inserted.has(r.id) && r.externalRef !== null) as Array<(typeof rows)[number] & { externalRef: string }>;
  const existing = await repo.idsByExternalRef(deps.db, organizationId, skipped);
  const result = rows.map((r): IngestedItem => {
    if (inserted.has(r.id)) return { id: r.id, duplicate: false };
    const id = r.externalRef !== null ? existing.get(repo.refKey(r.channel, r.externalRef)) : undefined;
    if (!id) throw new Error('feedback item neither inserted nor found by its externalRef');
    return { id, duplicate: true };
  });
  const newIds = result.filter((r) => !r.duplicate).map((r) => r.id);
  if (newIds.length > 0) {
    if (opts.announce === 'batched') await announceBatched(deps, organizationId, newIds);
    else await deps.enqueue('feedback.ingested', { organizationId, itemIds: newIds });
  }
  return result;
}

/** The job takes at most this many ids. */
const MAX_IDS_PER_JOB = 1000;
/** One enqueue in flight per queue: callers arriving meanwhile gather for the next, so under load a job carries many answers. */
const MAX_IN_FLIGHT = 1;

interface PendingAnnouncement {
  organizationId: string;
  ids: string[];
  resolve(): void;
  reject(err: unknown): void;
}

/**
 * Announcements of concurrent single answers share jobs: callers of one turn of the event loop,
 * and those arriving while earlier enqueues are in flight, go out together as one
 * `feedback.ingested` job per organization. A job per answer cost each answer a pg-boss insert
 * (its own commit and NOTIFY, on pg-boss's pool of four) and the worker a fetch, a rollup
 * refresh and a completion. Each caller still returns only after its ids were enqueued, so an
 * acknowledged answer is announced exactly as with one job per call: the window a crash could
 * fall into (after the item's commit, before the enqueue) is no wider than it was.
 */
class AnnouncementBatcher {
  private queue: PendingAnnouncement[] = [];
  private inFlight = 0;
  private scheduled = false;
  private idleWaiters: Array<() => void> = [];

  constructor(private readonly enqueue: Enqueue) {}

  announce(organizationId: string, ids: string[]): Promise<void> {
    busy.add(this);
    return new Promise((resolve, reject) => {
      this.queue.push({ organizationId, ids, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => {
          this.scheduled = false;
          this.pump();
        });
      }
    });
  }

  /** Resolves once nothing is queued or in flight. */
  idle(): Promise<void> {
    if (this.queue.length === 0 && this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private pump(): void {
    while (this.inFlight < MAX_IN_FLIGHT && this.queue.length > 0) {
      const batch = this.queue;
      this.queue = [];
      this.inFlight += 1;
      void this.run(batch).finally(() => {
        this.inFlight -= 1;
        this.pump();
        if (this.queue.length === 0 && this.inFlight === 0) {
          busy.delete(this);
          for (const wake of this.idleWaiters.splice(0)) wake();
        }
      });
    }
  }

  private async run(batch: PendingAnnouncement[]): Promise<void> {
    const byOrganization = new Map<string, PendingAnnouncement[]>();
    for (const p of batch) byOrganization.set(p.organizationId, [...(byOrganization.get(p.organizationId) ?? []), p]);
    await Promise.all(
      [...byOrganization].map(async ([organizationId, callers]) => {
        const ids = callers.flatMap((c) => c.ids);
        try {
          for (let i = 0; i < ids.length; i += MAX_IDS_PER_JOB) await this.enqueue('feedback.ingested', { organizationId, itemIds: ids.slice(i, i + MAX_IDS_PER_JOB) });
          for (const c of callers) c.resolve();
        } catch (err) {
          // As with a job per call: the items are stored, the callers see the failure.
          for (const c of callers) c.reject(err);
        }
      }),
    );
  }
}

/** One batcher per job queue (a process may hold several runtimes: tests, the bench). */
const batchers = new WeakMap<Enqueue, AnnouncementBatcher>();
/** Batchers with announcements queued or in flight. */
const busy = new Set<AnnouncementBatcher>();

/**
 * Resolves once every announcement queued so far has been enqueued. Callers of `ingestFeedback`
 * already wait for their own; this is for code that watches the jobs from outside (tests).
 */
export async function flushAnnouncements(): Promise<void> {
  await Promise.all([...busy].map((b) => b.idle()));
}

function announceBatched(deps: FeedbackDeps, organizationId: string, ids: string[]): Promise<void> {
  let batcher = batchers.get(deps.enqueue);
  if (!batcher) {
    batcher = new AnnouncementBatcher(deps.enqueue);
    batchers.set(deps.enqueue, batcher);
  }
  return batcher.announce(organizationId, ids);
}

/** `POST /api/v1/feedback`: checks each entry, resolves its customer, and ingests the good ones. */
export async function submitFeedback(deps: FeedbackDeps, organizationId: string, body: unknown): Promise<TIngestResult> {
  const { valid, errors, isSingle } = checkEntries(body, ZFeedbackInput);
  const now = deps.now();
  const seenRefs = new Set<string>();
  const accepted: Array<{ index: number; value: TFeedbackInput }> = [];
  for (const entry of valid) {
    const future = futureError(entry.index, new Date(entry.value.occurredAt), now, FEEDBACK_LIMITS.futureSkewMinutes);
    if (future) {
      errors.push(future);
      continue;
    }
    if (entry.value.externalRef !== undefined) {
      const key = repo.refKey(entry.value.channel, entry.value.externalRef);
      if (seenRefs.has(key)) {
        errors.push({ index: entry.index, field: 'externalRef', message: 'repeats an earlier entry of this batch (same channel and externalRef)' });
        continue;
      }
      seenRefs.add(key);
    }
    accepted.push(entry);
  }

  const byExternalId = await contactIdsByExternalId(deps.db, organizationId, unique(accepted.map((e) => e.value.contactExternalId)));
  const byEmail = await repo.contactIdsByEmail(deps.db, organizationId, unique(accepted.map((e) => e.value.author?.email)));
  const toIngest: Array<{ index: number; item: NewFeedbackItem }> = [];
  for (const { index, value } of accepted) {
    let contactId: string | null = null;
    if (value.contactExternalId !== undefined) {
      contactId = byExternalId.get(value.contactExternalId) ?? null;
      if (!contactId) {
        errors.push({ index, field: 'contactExternalId', message: 'no contact has this externalId; create the contact first' });
        continue;
      }
    } else if (value.author?.email !== undefined) {
      contactId = byEmail.get(value.author.email.toLowerCase()) ?? null;
    }
    toIngest.push({ index, item: toNewItem(value, contactId) });
  }
  errors.sort((a, b) => a.index - b.index);
  throwIfSingleFailed(isSingle, errors);

  const ingested = await ingestFeedback(deps, organizationId, toIngest.map((e) => e.item));
  const items = ingested.map((r, i) => ({ index: toIngest[i]?.index ?? -1, ...r }));
  return { created: items.filter((i) => !i.duplicate).length, duplicates: items.filter((i) => i.duplicate).length, errors, items };
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

export async function listFeedback(deps: Pick<FeedbackDeps, 'db'>, organizationId: string, q: TFeedbackListQuery): Promise<TFeedbackList> {
  let contactId: string | undefined;
  if (q.contactExternalId !== undefined) {
    contactId = (await contactIdsByExternalId(deps.db, organizationId, [q.contactExternalId])).get(q.contactExternalId);
    if (!contactId) return { items: [], nextCursor: null };
  }
  const rows = await repo.listFeedbackItems(
    deps.db,
    organizationId,
    {
      channel: q.channel,
      source: q.source,
      contactId,
      product: q.product,
      metric: q.metric,
      from: q.from ? new Date(q.from) : undefined,
      to: q.to ? new Date(q.to) : undefined,
      after: q.cursor ? decodeCursor(q.cursor) : undefined,
    },
    q.limit + 1,
  );
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  return { items: page.map(toDto), nextCursor: rows.length > q.limit && last ? encodeCursor(last.occurredAt, last.id) : null };
}

export async function getFeedback(deps: Pick<FeedbackDeps, 'db'>, organizationId: string, id: string): Promise<TFeedbackItem> {
  const row = await repo.findFeedbackItem(deps.db, organizationId, id);
  if (!row) throw notFound('Feedback item');
  return toDto(row);
}

function toDto(r: repo.FeedbackRow): TFeedbackItem {
  const hasAuthor = r.authorEmail !== null || r.authorHandle !== null || r.authorName !== null;
  return {
    id: r.id,
    channel: r.channel,
    source: r.source,
    metric: r.metric,
    score: r.score,
    scaleMin: r.scaleMin,
    scaleMax: r.scaleMax,
    text: r.text,
    language: r.language,
    product: r.product,
    touchpoint: r.touchpoint,
    link: r.link,
    externalRef: r.externalRef,
    contact: r.contactId && r.contactExternalId ? { id: r.contactId, externalId: r.contactExternalId } : null,
    author: hasAuthor ? { email: r.authorEmail, handle: r.authorHandle, name: r.authorName } : null,
    occurredAt: r.occurredAt.toISOString(),
    createdAt: r.createdAt.toISOString(),
  };
}
