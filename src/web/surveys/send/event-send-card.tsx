import { Button, Group, NativeSelect, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconBolt } from '@tabler/icons-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TSurvey } from '../../../shared/contracts/surveys.js';
import { useCreateSend } from '../../api/use-create-send.js';
import { fieldErrorsOf } from '../../lib/error-message.js';
import { formatDelay } from '../../lib/format.js';
import { notifySuccess } from '../../lib/notify.js';
import { SurveySection } from '../survey-section.js';
import { DELAY_UNITS, isDelayUnit, MAX_DELAY_SECONDS, splitDelay, type DelayUnit } from './delay-units.js';
import { SendError } from './send-error.js';

const MAX_EVENT_LENGTH = 64;

/** "After an event": an ingested event of a contact sends the survey after a delay (ticket_solved → CES an hour later). */
export function EventSendCard({ survey, isLive }: { survey: TSurvey; isLive: boolean }) {
  const { t } = useTranslation();
  const create = useCreateSend(survey.id);
  const suggested = survey.trigger.kind === 'event' ? survey.trigger : null;
  const initial = splitDelay(suggested ? Math.min(suggested.delaySeconds, MAX_DELAY_SECONDS) : 3600);
  const [eventName, setEventName] = useState(suggested?.event ?? '');
  const [amount, setAmount] = useState<number | string>(initial.amount);
  const [unit, setUnit] = useState<DelayUnit>(initial.unit);
  const [errors, setErrors] = useState<{ event?: string; delay?: string }>({});
  const server = fieldErrorsOf(create.error);
  const hintId = useId();

  function submit(e: FormEvent) {
    e.preventDefault();
    const name = eventName.trim();
    const seconds =
      typeof amount === 'number' && Number.isInteger(amount) ? amount * DELAY_UNITS[unit] : Number.NaN;
    const found: typeof errors = {};
    if (name.length === 0 || name.length > MAX_EVENT_LENGTH) found.event = t('sending.send.errors.event');
    if (!Number.isInteger(seconds) || seconds < 0 || seconds > MAX_DELAY_SECONDS)
      found.delay = t('sending.send.errors.delay');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    create.mutate(
      { kind: 'event', event: name, delaySeconds: seconds },
      {
        onSuccess: () =>
          notifySuccess(
            seconds === 0
              ? t('sending.send.eventStartedNow', { event: name })
              : t('sending.send.eventStarted', { event: name, delay: formatDelay(seconds) }),
          ),
      },
    );
  }

  return (
    <SurveySection
      title={t('sending.send.eventTitle')}
      description={t('sending.send.eventText')}
      data-testid="send-event"
    >
      <form onSubmit={submit} noValidate>
        <fieldset disabled={!isLive} className="plain-fieldset">
          <Stack gap="md">
            <TextInput
              label={t('sending.send.event')}
              description={t('sending.send.eventHint')}
              placeholder="ticket_solved"
              value={eventName}
              onChange={(e) => setEventName(e.currentTarget.value)}
              maxLength={MAX_EVENT_LENGTH}
              spellCheck={false}
              autoComplete="off"
              error={errors.event ?? server.event}
              data-testid="event-name"
            />
            <SimpleGrid cols={2} spacing="md">
              <NumberInput
                label={t('sending.send.delay')}
                aria-describedby={hintId}
                value={amount}
                onChange={setAmount}
                min={0}
                allowDecimal={false}
                allowNegative={false}
                error={errors.delay ?? server.delaySeconds}
                data-testid="event-delay"
              />
              <NativeSelect
                label={t('sending.send.unit')}
                value={unit}
                onChange={(e) => isDelayUnit(e.currentTarget.value) && setUnit(e.currentTarget.value)}
                data={(Object.keys(DELAY_UNITS) as DelayUnit[]).map((key) => ({
                  value: key,
                  label: t(`sending.send.units.${key}`),
                }))}
                data-testid="event-delay-unit"
              />
            </SimpleGrid>
            <Text fz="xs" c="dimmed" mt={-8} id={hintId}>
              {t('sending.send.delayHint')}
            </Text>
            <SendError error={create.error} />
            <Group>
              <Button
                type="submit"
                variant="light"
                leftSection={<IconBolt size={16} aria-hidden />}
                loading={create.isPending}
                data-testid="event-submit"
              >
                {t('sending.send.submitEvent')}
              </Button>
            </Group>
          </Stack>
        </fieldset>
      </form>
    </SurveySection>
  );
}
