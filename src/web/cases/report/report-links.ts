import type { TCaseStatus } from '../../../shared/contracts/cases.js';
import { caseFiltersPath, CHANNELS, DEFAULT_CASE_FILTERS } from '../case-filters.js';

/** The groups the report counts shares by. */
export type ShareDimension = 'channel' | 'team' | 'agent' | 'rootCause' | 'action';

/** Fewer cases than this and a share is marked "few cases": its interval spans most of the scale. */
export const FEW_CASES = 5;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isChannel = (key: string): key is (typeof CHANNELS)[number] =>
  (CHANNELS as readonly string[]).includes(key);

/**
 * The cases list narrowed to one group of the report (every status: the group's resolved cases
 * count too), or null where the list cannot filter by it: root cause and action have no filter,
 * nor has "no team". The list has no period, so the link opens the group's cases of any time.
 */
export function groupCasesPath(dimension: ShareDimension, key: string): string | null {
  const all = { ...DEFAULT_CASE_FILTERS, statuses: [] };
  switch (dimension) {
    case 'channel':
      return isChannel(key) ? caseFiltersPath({ ...all, channel: key }) : null;
    case 'team':
      return UUID.test(key) ? caseFiltersPath({ ...all, teamId: key.toLowerCase() }) : null;
    case 'agent':
      if (key === 'none') return caseFiltersPath({ ...all, assignee: 'none' });
      return key.length > 0 && key.length <= 100 ? caseFiltersPath({ ...all, person: key }) : null;
    case 'rootCause':
    case 'action':
      return null;
  }
}

/** The open cases in one status now: exactly what the backlog counts. */
export function statusCasesPath(status: TCaseStatus): string {
  return caseFiltersPath({ ...DEFAULT_CASE_FILTERS, statuses: [status] });
}

/** The open work whose SLA is breached: the backlog's breached count. */
export function breachedCasesPath(): string {
  return caseFiltersPath({ ...DEFAULT_CASE_FILTERS, breachedOnly: true });
}
