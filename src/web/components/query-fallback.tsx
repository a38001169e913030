import { SectionError } from './section-error.js';
import { SectionLoader } from './section-loader.js';

export interface QueryFallbackProps {
  query: { isPending: boolean; error: unknown; refetch: () => unknown };
}

/**
 * What a section shows while its query has no data: a loader while pending, the error with a
 * retry otherwise. Callers render it for `!query.isSuccess`, which also narrows `query.data`.
 */
export function QueryFallback({ query }: QueryFallbackProps) {
  if (query.isPending) return <SectionLoader />;
  return <SectionError error={query.error} onRetry={() => void query.refetch()} />;
}
