import { Button, Group, NumberInput, Paper, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconFilterOff, IconSearch, IconX } from '@tabler/icons-react';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSurveys } from '../api/use-surveys.js';
import { SentimentFilter, ThemeFilter } from '../text/comment-filters.js';
import {
  addDays,
  FILTER_CATEGORIES,
  FILTER_CHANNELS,
  FILTER_METRICS,
  type ResponseFilterKey,
  type ResponseFilters,
} from './response-filters.js';

export interface ResponsesFilterBarProps {
  filters: ResponseFilters;
  onChange: (next: ResponseFilters) => void;
  /** The feedback inbox offers more channels and metrics than the drill-down; they come with their labels. */
  channels?: ReadonlyArray<{ value: string; label: string }>;
  metrics?: ReadonlyArray<{ value: string; label: string }>;
}

const TEXT_FILTERS = [
  'segment',
  'region',
  'product',
  'touchpoint',
  'language',
] as const satisfies readonly ResponseFilterKey[];
const SCALE_MAX: Record<string, number> = { nps: 10, csat: 5, ces: 7 };

/** A free-text filter written to the address once typing pauses. */
function TextFilter({
  name,
  value,
  onCommit,
}: {
  name: (typeof TEXT_FILTERS)[number];
  value: string;
  onCommit: (value: string) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  // The address is the truth: follow it when it changes elsewhere (back button, clear filters).
  useEffect(() => setDraft(value), [value]);
  const commit = useDebouncedCallback((next: string) => onCommit(next.trim()), 400);
  return (
    <TextInput
      label={t(`responses.filters.${name}`)}
      value={draft}
      onChange={(e) => {
        setDraft(e.currentTarget.value);
        commit(e.currentTarget.value);
      }}
      w={150}
      data-testid={`responses-filter-${name}`}
    />
  );
}

/** The comment search, written to the address once typing pauses; Enter writes it at once. */
function SearchFilter({ value, onCommit }: { value: string; onCommit: (value: string) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const commit = useDebouncedCallback((next: string) => onCommit(next.trim()), 400);
  return (
    <TextInput
      type="search"
      label={t('feedback.search.label')}
      description={t('feedback.search.hint')}
      placeholder={t('feedback.search.placeholder')}
      leftSection={<IconSearch size={16} aria-hidden />}
      value={draft}
      maxLength={200}
      onChange={(e) => {
        setDraft(e.currentTarget.value);
        commit(e.currentTarget.value);
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Enter') return;
        commit.cancel();
        onCommit(e.currentTarget.value.trim());
      }}
      w="100%"
      data-testid="responses-filter-search"
    />
  );
}

/** Every filter of the list; each change goes into the address, so a view can be shared. */
export function ResponsesFilterBar({ filters, onChange, channels, metrics }: ResponsesFilterBarProps) {
  const { t } = useTranslation();
  const id = useId();
  const surveys = useSurveys();
  const set = (key: ResponseFilterKey, value: string | null) =>
    onChange({ ...filters, [key]: value ?? undefined });
  const active = Object.keys(filters).length > 0;
  const scaleMax = filters.metric ? (SCALE_MAX[filters.metric] ?? 10) : 10;

  return (
    <Paper
      withBorder
      p="md"
      mb="lg"
      component="section"
      aria-labelledby={`${id}-title`}
      data-testid="responses-filters"
    >
      <h2 id={`${id}-title`} className="sr-only">
        {t('responses.filters.label')}
      </h2>
      <Group align="flex-end" gap="md" wrap="wrap" role="search" aria-labelledby={`${id}-title`}>
        <SearchFilter value={filters.q ?? ''} onCommit={(v) => set('q', v || null)} />
        <Select
          label={t('responses.filters.metric')}
          placeholder={t('responses.filters.all')}
          value={filters.metric ?? null}
          onChange={(v) =>
            onChange({
              ...filters,
              metric: v ?? undefined,
              ...(v !== 'nps' ? { category: undefined } : {}),
              score: undefined,
            })
          }
          data={metrics ?? FILTER_METRICS.map((m) => ({ value: m, label: t(`responses.metrics.${m}`) }))}
          clearable
          w={140}
          data-testid="responses-filter-metric"
        />
        <Select
          label={t('responses.filters.category')}
          placeholder={filters.metric === 'nps' ? t('responses.filters.all') : t('responses.filters.npsOnly')}
          value={filters.category ?? null}
          onChange={(v) => set('category', v)}
          data={FILTER_CATEGORIES.map((c) => ({ value: c, label: t(`responses.categories.${c}`) }))}
          disabled={filters.metric !== 'nps'}
          clearable
          w={150}
          data-testid="responses-filter-category"
        />
        <NumberInput
          label={t('responses.filters.score')}
          value={filters.score ?? ''}
          onChange={(v) => set('score', typeof v === 'number' ? String(v) : null)}
          min={0}
          max={scaleMax}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="strict"
          w={90}
          data-testid="responses-filter-score"
        />
        <Select
          label={t('responses.filters.comment')}
          placeholder={t('responses.filters.all')}
          value={filters.hasComment ?? null}
          onChange={(v) => set('hasComment', v)}
          data={[
            { value: 'true', label: t('responses.filters.withComment') },
            { value: 'false', label: t('responses.filters.withoutComment') },
          ]}
          clearable
          w={170}
          data-testid="responses-filter-comment"
        />
        <ThemeFilter
          value={filters.theme}
          onChange={(v) => set('theme', v ?? null)}
          testId="responses-filter-theme"
        />
        <SentimentFilter
          value={filters.sentiment}
          onChange={(v) => set('sentiment', v ?? null)}
          testId="responses-filter-sentiment"
        />
        <TextInput
          type="date"
          label={t('responses.filters.from')}
          value={filters.from?.slice(0, 10) ?? ''}
          onChange={(e) => set('from', e.currentTarget.value || null)}
          w={160}
          data-testid="responses-filter-from"
        />
        <TextInput
          type="date"
          label={t('responses.filters.to')}
          // The address's `to` is exclusive (as in the metrics API); people pick the last day they want.
          value={filters.to ? addDays(filters.to, -1) : ''}
          onChange={(e) => set('to', e.currentTarget.value ? addDays(e.currentTarget.value, 1) : null)}
          w={160}
          data-testid="responses-filter-to"
        />
        <Select
          label={t('responses.filters.survey')}
          placeholder={t('responses.filters.all')}
          value={filters.surveyId ?? null}
          onChange={(v) => set('surveyId', v)}
          data={(surveys.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }))}
          clearable
          searchable
          w={200}
          data-testid="responses-filter-survey"
        />
        <Select
          label={t('responses.filters.channel')}
          placeholder={t('responses.filters.all')}
          value={filters.channel ?? null}
          onChange={(v) => set('channel', v)}
          data={channels ?? FILTER_CHANNELS.map((c) => ({ value: c, label: t(`responses.channels.${c}`) }))}
          clearable
          w={140}
          data-testid="responses-filter-channel"
        />
        {TEXT_FILTERS.map((name) => (
          <TextFilter
            key={name}
            name={name}
            value={filters[name] ?? ''}
            onCommit={(v) => set(name, v || null)}
          />
        ))}
        {filters.contactExternalId ? (
          <Button
            variant="light"
            rightSection={<IconX size={14} aria-hidden />}
            onClick={() => set('contactExternalId', null)}
            data-testid="responses-filter-contact"
          >
            {t('responses.filters.contact', { id: filters.contactExternalId })}
          </Button>
        ) : null}
        {active ? (
          <Button
            variant="subtle"
            leftSection={<IconFilterOff size={16} aria-hidden />}
            onClick={() => onChange({})}
            data-testid="responses-clear-filters"
          >
            {t('responses.filters.clear')}
          </Button>
        ) : null}
      </Group>
    </Paper>
  );
}
