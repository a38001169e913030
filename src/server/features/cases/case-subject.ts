import type { CaseCandidateRow } from './case-candidates.repo.js';

const METRIC_LABEL: Record<string, string> = { nps: 'NPS', csat: 'CSAT', ces: 'CES', rating: '★' };

/** "NPS 3/10 · Jana Berger": what the list shows until someone renames the case. */
export function caseSubject(
  row: Pick<CaseCandidateRow, 'contact' | 'authorName' | 'channel' | 'score' | 'metric' | 'scaleMax'>,
): string {
  const who = row.contact?.name ?? row.contact?.email ?? row.authorName ?? row.channel;
  const score =
    row.score !== null
      ? `${METRIC_LABEL[row.metric ?? ''] ?? row.metric ?? ''} ${row.score}/${row.scaleMax}`
      : null;
  return [score, who].filter(Boolean).join(' · ').slice(0, 200);
}
