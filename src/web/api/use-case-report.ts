import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { TCaseReport } from '../../shared/contracts/cases.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** The CSV of the same report: a plain link the browser downloads (the session cookie goes along). */
export function caseReportCsvUrl(range: { from: string; to: string }): string {
  return `/api/v1/cases/report.csv?${new URLSearchParams(range).toString()}`;
}

/**
 * GET /api/v1/cases/report for a period (`to` exclusive). A changed period keeps the previous
 * numbers on screen (marked as updating) until the new ones arrive.
 */
export function useCaseReport(range: { from: string; to: string }) {
  const { organizationId } = useSession();
  return useQuery({
    queryKey: queryKeys.caseReport(organizationId, range),
    queryFn: () => request<TCaseReport>('GET', '/api/v1/cases/report', { query: { ...range } }),
    placeholderData: keepPreviousData,
  });
}
