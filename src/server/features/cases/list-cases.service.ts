import type { TCaseList, TCaseListQuery } from '../../../shared/contracts/cases.js';
import type { Db } from '../../db/client.js';
import { decodeCursor, encodeCursor } from '../feedback/batch-entries.js';
import { caseSummaryDto } from './case-dto.js';
import { listCases } from './cases.repo.js';

/** The case list, newest first, a page at a time; `assignee=me` is the caller. */
export async function listCasesFor(
  deps: { db: Db },
  organizationId: string,
  userId: string | null,
  query: TCaseListQuery,
): Promise<TCaseList> {
  const { cursor, limit, assignee, ...filters } = query;
  const assigneeId =
    assignee === undefined
      ? undefined
      : assignee === 'none'
        ? null
        : assignee === 'me'
          ? (userId ?? '')
          : assignee;
  const rows = await listCases(
    deps.db,
    organizationId,
    { ...filters, limit, ...(assigneeId !== undefined ? { assigneeId } : {}) },
    cursor ? decodeCursor(cursor) : null,
    limit + 1,
  );
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    cases: page.map(caseSummaryDto),
    nextCursor: rows.length > limit && last ? encodeCursor(last.case.openedAt, last.case.id) : null,
  };
}
