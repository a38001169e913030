import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconPencil, IconPower, IconTrash } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { TAlertRule } from '../../../../shared/contracts/alerts.js';
import type { TWebhookEndpoint } from '../../../../shared/contracts/webhooks.js';
import { useUpdateAlertRule } from '../../../api/use-update-alert-rule.js';
import { notifyError, notifySuccess } from '../../../lib/notify.js';
import { ALERT_CHANNELS } from './alert-options.js';
import { AlertRuleHealth } from './alert-rule-health.js';
import { AlertRuleLog } from './alert-rule-log.js';

export interface AlertRuleCardProps {
  rule: TAlertRule;
  /** The organization's endpoints, to name a webhook target by its address. */
  endpoints: readonly TWebhookEndpoint[];
  /** Survey names by id, to name a survey condition. */
  surveyNames: ReadonlyMap<string, string>;
  isLogOpen: boolean;
  onToggleLog: () => void;
  onEdit: () => void;
  onDelete: () => void;
}

/** Where the rule's alerts go, as far as the API shows it: a Slack or Teams URL only as its hint. */
function targetText(t: TFunction, rule: TAlertRule, endpoints: readonly TWebhookEndpoint[]): string {
  const target = rule.target;
  const kind = t(`alerts.targetKind.${target.kind}`);
  switch (target.kind) {
    case 'slack':
    case 'teams':
      return `${kind} · ${target.urlHint}`;
    case 'email':
      return `${kind} · ${target.emails.join(', ')}`;
    case 'webhook': {
      const endpoint = endpoints.find((e) => e.id === target.endpointId);
      return `${kind} · ${endpoint ? endpoint.url : t('alerts.rule.endpointGone')}`;
    }
  }
}

/** The rule's conditions in words, one part each; empty when it has none. */
function conditionParts(t: TFunction, rule: TAlertRule, surveyNames: ReadonlyMap<string, string>): string[] {
  const c = rule.conditions;
  const parts: string[] = [];
  if (c.bands.length > 0)
    parts.push(
      t('alerts.rule.conditionBands', { list: c.bands.map((b) => t(`alerts.bands.${b}`)).join(', ') }),
    );
  if (c.hasComment !== null)
    parts.push(c.hasComment ? t('alerts.rule.withComment') : t('alerts.rule.withoutComment'));
  if (c.segments.length > 0) parts.push(t('alerts.rule.conditionSegments', { list: c.segments.join(', ') }));
  if (c.channels.length > 0) {
    const names = c.channels.map((ch) =>
      (ALERT_CHANNELS as readonly string[]).includes(ch)
        ? t(`followUp.channels.${ch as (typeof ALERT_CHANNELS)[number]}`)
        : ch,
    );
    parts.push(t('alerts.rule.conditionChannels', { list: names.join(', ') }));
  }
  if (c.surveyIds.length > 0)
    parts.push(
      t('alerts.rule.conditionSurveys', {
        list: c.surveyIds.map((id) => surveyNames.get(id) ?? id).join(', '),
      }),
    );
  return parts;
}

/** One rule: its name, state and health, where it sends, which events under which conditions, and its actions. */
export function AlertRuleCard(props: AlertRuleCardProps) {
  const { rule, endpoints, surveyNames, isLogOpen, onToggleLog, onEdit, onDelete } = props;
  const { t } = useTranslation();
  const update = useUpdateAlertRule();
  const logId = `alert-rule-log-${rule.id}`;
  const conditions = conditionParts(t, rule, surveyNames);
  // Only Slack and Teams messages are the rule's own; mails and webhook events are logged elsewhere.
  const hasOwnLog = rule.target.kind === 'slack' || rule.target.kind === 'teams';

  return (
    <Paper withBorder p="md" data-testid="alert-rule" data-rule-id={rule.id}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Title order={3} fz="sm" className="wrap-anywhere" data-testid="alert-rule-name">
              {rule.name}
            </Title>
            <Text fz="sm" className="wrap-anywhere" data-testid="alert-rule-target">
              <Text span fz="sm" c="dimmed">
                {t('alerts.rule.target')}:
              </Text>{' '}
              {targetText(t, rule, endpoints)}
            </Text>
          </Stack>
          <Badge
            variant="dot"
            color={rule.isEnabled ? 'teal' : 'gray'}
            style={{ flexShrink: 0 }}
            data-testid="alert-rule-state"
          >
            {rule.isEnabled ? t('alerts.rule.enabled') : t('alerts.rule.disabled')}
          </Badge>
        </Group>
        <AlertRuleHealth rule={rule} />
        <Group gap={6} aria-label={t('alerts.rule.events')} role="list">
          {rule.eventTypes.map((type) => (
            <Badge key={type} variant="light" color="ink" tt="none" ff="monospace" fw={500} role="listitem">
              {type}
            </Badge>
          ))}
        </Group>
        <Text fz="sm" className="wrap-anywhere" data-testid="alert-rule-conditions">
          {conditions.length > 0 ? (
            <>
              <Text span fz="sm" c="dimmed">
                {t('alerts.rule.conditions')}:
              </Text>{' '}
              {conditions.join(' · ')}
            </>
          ) : (
            <Text span fz="sm" c="dimmed">
              {t('alerts.rule.noConditions')}
            </Text>
          )}
        </Text>
        <Text fz="sm" c="dimmed">
          {t('alerts.rule.language', { language: t(`alerts.languages.${rule.language}`) })}
        </Text>
        {!hasOwnLog ? (
          <Text fz="xs" c="dimmed">
            {rule.target.kind === 'email' ? t('alerts.log.emailHint') : t('alerts.log.webhookHint')}
          </Text>
        ) : null}
        <Group gap="xs" role="group" aria-label={t('alerts.rule.actions', { name: rule.name })}>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconPencil size={14} aria-hidden />}
            onClick={onEdit}
            data-testid="alert-rule-edit"
          >
            {t('alerts.rule.edit')}
          </Button>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconPower size={14} aria-hidden />}
            loading={update.isPending}
            data-testid="alert-rule-toggle"
            onClick={() =>
              update.mutate(
                { id: rule.id, patch: { isEnabled: !rule.isEnabled } },
                {
                  onSuccess: (saved) =>
                    notifySuccess(saved.isEnabled ? t('alerts.rule.turnedOn') : t('alerts.rule.turnedOff')),
                  // The hook is silent for the form, which shows errors at its fields.
                  onError: notifyError,
                },
              )
            }
          >
            {rule.isEnabled ? t('alerts.rule.turnOff') : t('alerts.rule.turnOn')}
          </Button>
          <Button
            size="xs"
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={14} aria-hidden />}
            onClick={onDelete}
            data-testid="alert-rule-delete"
          >
            {t('alerts.rule.delete')}
          </Button>
          {hasOwnLog ? (
            <Button
              size="xs"
              variant="subtle"
              ml={{ base: 0, sm: 'auto' }}
              rightSection={
                isLogOpen ? (
                  <IconChevronUp size={14} aria-hidden />
                ) : (
                  <IconChevronDown size={14} aria-hidden />
                )
              }
              aria-expanded={isLogOpen}
              aria-controls={isLogOpen ? logId : undefined}
              onClick={onToggleLog}
              data-testid="alert-rule-log-toggle"
            >
              {isLogOpen ? t('alerts.rule.hideLog') : t('alerts.rule.showLog')}
            </Button>
          ) : null}
        </Group>
        {hasOwnLog && isLogOpen ? (
          <div id={logId}>
            <AlertRuleLog rule={rule} />
          </div>
        ) : null}
      </Stack>
    </Paper>
  );
}
