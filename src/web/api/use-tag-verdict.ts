import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TTextAnalysis } from '../../shared/contracts/text-analysis.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';

/** Which tag of an item is judged, and how: a verdict, a corrected label, or (null) taken back. */
export type TagVerdictChange =
  | { itemId: string; tag: 'theme'; themeId: string; verdict: 'agree' | 'disagree' | null }
  | {
      itemId: string;
      tag: 'sentiment';
      verdict: 'agree' | null;
      label?: 'positive' | 'neutral' | 'negative';
    };

function urlOf(change: TagVerdictChange): string {
  const item = `/api/v1/feedback/${encodeURIComponent(change.itemId)}/analysis`;
  return change.tag === 'theme'
    ? `${item}/themes/${encodeURIComponent(change.themeId)}`
    : `${item}/sentiment`;
}

/**
 * PUT/DELETE /api/v1/feedback/{id}/analysis/themes/{themeId} and …/sentiment: one verdict on a tag,
 * answered with the item's analysis as it now reads. Every list that shows analyses or counts
 * themes is refreshed afterwards (inbox, drill-down, cases, Themes page).
 */
export function useTagVerdict() {
  const { organizationId } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: TagVerdictChange) => {
      const taken =
        change.tag === 'sentiment' ? change.verdict === null && !change.label : change.verdict === null;
      if (taken) return request<TTextAnalysis>('DELETE', urlOf(change));
      const body =
        change.tag === 'theme'
          ? { verdict: change.verdict }
          : change.label
            ? { label: change.label }
            : { verdict: 'agree' };
      return request<TTextAnalysis>('PUT', urlOf(change), { body });
    },
    onSettled: async () => {
      await Promise.all(
        ['feedback', 'responses', 'cases', 'themes', 'theme-precision'].map((part) =>
          queryClient.invalidateQueries({ queryKey: ['org', organizationId, part] }),
        ),
      );
    },
  });
}
