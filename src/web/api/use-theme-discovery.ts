import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type {
  TDiscoveryResult,
  TOwnThemeChange,
  TOwnThemes,
  TPromoteCandidateInput,
  TThemeCandidate,
  TThemeCandidates,
  TUpdateOwnThemeInput,
} from '../../shared/contracts/theme-discovery.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';

/**
 * The Themes page's discovery endpoints (issue 16), one hook per endpoint. A change to the
 * candidates refreshes the candidate list; a change to an own theme starts a replay, whose
 * progress `useOwnThemes` polls until it is done, then the theme figures are fetched again.
 */
const candidatesKey = (organizationId: string) =>
  ['org', organizationId, 'theme-discovery', 'candidates'] as const;
const ownKey = (organizationId: string) => ['org', organizationId, 'theme-discovery', 'own'] as const;
const themesKey = (organizationId: string) => ['org', organizationId, 'themes'] as const;
const path = (id: string) => `/api/v1/themes/candidates/${encodeURIComponent(id)}`;

/** GET /api/v1/themes/candidates */
export function useThemeCandidates(enabled: boolean) {
  const { organizationId } = useSession();
  return useQuery({
    queryKey: candidatesKey(organizationId),
    queryFn: () => request<TThemeCandidates>('GET', '/api/v1/themes/candidates'),
    enabled,
  });
}

/** GET /api/v1/themes/own — polled every second while a replay runs; the theme figures refresh when it ends. */
export function useOwnThemes() {
  const { organizationId } = useSession();
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: ownKey(organizationId),
    queryFn: () => request<TOwnThemes>('GET', '/api/v1/themes/own'),
    refetchInterval: (q) => (q.state.data?.replay && q.state.data.replay.status !== 'done' ? 1000 : false),
  });
  // A replay seen finishing (also one that finished between two polls) refreshes the figures.
  const replay = query.data?.replay;
  const doneId = replay?.status === 'done' ? replay.id : null;
  const lastDone = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    if (query.data === undefined) return;
    if (lastDone.current !== undefined && doneId !== null && doneId !== lastDone.current)
      void queryClient.invalidateQueries({ queryKey: themesKey(organizationId) });
    if (doneId !== null || lastDone.current === undefined) lastDone.current = doneId;
  }, [doneId, query.data, organizationId, queryClient]);
  return query;
}

function useCandidateMutation<A, R>(fn: (arg: A) => Promise<R>, alsoOwn = false) {
  const { organizationId } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: candidatesKey(organizationId) });
      if (alsoOwn) await queryClient.invalidateQueries({ queryKey: ownKey(organizationId) });
    },
  });
}

/** POST /api/v1/themes/discover */
export const useDiscoverThemes = () =>
  useCandidateMutation((range: { from: string; to: string }) =>
    request<TDiscoveryResult>('POST', '/api/v1/themes/discover', { body: range }),
  );

/** PATCH /api/v1/themes/candidates/{id} */
export const useRenameCandidate = () =>
  useCandidateMutation(({ id, name }: { id: string; name: string }) =>
    request<TThemeCandidate>('PATCH', path(id), { body: { name } }),
  );

/** POST /api/v1/themes/candidates/merge */
export const useMergeCandidates = () =>
  useCandidateMutation((ids: string[]) =>
    request<TThemeCandidate>('POST', '/api/v1/themes/candidates/merge', { body: { ids } }),
  );

/** POST /api/v1/themes/candidates/{id}/split */
export const useSplitCandidate = () =>
  useCandidateMutation((id: string) =>
    request<{ candidates: TThemeCandidate[] }>('POST', `${path(id)}/split`),
  );

/** POST /api/v1/themes/candidates/{id}/dismiss */
export const useDismissCandidate = () =>
  useCandidateMutation((id: string) => request<TThemeCandidate>('POST', `${path(id)}/dismiss`));

/** POST /api/v1/themes/candidates/{id}/promote */
export const usePromoteCandidate = () =>
  useCandidateMutation(
    ({ id, body }: { id: string; body: TPromoteCandidateInput }) =>
      request<TOwnThemeChange>('POST', `${path(id)}/promote`, { body }),
    true,
  );

/** PATCH /api/v1/themes/own/{id} */
export const useUpdateOwnTheme = () =>
  useCandidateMutation(
    ({ id, body }: { id: string; body: TUpdateOwnThemeInput }) =>
      request<TOwnThemeChange>('PATCH', `/api/v1/themes/own/${encodeURIComponent(id)}`, { body }),
    true,
  );

/** DELETE /api/v1/themes/own/{id} */
export const useDeleteOwnTheme = () =>
  useCandidateMutation(
    (id: string) => request<TOwnThemeChange>('DELETE', `/api/v1/themes/own/${encodeURIComponent(id)}`),
    true,
  );
