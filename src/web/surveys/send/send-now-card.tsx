import { Button, Group, NativeSelect, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TSendResult } from '../../../shared/contracts/sending.js';
import { useCreateSend } from '../../api/use-create-send.js';
import { useSegments } from '../../api/use-segments.js';
import { useSendToContacts } from '../../api/use-send-to-contacts.js';
import { fieldErrorsOf } from '../../lib/error-message.js';
import { formatNumber } from '../../lib/format.js';
import { AppLink } from '../../router/app-link.js';
import { areaPath } from '../../router/routes.js';
import { SurveySection } from '../survey-section.js';
import { countOutcomes, rowsFromResult } from './outcome-rows.js';
import { MAX_CONTACTS_PER_SEND, MAX_EXTERNAL_ID_LENGTH, parseContactIds } from './parse-contact-ids.js';
import { SegmentSelect } from './segment-select.js';
import { SegmentSendOutcome } from './segment-send-outcome.js';
import { isQuotaError, SendError } from './send-error.js';
import { SendOutcomeSummary } from './send-outcome-summary.js';

const DELAYS = { now: 0, tenMinutes: 600, oneHour: 3600, oneDay: 86_400 } as const;
type DelayKey = keyof typeof DELAYS;
const isDelayKey = (value: string): value is DelayKey => value in DELAYS;

type Audience = 'segment' | 'ids';
type Outcome = { kind: 'ids'; result: TSendResult } | { kind: 'segment'; sendId: string } | null;

/** "Send now": once, to a saved segment or to pasted customer ids, then what became of each. */
export function SendNowCard({ surveyId, isLive }: { surveyId: string; isLive: boolean }) {
  const { t } = useTranslation();
  const segments = useSegments();
  const toSegment = useCreateSend(surveyId);
  const toIds = useSendToContacts(surveyId);
  const hasSegments = (segments.data ?? []).length > 0;
  const [audience, setAudience] = useState<Audience>('segment');
  const [segmentId, setSegmentId] = useState('');
  const [idsText, setIdsText] = useState('');
  const [delay, setDelay] = useState<DelayKey>('now');
  const [errors, setErrors] = useState<{ segment?: string; ids?: string }>({});
  const [outcome, setOutcome] = useState<Outcome>(null);
  const ids = parseContactIds(idsText);
  const active = audience === 'segment' ? toSegment : toIds;
  const server = fieldErrorsOf(active.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    setOutcome(null);
    if (audience === 'segment') {
      if (!segmentId) return setErrors({ segment: t('sending.send.errors.segment') });
      setErrors({});
      toIds.reset();
      toSegment.mutate(
        { kind: 'one_off', segmentId },
        { onSuccess: (send) => setOutcome({ kind: 'segment', sendId: send.id }) },
      );
      return;
    }
    const problem =
      ids.length === 0
        ? t('sending.send.errors.ids')
        : ids.length > MAX_CONTACTS_PER_SEND
          ? t('sending.send.errors.tooManyIds', { count: formatNumber(ids.length) })
          : ids.some((id) => id.length > MAX_EXTERNAL_ID_LENGTH)
            ? t('sending.send.errors.idTooLong')
            : undefined;
    if (problem) return setErrors({ ids: problem });
    setErrors({});
    toSegment.reset();
    toIds.mutate(
      { contacts: ids, delaySeconds: DELAYS[delay] },
      {
        onSuccess: (result) => setOutcome({ kind: 'ids', result }),
      },
    );
  }

  return (
    <SurveySection
      title={t('sending.send.nowTitle')}
      description={t('sending.send.nowText')}
      data-testid="send-now"
    >
      <form onSubmit={submit} noValidate>
        <fieldset disabled={!isLive} className="plain-fieldset">
          <Stack gap="md">
            <SegmentedControl
              aria-label={t('sending.send.audience')}
              value={audience}
              onChange={(value) => setAudience(value === 'ids' ? 'ids' : 'segment')}
              data={[
                { value: 'segment', label: t('sending.send.toSegment') },
                { value: 'ids', label: t('sending.send.toIds') },
              ]}
              w="fit-content"
              data-testid="send-audience"
            />
            {audience === 'segment' ? (
              hasSegments || segments.isPending ? (
                <SegmentSelect
                  label={t('sending.send.segment')}
                  emptyLabel={t('sending.send.chooseSegment')}
                  value={segmentId}
                  onChange={(value) => {
                    setSegmentId(value);
                    setErrors({});
                  }}
                  error={errors.segment ?? server.segmentId}
                  maw={420}
                  data-testid="send-segment"
                />
              ) : (
                <Text fz="sm" c="dimmed" data-testid="send-no-segments">
                  {t('sending.send.noSegments')}{' '}
                  <AppLink to={areaPath('contacts')} fz="sm" underline="always">
                    {t('sending.send.toContacts')}
                  </AppLink>
                </Text>
              )
            ) : (
              <Group align="flex-start" gap="md" wrap="wrap">
                <Textarea
                  label={t('sending.send.ids')}
                  description={t('sending.send.idsHint')}
                  placeholder={'C-001\nC-002'}
                  autosize
                  minRows={3}
                  maxRows={8}
                  value={idsText}
                  onChange={(e) => {
                    setIdsText(e.currentTarget.value);
                    setErrors({});
                  }}
                  // Over quota, the alert below explains; the server's English field note would only repeat it.
                  error={errors.ids ?? (isQuotaError(active.error) ? undefined : server.contacts)}
                  spellCheck={false}
                  style={{ flex: '1 1 280px' }}
                  data-testid="send-ids"
                />
                <NativeSelect
                  label={t('sending.send.when')}
                  value={delay}
                  onChange={(e) => isDelayKey(e.currentTarget.value) && setDelay(e.currentTarget.value)}
                  data={(Object.keys(DELAYS) as DelayKey[]).map((key) => ({
                    value: key,
                    label: t(`sending.send.delays.${key}`),
                  }))}
                  style={{ flex: '0 1 200px' }}
                  data-testid="send-delay"
                />
              </Group>
            )}
            {audience === 'ids' && ids.length > 0 ? (
              <Text fz="sm" c="dimmed" role="status" data-testid="send-ids-count">
                {t('sending.send.idsCount', { count: ids.length })}
              </Text>
            ) : null}
            <SendError error={active.error} />
            <Group>
              <Button
                type="submit"
                leftSection={<IconSend size={16} aria-hidden />}
                loading={active.isPending}
                disabled={audience === 'segment' && !hasSegments}
                data-testid="send-submit"
              >
                {audience === 'segment' ? t('sending.send.submitSegment') : t('sending.send.submitIds')}
              </Button>
            </Group>
          </Stack>
        </fieldset>
      </form>
      {outcome?.kind === 'ids' ? (
        <IdsSendOutcome result={outcome.result} onDismiss={() => setOutcome(null)} />
      ) : null}
      {outcome?.kind === 'segment' ? (
        <SegmentSendOutcome surveyId={surveyId} sendId={outcome.sendId} onDismiss={() => setOutcome(null)} />
      ) : null}
    </SurveySection>
  );
}

/** A send to customer IDs answers for every ID named (at most 1,000), so its rows are the whole send. */
function IdsSendOutcome({ result, onDismiss }: { result: TSendResult; onDismiss: () => void }) {
  const rows = rowsFromResult(result);
  return (
    <SendOutcomeSummary counts={countOutcomes(rows)} rows={rows} total={rows.length} onDismiss={onDismiss} />
  );
}
