import { Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSendOutcome } from '../../api/use-send-outcome.js';
import { useSurveyInvitations } from '../../api/use-survey-invitations.js';
import { QueryFallback } from '../../components/query-fallback.js';
import { countsFromTotals, rowsFromInvitations } from './outcome-rows.js';
import { SendOutcomeSummary, SHOWN_ROWS } from './send-outcome-summary.js';

/**
 * A one-off send to a segment answers with the send only. Its totals come from the server, which
 * counts all its invitations; the newest ones fill the list of customers below them.
 */
export function SegmentSendOutcome({
  surveyId,
  sendId,
  onDismiss,
}: {
  surveyId: string;
  sendId: string;
  onDismiss: () => void;
}) {
  const { t } = useTranslation();
  const totals = useSendOutcome(surveyId, sendId);
  const invitations = useSurveyInvitations(surveyId, sendId, SHOWN_ROWS);
  if (!totals.isSuccess) return <QueryFallback query={totals} />;
  if (totals.data.total === 0) {
    return (
      <Paper withBorder p="md" radius="md" bg="gray.0" data-testid="send-outcome">
        <Text fz="sm" role="status">
          {t('sending.outcome.segmentEmpty')}
        </Text>
      </Paper>
    );
  }
  const rows = invitations.isSuccess ? rowsFromInvitations(invitations.data.items) : [];
  return (
    <SendOutcomeSummary
      counts={countsFromTotals(totals.data)}
      rows={rows}
      total={totals.data.total}
      onDismiss={onDismiss}
    />
  );
}
