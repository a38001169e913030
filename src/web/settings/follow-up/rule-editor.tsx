import '@mantine/core/styles/Checkbox.css';
import '@mantine/core/styles/Pill.css';
import '@mantine/core/styles/PillsInput.css';
import {
  ActionIcon,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TagsInput,
  Text,
  TextInput,
} from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TCaseRule, TCaseRuleMetric } from '../../../shared/contracts/follow-up.js';
import { errorAt, type FieldErrors } from './field-errors.js';
import { RULE_CHANNELS, RULE_METRICS as METRICS } from './follow-up-options.js';

const SCALE: Record<TCaseRuleMetric, [number, number]> = {
  nps: [0, 10],
  csat: [1, 5],
  ces: [1, 7],
  rating: [0, 100],
};
const DEFAULT_THRESHOLD: Record<Exclude<TCaseRuleMetric, 'rating'>, number> = { nps: 6, csat: 2, ces: 3 };

/** A theme a rule may name, in both languages (GET /api/v1/themes). */
export interface RuleTheme {
  id: string;
  name: { en: string; de: string };
}

export interface RuleEditorProps {
  rule: TCaseRule;
  index: number;
  count: number;
  onChange: (rule: TCaseRule) => void;
  onRemove: () => void;
  onMove: (by: -1 | 1) => void;
  teams: readonly { id: string; name: string }[];
  surveys: readonly { id: string; name: string }[];
  themes: readonly RuleTheme[];
  /** Errors under `rules.<index>.`. */
  errors: FieldErrors;
  disabled: boolean;
}

/** One case rule: when it opens a case (scores at or below a threshold), under which conditions, for which team. */
export function RuleEditor(props: RuleEditorProps) {
  const { rule, index, count, onChange, teams, surveys, themes, errors, disabled } = props;
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('de') ? 'de' : 'en';
  const set = (patch: Partial<TCaseRule>) => onChange({ ...rule, ...patch });
  const toggleMetric = (m: TCaseRuleMetric, on: boolean) =>
    set({
      metrics: on
        ? METRICS.filter((x) => x === m || rule.metrics.includes(x))
        : rule.metrics.filter((x) => x !== m),
    });
  const setThreshold = (m: TCaseRuleMetric, value: number | string) => {
    const thresholds = { ...rule.thresholds };
    if (typeof value === 'number') thresholds[m] = value;
    else delete thresholds[m];
    set({ thresholds });
  };
  const n = index + 1;

  return (
    <Paper withBorder p="md" data-testid={`rule-${index}`}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Group gap="sm" align="flex-end" wrap="wrap" style={{ flex: 1, minWidth: 0 }}>
            <Switch
              label={t('followUp.rules.enabled')}
              checked={rule.isEnabled}
              onChange={(e) => set({ isEnabled: e.currentTarget.checked })}
              disabled={disabled}
              data-testid={`rule-${index}-enabled`}
              mb={8}
            />
            <TextInput
              label={t('followUp.rules.name')}
              value={rule.name}
              onChange={(e) => set({ name: e.currentTarget.value })}
              error={errorAt(errors, 'name')}
              disabled={disabled}
              maxLength={80}
              style={{ flex: 1, minWidth: 180 }}
              data-testid={`rule-${index}-name`}
            />
          </Group>
          {disabled ? null : (
            <Group gap={2} wrap="nowrap">
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={`${t('followUp.rules.moveUp')} (${n})`}
                disabled={index === 0}
                onClick={() => props.onMove(-1)}
              >
                <IconArrowUp size={16} aria-hidden />
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={`${t('followUp.rules.moveDown')} (${n})`}
                disabled={index === count - 1}
                onClick={() => props.onMove(1)}
              >
                <IconArrowDown size={16} aria-hidden />
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={`${t('followUp.rules.remove')} (${n})`}
                onClick={props.onRemove}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
          )}
        </Group>

        <Stack gap={6}>
          <Text fz="sm" fw={500}>
            {t('followUp.rules.metrics')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing="xs">
            {METRICS.map((m) => {
              const [min, max] = SCALE[m];
              const on = rule.metrics.includes(m);
              const fallback = m === 'rating' ? t('followUp.rules.ratingDefault') : DEFAULT_THRESHOLD[m];
              return (
                <Group key={m} gap="sm" wrap="nowrap" align="flex-start">
                  <Checkbox
                    label={t(`followUp.metrics.${m}`)}
                    checked={on}
                    onChange={(e) => toggleMetric(m, e.currentTarget.checked)}
                    disabled={disabled}
                    w={150}
                    mt={8}
                    data-testid={`rule-${index}-metric-${m}`}
                  />
                  <NumberInput
                    aria-label={`${t(`followUp.metrics.${m}`)}: ${t('followUp.rules.threshold')}`}
                    placeholder={`≤ ${String(fallback)}`}
                    value={rule.thresholds[m] ?? ''}
                    onChange={(v) => setThreshold(m, v)}
                    min={min}
                    max={max}
                    allowDecimal={false}
                    disabled={disabled || !on}
                    error={errorAt(errors, `thresholds.${m}`)}
                    w={130}
                    data-testid={`rule-${index}-threshold-${m}`}
                  />
                </Group>
              );
            })}
          </SimpleGrid>
          <Text fz="xs" c="dimmed">
            {t('followUp.rules.threshold')} ·{' '}
            {t('followUp.rules.thresholdHint', { value: 'NPS 6, CSAT 2, CES 3' })}
          </Text>
          {errorAt(errors, 'metrics') ? (
            <Text fz="xs" c="red" role="alert">
              {errorAt(errors, 'metrics')}
            </Text>
          ) : null}
          <Switch
            label={t('followUp.rules.negativeSentiment')}
            checked={rule.negativeSentiment}
            onChange={(e) => set({ negativeSentiment: e.currentTarget.checked })}
            disabled={disabled}
          />
        </Stack>

        <Stack gap={6}>
          <Text fz="sm" fw={500}>
            {t('followUp.rules.conditions')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <MultiSelect
              label={t('followUp.rules.channels')}
              placeholder={rule.channels.length === 0 ? t('followUp.rules.anyChannel') : undefined}
              data={RULE_CHANNELS.map((c) => ({ value: c, label: t(`followUp.channels.${c}`) }))}
              value={rule.channels}
              onChange={(v) => set({ channels: v as TCaseRule['channels'] })}
              error={errorAt(errors, 'channels', true)}
              disabled={disabled}
              data-testid={`rule-${index}-channels`}
            />
            <MultiSelect
              label={t('followUp.rules.surveys')}
              placeholder={rule.surveyIds.length === 0 ? t('followUp.rules.anySurvey') : undefined}
              data={[
                ...surveys.map((s) => ({ value: s.id, label: s.name })),
                ...rule.surveyIds
                  .filter((id) => !surveys.some((s) => s.id === id))
                  .map((id) => ({ value: id, label: id })),
              ]}
              value={rule.surveyIds}
              onChange={(v) => set({ surveyIds: v })}
              error={errorAt(errors, 'surveyIds', true)}
              disabled={disabled}
              searchable
            />
            <MultiSelect
              label={t('followUp.rules.themes')}
              description={t('followUp.rules.themesHint')}
              placeholder={(rule.themes ?? []).length === 0 ? t('followUp.rules.anyTheme') : undefined}
              data={[
                ...themes.map((x) => ({ value: x.id, label: x.name[lang] })),
                ...(rule.themes ?? [])
                  .filter((id) => !themes.some((x) => x.id === id))
                  .map((id) => ({ value: id, label: id })),
              ]}
              value={[...(rule.themes ?? [])]}
              onChange={(v) => set({ themes: v })}
              error={errorAt(errors, 'themes', true)}
              disabled={disabled}
              searchable
              data-testid={`rule-${index}-themes`}
            />
            <TagsInput
              label={t('followUp.rules.segments')}
              placeholder={rule.segments.length === 0 ? t('followUp.rules.anyValue') : undefined}
              value={rule.segments}
              onChange={(v) => set({ segments: v })}
              error={errorAt(errors, 'segments', true)}
              disabled={disabled}
              data-testid={`rule-${index}-segments`}
            />
            <TagsInput
              label={t('followUp.rules.touchpoints')}
              placeholder={rule.touchpoints.length === 0 ? t('followUp.rules.anyValue') : undefined}
              value={rule.touchpoints}
              onChange={(v) => set({ touchpoints: v })}
              error={errorAt(errors, 'touchpoints', true)}
              disabled={disabled}
            />
            <NumberInput
              label={t('followUp.rules.minRevenue')}
              value={rule.minRevenue ?? ''}
              onChange={(v) => set({ minRevenue: typeof v === 'number' ? v : null })}
              min={0}
              thousandSeparator=" "
              error={errorAt(errors, 'minRevenue')}
              disabled={disabled}
            />
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <TextInput
                label={t('followUp.rules.attributeKey')}
                value={rule.attribute?.key ?? ''}
                onChange={(e) => {
                  const key = e.currentTarget.value;
                  set({ attribute: key ? { key, value: rule.attribute?.value ?? '' } : null });
                }}
                error={errorAt(errors, 'attribute', true)}
                disabled={disabled}
                style={{ flex: 1 }}
              />
              <TextInput
                label={t('followUp.rules.attributeValue')}
                value={rule.attribute ? String(rule.attribute.value) : ''}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  if (rule.attribute) set({ attribute: { key: rule.attribute.key, value } });
                }}
                disabled={disabled || !rule.attribute}
                style={{ flex: 1 }}
              />
            </Group>
          </SimpleGrid>
        </Stack>

        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('followUp.rules.topic')}
            description={t('followUp.rules.topicHint')}
            value={rule.topic}
            onChange={(e) => set({ topic: e.currentTarget.value })}
            error={errorAt(errors, 'topic')}
            disabled={disabled}
            maxLength={60}
          />
          <Select
            label={t('followUp.rules.team')}
            data={[
              { value: '', label: t('followUp.rules.defaultTeamOption') },
              ...teams.map((x) => ({ value: x.id, label: x.name })),
            ]}
            value={rule.teamId ?? ''}
            onChange={(v) => set({ teamId: v ? v : null })}
            allowDeselect={false}
            error={errorAt(errors, 'teamId')}
            disabled={disabled}
            data-testid={`rule-${index}-team`}
          />
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
