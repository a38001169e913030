import { Button, Group, NumberInput, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TSurveyDeliveryState } from '../../../shared/contracts/sending.js';
import { useUpdateSurveyDelivery } from '../../api/use-update-survey-delivery.js';
import { FormError } from '../../components/form-error.js';
import { fieldErrorsOf } from '../../lib/error-message.js';
import { notifySuccess } from '../../lib/notify.js';
import { SegmentSelect } from '../send/segment-select.js';
import { SurveySection } from '../survey-section.js';
import { WidgetSnippetBlock } from './widget-snippet-block.js';

/** The contract's widget limits (ZSurveyDelivery), copied to keep zod out of the bundle. */
const LIMITS = { delay: 3600, sample: 100, event: 64 } as const;

export interface WidgetCardProps {
  surveyId: string;
  delivery: TSurveyDeliveryState;
  canManage: boolean;
}

/** Descriptions under the fields, so the four inputs line up whatever the length of their hints. */
const BELOW = ['label', 'input', 'description', 'error'] as ('label' | 'input' | 'description' | 'error')[];

const isWhole = (value: number | string, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

/** In-app widget targeting (segment, event, delay, sample) and the code to paste into the app. */
export function WidgetCard({ surveyId, delivery, canManage }: WidgetCardProps) {
  const { t } = useTranslation();
  const update = useUpdateSurveyDelivery(surveyId);
  const saved = delivery.widget;
  const [isOn, setOn] = useState(saved !== null);
  const [segmentId, setSegmentId] = useState(saved?.segmentId ?? '');
  const [eventName, setEventName] = useState(saved?.event ?? '');
  const [delay, setDelay] = useState<number | string>(saved?.delaySeconds ?? 0);
  const [sample, setSample] = useState<number | string>(saved?.samplePercent ?? 100);
  const [errors, setErrors] = useState<{ delay?: string; sample?: string; event?: string }>({});
  const server = fieldErrorsOf(update.error);
  const disabled = !canManage;

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!isOn) {
      update.mutate(
        { widget: null },
        { onSuccess: () => notifySuccess(t('sending.channels.widget.turnedOff')) },
      );
      return;
    }
    const found: typeof errors = {};
    if (!isWhole(delay, 0, LIMITS.delay)) found.delay = t('sending.channels.widget.errors.delay');
    if (!isWhole(sample, 1, LIMITS.sample)) found.sample = t('sending.channels.widget.errors.sample');
    if (eventName.trim().length > LIMITS.event) found.event = t('sending.channels.widget.errors.event');
    setErrors(found);
    if (Object.keys(found).length > 0 || typeof delay !== 'number' || typeof sample !== 'number') return;
    update.mutate(
      {
        widget: {
          segmentId: segmentId || null,
          event: eventName.trim() || null,
          delaySeconds: delay,
          samplePercent: sample,
        },
      },
      { onSuccess: () => notifySuccess(t('sending.channels.widget.saved')) },
    );
  }

  return (
    <SurveySection
      title={t('sending.channels.widget.title')}
      description={t('sending.channels.widget.text')}
      data-testid="channel-widget"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Switch
            label={t('sending.channels.widget.toggle')}
            checked={isOn}
            disabled={disabled}
            onChange={(e) => setOn(e.currentTarget.checked)}
            data-testid="widget-toggle"
          />
          <fieldset disabled={disabled || !isOn} className="plain-fieldset">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <SegmentSelect
                label={t('sending.channels.widget.segment')}
                emptyLabel={t('sending.channels.widget.everyone')}
                value={segmentId}
                onChange={setSegmentId}
                error={server['widget.segmentId']}
                inputWrapperOrder={BELOW}
                data-testid="widget-segment"
              />
              <TextInput
                label={t('sending.channels.widget.event')}
                description={t('sending.channels.widget.eventHint')}
                placeholder={t('sending.channels.widget.eventPlaceholder')}
                value={eventName}
                onChange={(e) => setEventName(e.currentTarget.value)}
                maxLength={LIMITS.event}
                spellCheck={false}
                autoComplete="off"
                error={errors.event ?? server['widget.event']}
                inputWrapperOrder={BELOW}
                data-testid="widget-event"
              />
              <NumberInput
                label={t('sending.channels.widget.delay')}
                description={t('sending.channels.widget.delayHint')}
                value={delay}
                onChange={setDelay}
                min={0}
                max={LIMITS.delay}
                allowDecimal={false}
                allowNegative={false}
                error={errors.delay ?? server['widget.delaySeconds']}
                inputWrapperOrder={BELOW}
                data-testid="widget-delay"
              />
              <NumberInput
                label={t('sending.channels.widget.sample')}
                description={t('sending.channels.widget.sampleHint')}
                value={sample}
                onChange={setSample}
                min={1}
                max={LIMITS.sample}
                allowDecimal={false}
                allowNegative={false}
                suffix=" %"
                error={errors.sample ?? server['widget.samplePercent']}
                inputWrapperOrder={BELOW}
                data-testid="widget-sample"
              />
            </SimpleGrid>
          </fieldset>
          <FormError error={Object.keys(server).length > 0 ? null : update.error} />
          {canManage ? (
            <Group>
              <Button type="submit" variant="light" loading={update.isPending} data-testid="widget-save">
                {t('sending.channels.widget.save')}
              </Button>
            </Group>
          ) : null}
        </Stack>
      </form>
      <WidgetSnippetBlock />
    </SurveySection>
  );
}
