import { Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useThemeOptions } from '../api/use-theme-options.js';

/** The sentiments in the order people scan them: the complaints first. */
const SENTIMENTS = ['negative', 'neutral', 'positive'] as const;

export interface CommentFilterProps {
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  testId: string;
  w?: number | Record<string, number | string>;
}

/**
 * Answers whose comment mentions a theme; the themes named in the reader's language. The list
 * loads when it opens, or at once when the address already names a theme (to show its name).
 */
export function ThemeFilter({ value, onChange, testId, w = 240 }: CommentFilterProps) {
  const { t, i18n } = useTranslation();
  const [opened, setOpened] = useState(false);
  const themes = useThemeOptions(opened || value !== undefined);
  const language = i18n.language === 'de' ? 'de' : 'en';
  const options = (themes.data ?? [])
    .map((theme) => ({ value: theme.id, label: theme.name[language] }))
    .sort((a, b) => a.label.localeCompare(b.label, language));
  // A theme named in the address stays selectable while the names load (or if it is not listed).
  const data =
    value && !options.some((o) => o.value === value) ? [{ value, label: value }, ...options] : options;
  return (
    <Select
      label={t('responses.filters.theme')}
      placeholder={t('responses.filters.all')}
      data={data}
      value={value ?? null}
      onChange={(next) => onChange(next ?? undefined)}
      onDropdownOpen={() => setOpened(true)}
      nothingFoundMessage={
        themes.isFetching ? t('responses.filters.themesLoading') : t('responses.filters.noTheme')
      }
      searchable
      clearable
      w={w}
      comboboxProps={{ width: 260, position: 'bottom-start' }}
      data-testid={testId}
    />
  );
}

/** Answers whose comment reads negative, neutral or positive as a whole. */
export function SentimentFilter({ value, onChange, testId, w = 150 }: CommentFilterProps) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('responses.filters.sentiment')}
      placeholder={t('responses.filters.all')}
      data={SENTIMENTS.map((s) => ({ value: s, label: t(`responses.filters.sentiments.${s}`) }))}
      value={value ?? null}
      onChange={(next) => onChange(next ?? undefined)}
      clearable
      w={w}
      data-testid={testId}
    />
  );
}
