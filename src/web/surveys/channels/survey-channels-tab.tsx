import { Alert, Stack } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TSurvey } from '../../../shared/contracts/surveys.js';
import { useSurveyDelivery } from '../../api/use-survey-delivery.js';
import { QueryFallback } from '../../components/query-fallback.js';
import { PublicLinkCard } from './public-link-card.js';
import { RecontactCard } from './recontact-card.js';
import { WidgetCard } from './widget-card.js';

/** The Channels section: public link with QR code, the in-app widget, and this survey's recontact period. */
export function SurveyChannelsTab({ survey, canManage }: { survey: TSurvey; canManage: boolean }) {
  const { t } = useTranslation();
  const delivery = useSurveyDelivery(survey.id);
  if (!delivery.isSuccess) return <QueryFallback query={delivery} />;
  return (
    <Stack gap="lg" data-testid="survey-channels">
      {canManage ? null : (
        <Alert color="gray" variant="light" icon={<IconInfoCircle size={18} aria-hidden />}>
          {t('sending.channels.readOnly')}
        </Alert>
      )}
      <PublicLinkCard
        surveyId={survey.id}
        surveyName={survey.name}
        delivery={delivery.data}
        canManage={canManage}
      />
      <WidgetCard surveyId={survey.id} delivery={delivery.data} canManage={canManage} />
      <RecontactCard surveyId={survey.id} delivery={delivery.data} canManage={canManage} />
    </Stack>
  );
}
