import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { notifyError } from '../lib/notify.js';
import { ApiError } from './http.js';
import { queryKeys } from './query-keys.js';

declare module '@tanstack/react-query' {
  interface Register {
    /** `silent`: the screen shows the error itself, no notification. */
    mutationMeta: { silent?: boolean };
  }
}

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => handleSessionErrors(client, error, query.queryKey[0] === 'me'),
    }),
    mutationCache: new MutationCache({
      onError: (error, _vars, _context, mutation) => {
        handleSessionErrors(client, error, false);
        if (!mutation.meta?.silent) notifyError(error);
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 20_000,
        retry: (failures, error) =>
          !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failures < 2,
        refetchOnWindowFocus: true,
      },
    },
  });
  return client;
}

/** A session that ended or lost its organization sends the app back through its guards. */
function handleSessionErrors(client: QueryClient, error: unknown, isMeQuery: boolean): void {
  if (isMeQuery || !(error instanceof ApiError)) return;
  if (error.status === 401) client.setQueryData(queryKeys.me, null);
  else if (error.code === 'NO_ACTIVE_ORGANIZATION') void client.invalidateQueries({ queryKey: queryKeys.me });
}
