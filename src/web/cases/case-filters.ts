import type { CASE_CHANNELS, TCasePriority, TCaseStatus } from '../../shared/contracts/cases.js';

type TCaseChannel = (typeof CASE_CHANNELS)[number];

/** The contract's statuses and priorities, kept literal so zod stays out of the dashboard's chunks. */
export const STATUSES = [
  'new',
  'open',
  'waiting',
  'resolved',
  'closed',
] as const satisfies readonly TCaseStatus[];
export const PRIORITIES = ['urgent', 'high', 'normal', 'low'] as const satisfies readonly TCasePriority[];
/** What an agent works on: the list opens on it, and the address leaves it out. */
export const OPEN_WORK = ['new', 'open', 'waiting'] as const satisfies readonly TCaseStatus[];
export const ASSIGNEE_FILTERS = ['all', 'me', 'none'] as const;
export type AssigneeFilter = (typeof ASSIGNEE_FILTERS)[number];
export const CHANNELS = [
  'survey',
  'review',
  'social',
  'chat',
  'email',
  'ticket',
  'call',
  'message',
  'other',
] as const satisfies readonly TCaseChannel[];

export interface CaseFilters {
  /** Empty: every status. */
  statuses: readonly TCaseStatus[];
  assignee: AssigneeFilter;
  /** Empty: every priority. */
  priorities: readonly TCasePriority[];
  breachedOnly: boolean;
  /** One person's cases (a user id), as the report links to them; wins over `assignee`. */
  person?: string;
  /** One team's cases. */
  teamId?: string;
  channel?: TCaseChannel;
}

export const DEFAULT_CASE_FILTERS: CaseFilters = {
  statuses: OPEN_WORK,
  assignee: 'all',
  priorities: [],
  breachedOnly: false,
};

/** The values of a comma-separated parameter that are in `allowed`, in `allowed`'s order, each once. */
function pick<T extends string>(raw: string, allowed: readonly T[]): T[] {
  const parts = new Set(raw.split(','));
  return allowed.filter((value) => parts.has(value));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value) => b.includes(value));

/**
 * The list's filters from the address. No `status` is the open work; `status=all` every status. A
 * value the API would refuse is dropped, so a hand-edited address still shows a list.
 */
export function readCaseFilters(search: string): CaseFilters {
  const params = new URLSearchParams(search);
  const status = params.get('status');
  let statuses: readonly TCaseStatus[] = OPEN_WORK;
  if (status === 'all') statuses = [];
  else if (status !== null) {
    const valid = pick(status, STATUSES);
    if (valid.length > 0) statuses = valid;
  }
  const assignee = params.get('assignee');
  const filters: CaseFilters = {
    statuses: statuses.length === STATUSES.length ? [] : statuses,
    assignee: assignee === 'me' || assignee === 'none' ? assignee : 'all',
    priorities: pick(params.get('priority') ?? '', PRIORITIES),
    breachedOnly: params.get('breached') === 'true',
  };
  // Any other assignee is a user id, as the API takes it (at most 100 characters).
  if (assignee && filters.assignee === 'all' && assignee !== 'all' && assignee.length <= 100)
    filters.person = assignee;
  const teamId = params.get('teamId');
  if (teamId && UUID.test(teamId)) filters.teamId = teamId.toLowerCase();
  const channel = pick(params.get('channel') ?? '', CHANNELS);
  if (channel.length === 1 && channel[0]) filters.channel = channel[0];
  return filters;
}

/** The list's address with these filters; the defaults are left out, so `/cases` is the open work. */
export function caseFiltersPath(filters: CaseFilters): string {
  const params = new URLSearchParams();
  const statuses = pick(filters.statuses.join(','), STATUSES);
  if (statuses.length === 0 || statuses.length === STATUSES.length) params.set('status', 'all');
  else if (!sameSet(statuses, OPEN_WORK)) params.set('status', statuses.join(','));
  if (filters.person) params.set('assignee', filters.person);
  else if (filters.assignee !== 'all') params.set('assignee', filters.assignee);
  if (filters.teamId) params.set('teamId', filters.teamId);
  if (filters.channel) params.set('channel', filters.channel);
  const priorities = pick(filters.priorities.join(','), PRIORITIES);
  if (priorities.length > 0 && priorities.length < PRIORITIES.length)
    params.set('priority', priorities.join(','));
  if (filters.breachedOnly) params.set('breached', 'true');
  const search = params.toString().replaceAll('%2C', ',');
  return `/cases${search ? `?${search}` : ''}`;
}

/** The query `GET /api/v1/cases` takes for these filters (the cursor and page size come from the hook). */
export function caseListQuery(filters: CaseFilters): Record<string, string> {
  const query: Record<string, string> = {};
  if (filters.statuses.length > 0) query.status = filters.statuses.join(',');
  if (filters.person) query.assignee = filters.person;
  else if (filters.assignee !== 'all') query.assignee = filters.assignee;
  if (filters.teamId) query.teamId = filters.teamId;
  if (filters.channel) query.channel = filters.channel;
  if (filters.priorities.length > 0) query.priority = filters.priorities.join(',');
  if (filters.breachedOnly) query.breached = 'true';
  return query;
}

/** Whether the list shows more or other than the open work of everyone. */
export function isNarrowed(filters: CaseFilters): boolean {
  return caseFiltersPath(filters) !== '/cases';
}
