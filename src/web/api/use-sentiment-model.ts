import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TSentimentModelState } from '../../shared/contracts/sentiment-model.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/**
 * GET /api/v1/themes/sentiment-model. While `waitingSince` is set (a training was asked for),
 * polls every 2 s until a training newer than it is there.
 */
export function useSentimentModel(waitingSince: number | null) {
  const { organizationId } = useSession();
  return useQuery({
    queryKey: queryKeys.sentimentModel(organizationId),
    queryFn: () => request<TSentimentModelState>('GET', '/api/v1/themes/sentiment-model'),
    refetchInterval: (query) => {
      if (waitingSince === null) return false;
      const trainedAt = query.state.data?.model?.trainedAt;
      const done = trainedAt !== undefined && Date.parse(trainedAt) >= waitingSince;
      return done || Date.now() - waitingSince > 120_000 ? false : 2000;
    },
  });
}

/** POST /api/v1/themes/sentiment-model/train: the training runs in the background. */
export function useTrainSentimentModel() {
  const { organizationId } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => request<{ queued: true }>('POST', '/api/v1/themes/sentiment-model/train'),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.sentimentModel(organizationId) });
    },
  });
}
