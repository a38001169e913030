import { useMemo } from 'react';
import { useLocation } from '../router/history.js';
import type { ResponseFilters } from './response-filters.js';

/**
 * The filters of a list page read from the address (Responses, the Feedback inbox), the query
 * its API hook takes (only the keys that are set) and whether any filter is set at all.
 */
export function useAddressFilters(read: (search: string) => ResponseFilters): {
  filters: ResponseFilters;
  query: Record<string, string>;
  filtered: boolean;
} {
  const { search } = useLocation();
  const filters = useMemo(() => read(search), [read, search]);
  const query = useMemo(
    () =>
      Object.fromEntries(Object.entries(filters).filter((e): e is [string, string] => e[1] !== undefined)),
    [filters],
  );
  return { filters, query, filtered: Object.keys(filters).length > 0 };
}
