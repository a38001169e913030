import {
  CONTACT_LIMITS,
  type TContactList,
  type TContactProfile,
  type TListContactsQuery,
  type TTimelineEntry,
} from '../../../shared/contracts/contacts.js';
import { AppError, notFound } from '../../common/app-error.js';
import { iso } from '../../common/iso.js';
import { toContactDto } from './contact-dto.js';
import * as repo from './contacts.repo.js';
import type { ContactsDeps } from './contacts.service.js';

/**
 * The profile and its timeline: every feedback item and the behaviour events condensed per
 * type and ISO week, newest first, at most CONTACT_LIMITS.timeline entries.
 */
export async function getContactProfile(
  deps: Pick<ContactsDeps, 'db'>,
  organizationId: string,
  externalId: string,
): Promise<TContactProfile> {
  const row = await repo.findByExternalId(deps.db, organizationId, externalId);
  if (!row) throw notFound('Contact');
  const limit = CONTACT_LIMITS.timeline;
  const [aliases, feedback, events] = await Promise.all([
    repo.listAliases(deps.db, organizationId, row.id),
    repo.recentFeedback(deps.db, organizationId, row.id, limit),
    repo.condensedEvents(deps.db, organizationId, row.id, limit),
  ]);
  const entries: Array<{ t: number; entry: TTimelineEntry }> = [
    ...feedback.map(({ occurredAt, ...f }) => ({
      t: occurredAt.getTime(),
      entry: { kind: 'feedback' as const, at: iso(occurredAt), ...f },
    })),
    ...events.map(({ lastAt, ...e }) => ({
      t: lastAt.getTime(),
      entry: { kind: 'events' as const, at: iso(lastAt), ...e },
    })),
  ];
  entries.sort((a, b) => b.t - a.t);
  return {
    contact: toContactDto(row),
    aliases: aliases.map((a) => a.externalId),
    timeline: entries.slice(0, limit).map((e) => e.entry),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function encodeCursor(createdAt: string, id: string): string {
  return Buffer.from(JSON.stringify([createdAt, id])).toString('base64url');
}

function decodeCursor(cursor: string): { createdAt: string; id: string } {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2) {
      const [createdAt, id] = value as unknown[];
      if (
        typeof createdAt === 'string' &&
        typeof id === 'string' &&
        UUID.test(id) &&
        /^\d{1,16}$/.test(createdAt)
      ) {
        return { createdAt, id };
      }
    }
  } catch {
    // falls through to the error below
  }
  throw new AppError('VALIDATION_FAILED', 'querystring.cursor: is not a cursor this API returned', [
    { field: 'querystring.cursor', message: 'is not a cursor this API returned' },
  ]);
}

/** Newest first (created, then id); the cursor is opaque and keeps microsecond precision (created_at as microseconds since the epoch). */
export async function listContacts(
  deps: Pick<ContactsDeps, 'db'>,
  organizationId: string,
  query: TListContactsQuery & Pick<repo.ListFilter, 'isChurned' | 'attributes'>,
): Promise<TContactList> {
  const { cursor, limit, ...filters } = query;
  const rows = await repo.listContacts(deps.db, organizationId, {
    ...filters,
    after: cursor ? decodeCursor(cursor) : undefined,
    limit: limit + 1,
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => toContactDto(r.contact)),
    nextCursor: rows.length > limit && last ? encodeCursor(last.createdAtText, last.contact.id) : null,
  };
}
