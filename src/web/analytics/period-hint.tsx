import { Group, Text } from '@mantine/core';
import { IconCalendar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { dayBefore, formatDay, formatDayRange } from '../lib/format-period.js';
import { localeOf } from '../lib/number-locale.js';

export interface PeriodHintProps {
  /** The chosen period's name ("Last 12 months"); null where the days are all there is. */
  label: string | null;
  /** First day shown (UTC day). */
  from?: string | undefined;
  /** The API's exclusive end: the day after the last one shown. */
  to?: string | undefined;
  testId: string;
}

/**
 * The days every number on the page counts, in words: "Last 12 months · 1 Dec 2025 – 30 Nov
 * 2026", or "All time". Without it the overview (a year by default) and the Responses list
 * (everything by default) seem to disagree.
 */
export function PeriodHint({ label, from, to, testId }: PeriodHintProps) {
  const { t, i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  const days =
    from && to
      ? formatDayRange(from, to, locale)
      : from
        ? t('analytics.period.since', { day: formatDay(from, locale) })
        : to
          ? t('analytics.period.until', { day: formatDay(dayBefore(to), locale) })
          : label === null
            ? t('analytics.period.allTime')
            : null;
  const text = [label, days].filter((part): part is string => Boolean(part)).join(' · ');
  return (
    <Group gap={6} wrap="nowrap" align="flex-start" data-testid={testId}>
      <IconCalendar size={16} aria-hidden style={{ flex: 'none', marginTop: 2 }} />
      <Text fz="sm" c="dimmed">
        <Text span className="sr-only">
          {t('analytics.period.label')}:{' '}
        </Text>
        {text}
      </Text>
    </Group>
  );
}
