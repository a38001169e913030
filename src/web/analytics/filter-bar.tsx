import { Button, Group, Paper, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TMetricFilters } from '../../shared/contracts/metrics.js';
import { SentimentFilter, ThemeFilter } from '../text/comment-filters.js';
import { DimensionFilter } from './dimension-filter.js';
import { PeriodHint } from './period-hint.js';
import {
  addDays,
  BREAKDOWN_DIMENSIONS,
  COMMENT_FILTER_KEYS,
  filterKeyOf,
  PERIOD_PRESETS,
  type OverviewState,
  type Period,
  type PeriodPreset,
} from './overview-url.js';

export interface FilterBarProps {
  state: OverviewState;
  filters: TMetricFilters;
  onChange: (patch: Partial<OverviewState>) => void;
}

type PeriodChoice = PeriodPreset | 'custom';

/** Period and dimension filters of the whole overview; every change goes into the address. */
export function FilterBar({ state, filters, onChange }: FilterBarProps) {
  const { t } = useTranslation();
  const id = useId();
  const choice: PeriodChoice = state.period.kind === 'custom' ? 'custom' : state.period.preset;
  const active = Object.keys(state.filters).length > 0;
  const periodChoices = [...PERIOD_PRESETS, 'custom' as const].map((p) => ({
    value: p,
    label: t(`analytics.filters.presets.${p}`),
  }));

  function choosePeriod(next: string) {
    if (next === 'custom') {
      // Start from the days the view shows now, so switching to "custom" changes nothing yet.
      onChange({ period: { kind: 'custom', from: filters.from ?? null, to: filters.to ?? null } });
    } else onChange({ period: { kind: 'preset', preset: next as PeriodPreset } });
  }

  function setCustom(patch: Partial<Extract<Period, { kind: 'custom' }>>) {
    const current =
      state.period.kind === 'custom' ? state.period : { kind: 'custom' as const, from: null, to: null };
    onChange({ period: { ...current, ...patch } });
  }

  return (
    <Paper
      withBorder
      p="md"
      mb="lg"
      component="section"
      aria-labelledby={`${id}-title`}
      data-testid="filter-bar"
    >
      <Text id={`${id}-title`} className="sr-only">
        {t('analytics.filters.label')}
      </Text>
      <Group align="flex-end" gap="md" wrap="wrap" role="search" aria-labelledby={`${id}-title`} mb="sm">
        <Stack gap={4} w={{ base: '100%', xs: 'auto' }}>
          <Text component="span" fz="sm" fw={500} id={`${id}-period`}>
            {t('analytics.filters.period')}
          </Text>
          {/* Five choices side by side are about 550 px wide: a phone gets the same choices as a list. */}
          <SegmentedControl
            visibleFrom="md"
            aria-labelledby={`${id}-period`}
            value={choice}
            onChange={choosePeriod}
            data={periodChoices}
            data-testid="filter-period"
          />
          <Select
            hiddenFrom="md"
            aria-labelledby={`${id}-period`}
            value={choice}
            onChange={(next) => next && choosePeriod(next)}
            data={periodChoices}
            allowDeselect={false}
            w={{ base: '100%', xs: 220 }}
            data-testid="filter-period-select"
          />
        </Stack>
        {state.period.kind === 'custom' ? (
          <>
            <TextInput
              type="date"
              label={t('analytics.filters.from')}
              value={state.period.from ?? ''}
              onChange={(e) => setCustom({ from: e.currentTarget.value || null })}
              w={160}
              data-testid="filter-from"
            />
            <TextInput
              type="date"
              label={t('analytics.filters.to')}
              // The API's `to` is exclusive; people think of the last day they want to see.
              value={state.period.to ? addDays(state.period.to, -1) : ''}
              onChange={(e) =>
                setCustom({ to: e.currentTarget.value ? addDays(e.currentTarget.value, 1) : null })
              }
              w={160}
              data-testid="filter-to"
            />
          </>
        ) : null}
        {BREAKDOWN_DIMENSIONS.map((dimension) => {
          const key = filterKeyOf(dimension);
          return (
            <DimensionFilter
              key={dimension}
              dimension={dimension}
              value={state.filters[key]}
              onChange={(value) => {
                const next = { ...state.filters };
                if (value) next[key] = value;
                else delete next[key];
                onChange({ filters: next });
              }}
            />
          );
        })}
        {COMMENT_FILTER_KEYS.map((key) => {
          const Filter = key === 'theme' ? ThemeFilter : SentimentFilter;
          return (
            <Filter
              key={key}
              value={state.filters[key]}
              onChange={(value) => {
                const next = { ...state.filters };
                if (value) next[key] = value;
                else delete next[key];
                onChange({ filters: next });
              }}
              testId={`filter-${key}`}
              // Theme names run long ("Erreichbarkeit des Supports"); sentiments are one word.
              w={{ base: '100%', xs: key === 'theme' ? 240 : 170 }}
            />
          );
        })}
        {active ? (
          <Button
            variant="subtle"
            leftSection={<IconFilterOff size={16} aria-hidden />}
            onClick={() => onChange({ filters: {} })}
            data-testid="filter-clear"
          >
            {t('analytics.filters.clear')}
          </Button>
        ) : null}
      </Group>
      <PeriodHint
        label={t(`analytics.filters.presets.${choice}`)}
        from={filters.from}
        to={filters.to}
        testId="overview-period"
      />
    </Paper>
  );
}
