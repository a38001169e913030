import { Button, Group, NumberInput, SimpleGrid, Stack } from '@mantine/core';
import { IconRepeat } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TSurvey } from '../../../shared/contracts/surveys.js';
import { useCreateSend } from '../../api/use-create-send.js';
import { fieldErrorsOf } from '../../lib/error-message.js';
import { notifySuccess } from '../../lib/notify.js';
import { SurveySection } from '../survey-section.js';
import { SegmentSelect } from './segment-select.js';
import { SendError } from './send-error.js';

const EVERY_DAYS = { min: 7, max: 366, fallback: 90 } as const;

/** The survey's suggested rhythm (a template's quarter) when it has one the API accepts. */
function initialEveryDays(survey: TSurvey): number {
  const days = survey.trigger.kind === 'recurring' ? survey.trigger.everyDays : EVERY_DAYS.fallback;
  return Math.min(EVERY_DAYS.max, Math.max(EVERY_DAYS.min, days));
}

/** "Recurring": each contact of a segment once every N days, spread evenly over the period. */
export function RecurringSendCard({ survey, isLive }: { survey: TSurvey; isLive: boolean }) {
  const { t } = useTranslation();
  const create = useCreateSend(survey.id);
  const [segmentId, setSegmentId] = useState('');
  const [everyDays, setEveryDays] = useState<number | string>(initialEveryDays(survey));
  const [errors, setErrors] = useState<{ segment?: string; everyDays?: string }>({});
  const server = fieldErrorsOf(create.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    const days = typeof everyDays === 'number' ? everyDays : Number.NaN;
    const found: typeof errors = {};
    if (!segmentId) found.segment = t('sending.send.errors.segment');
    if (!Number.isInteger(days) || days < EVERY_DAYS.min || days > EVERY_DAYS.max)
      found.everyDays = t('sending.send.errors.everyDays');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    create.mutate(
      { kind: 'recurring', segmentId, everyDays: days },
      { onSuccess: () => notifySuccess(t('sending.send.recurringStarted')) },
    );
  }

  return (
    <SurveySection
      title={t('sending.send.recurringTitle')}
      description={t('sending.send.recurringText')}
      data-testid="send-recurring"
    >
      <form onSubmit={submit} noValidate>
        <fieldset disabled={!isLive} className="plain-fieldset">
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
              <SegmentSelect
                label={t('sending.send.segment')}
                emptyLabel={t('sending.send.chooseSegment')}
                value={segmentId}
                onChange={setSegmentId}
                error={errors.segment ?? server.segmentId}
                inputWrapperOrder={['label', 'input', 'description', 'error']}
                data-testid="recurring-segment"
              />
              <NumberInput
                label={t('sending.send.everyDays')}
                description={t('sending.send.everyDaysHint')}
                value={everyDays}
                onChange={setEveryDays}
                min={EVERY_DAYS.min}
                max={EVERY_DAYS.max}
                allowDecimal={false}
                allowNegative={false}
                error={errors.everyDays ?? server.everyDays}
                inputWrapperOrder={['label', 'input', 'description', 'error']}
                data-testid="recurring-every-days"
              />
            </SimpleGrid>
            <SendError error={create.error} />
            <Group>
              <Button
                type="submit"
                variant="light"
                leftSection={<IconRepeat size={16} aria-hidden />}
                loading={create.isPending}
                data-testid="recurring-submit"
              >
                {t('sending.send.submitRecurring')}
              </Button>
            </Group>
          </Stack>
        </fieldset>
      </form>
    </SurveySection>
  );
}
