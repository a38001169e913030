import { useCallback, useMemo } from 'react';
import type { TMetricFilters } from '../../shared/contracts/metrics.js';
import { keepComparePeriods } from '../compare/compare-url.js';
import { navigate, useLocation } from '../router/history.js';
import {
  metricFilters,
  overviewSearch,
  parseOverviewSearch,
  utcToday,
  type OverviewState,
} from './overview-url.js';

export interface OverviewStateApi {
  state: OverviewState;
  /** The metrics API's filters of the view (the period resolved to days). */
  filters: TMetricFilters;
  /**
   * Changes the view. Filters push a history entry (back undoes them); switching a chart's
   * view replaces the entry, so back does not step through every click on a toggle.
   */
  update: (patch: Partial<OverviewState>, options?: { replace?: boolean }) => void;
}

/** The overview's state lives in the address: read it, and write changes back to it. */
export function useOverviewState(): OverviewStateApi {
  const { pathname, search } = useLocation();
  const state = useMemo(() => parseOverviewSearch(search), [search]);
  // Today is read once per address: a view left open past midnight keeps its days until the next change.
  const filters = useMemo(() => metricFilters(state, utcToday(new Date())), [state]);
  // The compared periods share the address; they stay unless the view's own period changes.
  // The same function until the address changes, so the filter bar can skip re-rendering.
  const update = useCallback<OverviewStateApi['update']>(
    (patch, options) =>
      navigate(
        `${pathname}${keepComparePeriods(search, overviewSearch({ ...state, ...patch }), 'period' in patch)}`,
        options,
      ),
    [pathname, search, state],
  );
  return { state, filters, update };
}
