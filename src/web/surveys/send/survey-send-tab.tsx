import { Alert, SimpleGrid, Stack } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TSurvey } from '../../../shared/contracts/surveys.js';
import { EventSendCard } from './event-send-card.js';
import { RecurringSendCard } from './recurring-send-card.js';
import { SendNowCard } from './send-now-card.js';
import { SendsOverview } from './sends-overview.js';

/** The Send section: send now, on a rhythm or after an event; then the funnel and every send. */
export function SurveySendTab({ survey, canSend }: { survey: TSurvey; canSend: boolean }) {
  const { t } = useTranslation();
  const isLive = survey.status === 'live';
  return (
    <Stack gap="lg" data-testid="survey-send">
      {canSend && !isLive ? (
        <Alert
          color="orange"
          variant="light"
          icon={<IconInfoCircle size={18} aria-hidden />}
          data-testid="send-not-live"
        >
          {t('sending.send.notLive')}
        </Alert>
      ) : null}
      {canSend ? (
        <>
          <SendNowCard surveyId={survey.id} isLive={isLive} />
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <RecurringSendCard survey={survey} isLive={isLive} />
            <EventSendCard survey={survey} isLive={isLive} />
          </SimpleGrid>
        </>
      ) : (
        <Alert color="gray" variant="light" icon={<IconInfoCircle size={18} aria-hidden />}>
          {t('sending.send.readOnly')}
        </Alert>
      )}
      <SendsOverview surveyId={survey.id} canManage={canSend} />
    </Stack>
  );
}
