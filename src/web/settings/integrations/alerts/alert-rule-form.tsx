import '@mantine/core/styles/Checkbox.css';
import '@mantine/core/styles/Pill.css';
import '@mantine/core/styles/PillsInput.css';
import {
  Button,
  Checkbox,
  Group,
  MultiSelect,
  Radio,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TagsInput,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TAlertRule } from '../../../../shared/contracts/alerts.js';
import { ApiError } from '../../../api/http.js';
import { useCreateAlertRule } from '../../../api/use-create-alert-rule.js';
import { useSurveys } from '../../../api/use-surveys.js';
import { useUpdateAlertRule } from '../../../api/use-update-alert-rule.js';
import { useWebhookEndpoints } from '../../../api/use-webhook-endpoints.js';
import { FormError } from '../../../components/form-error.js';
import { currentLanguage } from '../../../i18n/i18n.js';
import { notifySuccess } from '../../../lib/notify.js';
import { alertFormErrors, type AlertField } from './alert-field-errors.js';
import { ALERT_CHANNELS, ALERT_EVENTS, SCORE_BANDS, TARGET_KINDS } from './alert-options.js';
import { createBody, draftOf, emptyDraft, patchBody, type AlertRuleDraft } from './alert-rule-draft.js';

export interface AlertRuleFormProps {
  /** null for a new rule. */
  rule: TAlertRule | null;
  onDone: () => void;
}

/** A heading over a group of inputs, weighted like the inputs' own labels. */
const LABEL_WEIGHT = { fontWeight: 'var(--mantine-font-weight-medium)' } as const;

const COMMENT_CHOICES = ['any', 'with', 'without'] as const;
type CommentChoice = (typeof COMMENT_CHOICES)[number];
const commentChoiceOf = (v: boolean | null): CommentChoice => (v === null ? 'any' : v ? 'with' : 'without');
const hasCommentOf = (c: CommentChoice): boolean | null => (c === 'any' ? null : c === 'with');

/**
 * Adds an alert rule or changes one: name, events, conditions, where the alerts go and in which
 * language, on/off. The server checks everything (a Slack or Teams URL's address too) and its
 * refusals are shown at the fields they name.
 */
export function AlertRuleForm({ rule, onDone }: AlertRuleFormProps) {
  const { t } = useTranslation();
  const create = useCreateAlertRule();
  const update = useUpdateAlertRule();
  const saving = rule ? update : create;
  const surveys = useSurveys();
  const endpoints = useWebhookEndpoints();
  const [draft, setDraft] = useState<AlertRuleDraft>(() =>
    rule ? draftOf(rule) : emptyDraft(currentLanguage()),
  );
  // The draft a failed save sent: its errors are read against it, not against later typing.
  const [sent, setSent] = useState<AlertRuleDraft>(draft);
  const [cleared, setCleared] = useState<ReadonlySet<AlertField>>(new Set());
  const idPrefix = rule ? `alert-${rule.id}` : 'alert-new';

  const details = saving.error instanceof ApiError ? saving.error.details : [];
  const placed = alertFormErrors(details, sent);
  const tooMany = saving.error instanceof ApiError && saving.error.code === 'CONFLICT';
  const formError =
    saving.error && !tooMany && (placed.unplaced || Object.keys(placed.fields).length === 0)
      ? saving.error
      : null;
  const errorOf = (field: AlertField) => (cleared.has(field) ? undefined : placed.fields[field]);

  /** A change to some fields: their server errors go, the others stay until the next save. */
  function change(patch: Partial<AlertRuleDraft>, ...fields: AlertField[]) {
    setDraft((d) => ({ ...d, ...patch }));
    if (fields.some((f) => placed.fields[f] && !cleared.has(f)))
      setCleared((c) => new Set([...c, ...fields]));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setSent(draft);
    setCleared(new Set());
    if (rule) {
      update.mutate(
        { id: rule.id, patch: patchBody(rule, draft) },
        {
          onSuccess: () => {
            notifySuccess(t('alerts.form.saved'));
            onDone();
          },
        },
      );
    } else {
      create.mutate(createBody(draft), {
        onSuccess: () => {
          notifySuccess(t('alerts.form.created'));
          onDone();
        },
      });
    }
  }

  const surveyOptions = [
    ...(surveys.data?.items ?? []).map((s) => ({ value: s.id, label: s.name })),
    // A survey a rule names may since have been deleted: it stays visible (and removable).
    ...draft.surveyIds
      .filter((id) => !surveys.data?.items.some((s) => s.id === id))
      .map((id) => ({ value: id, label: id })),
  ];
  const channelOptions = [
    ...ALERT_CHANNELS.map((c) => ({ value: c, label: t(`followUp.channels.${c}`) })),
    // The API takes any channel name; one set through it stays visible (and removable).
    ...draft.channels
      .filter((c) => !(ALERT_CHANNELS as readonly string[]).includes(c))
      .map((c) => ({ value: c, label: c })),
  ];
  const endpointList = endpoints.data ?? [];
  const isUrlKind = draft.targetKind === 'slack' || draft.targetKind === 'teams';
  const storedHint =
    rule && rule.target.kind === draft.targetKind && 'urlHint' in rule.target ? rule.target.urlHint : null;

  return (
    <form onSubmit={submit} noValidate aria-busy={saving.isPending} data-testid="alert-rule-form">
      <Stack gap="lg">
        <Title order={3} fz="md">
          {rule ? t('alerts.form.editTitle') : t('alerts.form.newTitle')}
        </Title>
        <TextInput
          data-testid="alert-name"
          label={t('alerts.form.name')}
          description={t('alerts.form.nameHint')}
          placeholder={t('alerts.form.namePlaceholder')}
          required
          maxLength={200}
          value={draft.name}
          onChange={(e) => change({ name: e.currentTarget.value }, 'name')}
          error={errorOf('name')}
        />
        <Checkbox.Group
          label={t('alerts.form.events')}
          description={t('alerts.form.eventsHint')}
          required
          value={draft.eventTypes}
          onChange={(value) =>
            change(
              { eventTypes: ALERT_EVENTS.filter((e) => value.includes(e)) },
              'eventTypes',
              'bands',
              'hasComment',
              'surveyIds',
            )
          }
          error={errorOf('eventTypes')}
          data-testid="alert-events"
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs" mt="xs">
            {ALERT_EVENTS.map((type) => (
              <Checkbox
                key={type}
                value={type}
                id={`${idPrefix}-event-${type}`}
                data-testid={`alert-event-${type}`}
                label={
                  <Text fz="sm" span ff="monospace">
                    {type}
                  </Text>
                }
                description={t(`integrations.eventTypes.${type}`)}
              />
            ))}
          </SimpleGrid>
        </Checkbox.Group>

        <Stack gap="sm" role="group" aria-labelledby={`${idPrefix}-conditions`}>
          <Stack gap={2}>
            <Text fz="sm" style={LABEL_WEIGHT} id={`${idPrefix}-conditions`}>
              {t('alerts.form.conditions')}
            </Text>
            <Text fz="xs" c="dimmed">
              {t('alerts.form.conditionsHint')} {t('alerts.form.itemOnlyHint')}
            </Text>
          </Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
            <Checkbox.Group
              label={t('alerts.form.bands')}
              description={t('alerts.form.bandsHint')}
              value={draft.bands}
              onChange={(value) => change({ bands: SCORE_BANDS.filter((b) => value.includes(b)) }, 'bands')}
              error={errorOf('bands')}
              data-testid="alert-bands"
            >
              <Group gap="md" mt="xs">
                {SCORE_BANDS.map((band) => (
                  <Checkbox
                    key={band}
                    value={band}
                    id={`${idPrefix}-band-${band}`}
                    label={t(`alerts.bands.${band}`)}
                    data-testid={`alert-band-${band}`}
                  />
                ))}
              </Group>
            </Checkbox.Group>
            <Radio.Group
              label={t('alerts.form.comment')}
              value={commentChoiceOf(draft.hasComment)}
              onChange={(value) => change({ hasComment: hasCommentOf(value as CommentChoice) }, 'hasComment')}
              error={errorOf('hasComment')}
              data-testid="alert-comment"
            >
              <Stack gap={6} mt="xs">
                {COMMENT_CHOICES.map((choice) => (
                  <Radio
                    key={choice}
                    value={choice}
                    id={`${idPrefix}-comment-${choice}`}
                    label={t(
                      `alerts.form.comment${choice === 'any' ? 'Any' : choice === 'with' ? 'With' : 'Without'}`,
                    )}
                    data-testid={`alert-comment-${choice}`}
                  />
                ))}
              </Stack>
            </Radio.Group>
            <TagsInput
              label={t('alerts.form.segments')}
              description={t('alerts.form.segmentsHint')}
              placeholder={draft.segments.length === 0 ? t('alerts.form.anyValue') : undefined}
              value={draft.segments}
              onChange={(segments) => change({ segments }, 'segments')}
              error={errorOf('segments')}
              maxTags={50}
              data-testid="alert-segments"
            />
            <MultiSelect
              label={t('alerts.form.channels')}
              placeholder={draft.channels.length === 0 ? t('alerts.form.anyChannel') : undefined}
              data={channelOptions}
              value={draft.channels}
              onChange={(channels) => change({ channels }, 'channels')}
              error={errorOf('channels')}
              comboboxProps={{ withinPortal: true }}
              data-testid="alert-channels"
            />
            <MultiSelect
              label={t('alerts.form.surveys')}
              placeholder={draft.surveyIds.length === 0 ? t('alerts.form.anySurvey') : undefined}
              data={surveyOptions}
              value={draft.surveyIds}
              onChange={(surveyIds) => change({ surveyIds }, 'surveyIds')}
              error={errorOf('surveyIds')}
              searchable
              comboboxProps={{ withinPortal: true }}
              data-testid="alert-surveys"
            />
          </SimpleGrid>
        </Stack>

        <Stack gap="sm">
          <Radio.Group
            label={t('alerts.form.target')}
            required
            value={draft.targetKind}
            onChange={(value) =>
              change(
                { targetKind: value as AlertRuleDraft['targetKind'] },
                'targetKind',
                'url',
                'emails',
                'endpointId',
              )
            }
            error={errorOf('targetKind')}
            data-testid="alert-target-kind"
          >
            <Group gap="lg" mt="xs">
              {TARGET_KINDS.map((kind) => (
                <Radio
                  key={kind}
                  value={kind}
                  id={`${idPrefix}-target-${kind}`}
                  label={t(`alerts.targetKind.${kind}`)}
                  data-testid={`alert-target-${kind}`}
                />
              ))}
            </Group>
          </Radio.Group>
          {isUrlKind ? (
            <TextInput
              data-testid="alert-url"
              label={draft.targetKind === 'slack' ? t('alerts.form.slackUrl') : t('alerts.form.teamsUrl')}
              description={
                <>
                  {t(draft.targetKind === 'slack' ? 'alerts.form.slackUrlHint' : 'alerts.form.teamsUrlHint')}
                  {storedHint ? (
                    // What is stored, on a line of its own: the field starts empty, since the URL is a credential.
                    <Text span display="block" fz="xs" fw={600} mt={4} c="var(--mantine-color-text)">
                      {t('alerts.form.urlKeep', { hint: storedHint })}
                    </Text>
                  ) : null}
                </>
              }
              placeholder={draft.targetKind === 'slack' ? t('alerts.form.urlPlaceholder') : 'https://'}
              type="url"
              required={!storedHint}
              autoComplete="off"
              spellCheck={false}
              value={draft.url}
              onChange={(e) => change({ url: e.currentTarget.value }, 'url')}
              error={errorOf('url')}
            />
          ) : null}
          {draft.targetKind === 'email' ? (
            <TagsInput
              data-testid="alert-emails"
              label={t('alerts.form.emails')}
              description={t('alerts.form.emailsHint')}
              required
              value={draft.emails}
              onChange={(emails) => change({ emails }, 'emails')}
              splitChars={[',', ';', ' ']}
              maxTags={20}
              error={errorOf('emails')}
            />
          ) : null}
          {draft.targetKind === 'webhook' ? (
            endpoints.isSuccess && endpointList.length === 0 ? (
              <Text fz="sm" c="orange.9" data-testid="alert-no-endpoints">
                {t('alerts.form.noEndpoints')}
              </Text>
            ) : (
              <Select
                data-testid="alert-endpoint"
                label={t('alerts.form.endpoint')}
                description={t('alerts.form.endpointHint')}
                placeholder={t('alerts.form.endpointPlaceholder')}
                required
                data={endpointList.map((e) => ({
                  value: e.id,
                  label: e.description ? `${e.description} · ${e.url}` : e.url,
                }))}
                value={draft.endpointId}
                onChange={(endpointId) => change({ endpointId }, 'endpointId')}
                error={errorOf('endpointId')}
                allowDeselect={false}
                comboboxProps={{ withinPortal: true }}
              />
            )
          ) : null}
        </Stack>

        <Stack gap={4}>
          <Text fz="sm" style={LABEL_WEIGHT} id={`${idPrefix}-language`}>
            {t('alerts.form.language')}
          </Text>
          <SegmentedControl
            aria-labelledby={`${idPrefix}-language`}
            data={(['de', 'en'] as const).map((value) => ({ value, label: t(`alerts.languages.${value}`) }))}
            value={draft.language}
            onChange={(value) => change({ language: value === 'de' ? 'de' : 'en' }, 'language')}
            style={{ alignSelf: 'flex-start' }}
            data-testid="alert-language"
          />
          {errorOf('language') ? (
            <Text fz="xs" c="red.9" role="alert">
              {errorOf('language')}
            </Text>
          ) : null}
        </Stack>
        <Switch
          data-testid="alert-enabled"
          label={t('alerts.form.enabled')}
          description={t('alerts.form.enabledHint')}
          checked={draft.isEnabled}
          onChange={(e) => change({ isEnabled: e.currentTarget.checked })}
        />
        {tooMany ? (
          <Text fz="sm" c="red.9" role="alert">
            {t('alerts.form.errors.tooMany')}
          </Text>
        ) : null}
        <FormError error={formError} />
        <Group gap="sm">
          <Button type="submit" loading={saving.isPending} data-testid="alert-save">
            {rule ? t('alerts.form.save') : t('alerts.form.create')}
          </Button>
          <Button variant="default" onClick={onDone} data-testid="alert-cancel">
            {t('alerts.form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
