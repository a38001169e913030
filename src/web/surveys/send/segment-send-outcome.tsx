import { Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSurveyInvitations } from '../../api/use-survey-invitations.js';
import { QueryFallback } from '../../components/query-fallback.js';
import { rowsFromInvitations } from './outcome-rows.js';
import { SendOutcomeSummary } from './send-outcome-summary.js';

/** A one-off send to a segment answers with the send only; its invitations tell what happened to each contact. */
export function SegmentSendOutcome({ surveyId, sendId, onDismiss }: { surveyId: string; sendId: string; onDismiss: () => void }) {
  const { t } = useTranslation();
  const invitations = useSurveyInvitations(surveyId, sendId);
  if (!invitations.isSuccess) return <QueryFallback query={invitations} />;
  if (invitations.data.items.length === 0) {
    return (
      <Paper withBorder p="md" radius="md" bg="gray.0" data-testid="send-outcome">
        <Text fz="sm" role="status">
          {t('sending.outcome.segmentEmpty')}
        </Text>
      </Paper>
    );
  }
  return <SendOutcomeSummary rows={rowsFromInvitations(invitations.data.items)} onDismiss={onDismiss} />;
}
