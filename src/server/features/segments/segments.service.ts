import type { TContactList, TListContactsQuery } from '../../../shared/contracts/contacts.js';
import type {
  TCreateSegment,
  TSegment,
  TSegmentFilter,
  TUpdateSegment,
} from '../../../shared/contracts/segments.js';
import type { Db } from '../../db/client.js';
import { isUniqueViolation } from '../../db/pg-errors.js';
import { AppError, notFound } from '../../common/app-error.js';
import { iso } from '../../common/iso.js';
import { checkAttributeValues, type AttributeType } from '../contacts/check-attribute-values.js';
import { listAttributeDefinitions } from '../contacts/contact-attributes.repo.js';
import { listContacts } from '../contacts/contact-profile.service.js';
import { countMatching } from '../contacts/contacts.repo.js';
import * as repo from './segments.repo.js';

export interface SegmentDeps {
  db: Db;
  now: () => Date;
}

async function checkFilter(db: Db, organizationId: string, filter: TSegmentFilter): Promise<void> {
  if (!filter.attributes) return;
  const definitions = new Map(
    (await listAttributeDefinitions(db, organizationId)).map((d) => [d.key, d.type as AttributeType]),
  );
  const problems = checkAttributeValues(filter.attributes, definitions, 'body.filter.attributes');
  const first = problems[0];
  if (first) throw new AppError('VALIDATION_FAILED', `${first.field}: ${first.message}`, problems);
}

async function toDto(db: Db, organizationId: string, row: repo.SegmentRow): Promise<TSegment> {
  return {
    ...row,
    contacts: await countMatching(db, organizationId, row.filter),
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

const nameTaken = (name: string) =>
  new AppError('CONFLICT', `A segment named "${name}" already exists`, [
    { field: 'body.name', message: 'already in use' },
  ]);

export async function listSegments(deps: SegmentDeps, organizationId: string): Promise<TSegment[]> {
  const rows = await repo.listSegments(deps.db, organizationId);
  return Promise.all(rows.map((r) => toDto(deps.db, organizationId, r)));
}

export async function getSegment(deps: SegmentDeps, organizationId: string, id: string): Promise<TSegment> {
  const row = await repo.findSegment(deps.db, organizationId, id);
  if (!row) throw notFound('Segment');
  return toDto(deps.db, organizationId, row);
}

export async function createSegment(
  deps: SegmentDeps,
  organizationId: string,
  body: TCreateSegment,
): Promise<TSegment> {
  await checkFilter(deps.db, organizationId, body.filter);
  try {
    return await toDto(
      deps.db,
      organizationId,
      await repo.insertSegment(deps.db, organizationId, body.name, body.filter, deps.now()),
    );
  } catch (err) {
    if (isUniqueViolation(err)) throw nameTaken(body.name);
    throw err;
  }
}

export async function updateSegment(
  deps: SegmentDeps,
  organizationId: string,
  id: string,
  body: TUpdateSegment,
): Promise<TSegment> {
  if (body.filter) await checkFilter(deps.db, organizationId, body.filter);
  try {
    const patch: { name?: string; filter?: TSegmentFilter } = {};
    if (body.name !== undefined) patch.name = body.name;
    if (body.filter !== undefined) patch.filter = body.filter;
    const row = await repo.updateSegment(deps.db, organizationId, id, patch, deps.now());
    if (!row) throw notFound('Segment');
    return await toDto(deps.db, organizationId, row);
  } catch (err) {
    if (isUniqueViolation(err)) throw nameTaken(body.name ?? '');
    throw err;
  }
}

export async function deleteSegment(deps: SegmentDeps, organizationId: string, id: string): Promise<void> {
  if (!(await repo.deleteSegment(deps.db, organizationId, id))) throw notFound('Segment');
}

/** The segment's contacts right now, with the contact list's order and cursor. */
export async function listSegmentContacts(
  deps: SegmentDeps,
  organizationId: string,
  id: string,
  page: Pick<TListContactsQuery, 'cursor' | 'limit'>,
): Promise<TContactList> {
  const row = await repo.findSegment(deps.db, organizationId, id);
  if (!row) throw notFound('Segment');
  const { hasEmail, ...rest } = row.filter;
  return listContacts(deps, organizationId, {
    ...rest,
    ...(hasEmail !== undefined ? { hasEmail } : {}),
    limit: page.limit,
    ...(page.cursor ? { cursor: page.cursor } : {}),
  });
}
