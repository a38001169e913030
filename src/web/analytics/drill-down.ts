import type { TMetric, TMetricFilters } from '../../shared/contracts/metrics.js';
import { responsesPath } from '../router/routes.js';

export interface DrillTarget {
  metric: TMetric;
  category?: 'promoter' | 'passive' | 'detractor';
  score?: number;
  /** Extra filters of the number (a breakdown row's dimension value, a trend bucket's days). */
  narrow?: Partial<TMetricFilters>;
}

/** The Responses page showing exactly the answers a number was computed from. */
export function drillPath(filters: TMetricFilters, target: DrillTarget): string {
  return responsesPath({
    ...filters,
    ...target.narrow,
    metric: target.metric,
    category: target.category,
    score: target.score,
  });
}
