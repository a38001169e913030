import { randomUUID } from 'node:crypto';
import {
  EVENT_LIMITS,
  ZEventInput,
  type TEventInput,
  type TEventListQuery,
  type TEventsIngestResult,
} from '../../../shared/contracts/events.js';
import type { Db } from '../../db/client.js';
import {
  checkEntries,
  decodeCursor,
  encodeCursor,
  futureError,
  throwIfSingleFailed,
} from '../feedback/batch-entries.js';
import * as repo from './events.repo.js';
import { contactIdsByExternalId } from '../contacts/contact-lookup.repo.js';

export interface EventsDeps {
  db: Db;
  now: () => Date;
}

/** `POST /api/v1/events`: stores behaviour events of known contacts, once per eventId. */
export async function submitEvents(
  deps: EventsDeps,
  organizationId: string,
  body: unknown,
): Promise<TEventsIngestResult> {
  const { valid, errors, isSingle } = checkEntries(body, ZEventInput);
  const now = deps.now();
  const contactIds = await contactIdsByExternalId(deps.db, organizationId, [
    ...new Set(valid.map((e) => e.value.contactExternalId)),
  ]);
  const seen = new Set<string>();
  const accepted: Array<{ index: number; row: repo.NewEventRow }> = [];
  for (const { index, value } of valid) {
    const future = futureError(index, new Date(value.occurredAt), now, EVENT_LIMITS.futureSkewMinutes);
    if (future) {
      errors.push(future);
      continue;
    }
    const contactId = contactIds.get(value.contactExternalId);
    if (!contactId) {
      errors.push({
        index,
        field: 'contactExternalId',
        message: 'no contact has this externalId; create the contact first',
      });
      continue;
    }
    if (value.eventId !== undefined) {
      if (seen.has(value.eventId)) {
        errors.push({ index, field: 'eventId', message: 'repeats an earlier entry of this batch' });
        continue;
      }
      seen.add(value.eventId);
    }
    accepted.push({ index, row: toRow(value, organizationId, contactId) });
  }
  errors.sort((a, b) => a.index - b.index);
  throwIfSingleFailed(isSingle, errors);

  const inserted = await repo.insertEvents(
    deps.db,
    accepted.map((a) => a.row),
  );
  const skipped = accepted.filter((a) => !inserted.has(a.row.id)).map((a) => a.row.eventId ?? '');
  const existing = await repo.idsByEventId(deps.db, organizationId, skipped);
  const items = accepted.map(({ index, row }) => {
    if (inserted.has(row.id)) return { index, id: row.id, duplicate: false };
    const id = existing.get(row.eventId ?? '');
    if (!id) throw new Error('event neither inserted nor found by its eventId');
    return { index, id, duplicate: true };
  });
  // New events were announced (event.ingested) with their insert: event-triggered surveys
  // (`ticket_solved` → CES an hour later) are a pipeline stage; repeats announce nothing.
  return {
    created: items.filter((i) => !i.duplicate).length,
    duplicates: items.filter((i) => i.duplicate).length,
    errors,
    items,
  };
}

function toRow(v: TEventInput, organizationId: string, contactId: string): repo.NewEventRow {
  return {
    id: randomUUID(),
    organizationId,
    contactId,
    type: v.type,
    value: v.value ?? null,
    revenue: v.revenue ?? null,
    occurredAt: new Date(v.occurredAt),
    properties: v.properties ?? {},
    eventId: v.eventId ?? null,
  };
}

export async function listEvents(deps: Pick<EventsDeps, 'db'>, organizationId: string, q: TEventListQuery) {
  let contactId: string | undefined;
  if (q.contactExternalId !== undefined) {
    contactId = (await contactIdsByExternalId(deps.db, organizationId, [q.contactExternalId])).get(
      q.contactExternalId,
    );
    if (!contactId) return { items: [], nextCursor: null };
  }
  const rows = await repo.listEvents(
    deps.db,
    organizationId,
    {
      contactId,
      type: q.type,
      from: q.from ? new Date(q.from) : undefined,
      to: q.to ? new Date(q.to) : undefined,
      after: q.cursor ? decodeCursor(q.cursor) : undefined,
    },
    q.limit + 1,
  );
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => ({
      ...r,
      occurredAt: r.occurredAt.toISOString(),
      createdAt: r.createdAt.toISOString(),
    })),
    nextCursor: rows.length > q.limit && last ? encodeCursor(last.occurredAt, last.id) : null,
  };
}
