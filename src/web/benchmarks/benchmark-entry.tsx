import { Badge, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TBenchmark } from '../../shared/contracts/benchmarks.js';
import { formatPercent } from '../lib/format-percent.js';
import { localeOf } from '../lib/number-locale.js';
import { benchmarkText, formatDifference, formatScore } from './benchmark-text.js';

export interface BenchmarkEntryProps {
  entry: TBenchmark;
  /** The organization's NPS, to show the difference to an NPS benchmark. */
  nps: number | null;
  /** Buttons shown beside the entry (the manage dialog). */
  actions?: ReactNode;
}

/** One benchmark with everything needed to judge it: score, source, year, method, market, origin. */
export function BenchmarkEntry({ entry, nps, actions }: BenchmarkEntryProps) {
  const { t, i18n } = useTranslation();
  const text = benchmarkText(entry);
  const score = formatScore(entry.score);
  // CSAT and CES benchmarks are shares: written like every other percentage (a source's decimal kept).
  const share = formatPercent(entry.score, localeOf(i18n.language), Number.isInteger(entry.score) ? 0 : 1);
  const scoreText =
    entry.metric === 'nps'
      ? t('benchmarks.score.nps', { score })
      : entry.metric === 'csat'
        ? t('benchmarks.score.csat', { score: share })
        : t('benchmarks.score.ces', { score: share });
  return (
    <Stack
      component="li"
      gap={4}
      py="sm"
      style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}
      data-testid={`benchmark-${entry.id}`}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
        {/* May shrink below its words' width, so long German labels wrap on a phone instead of widening the page. */}
        <Stack gap={2} miw={0}>
          <Group gap="xs">
            <Text fw={600}>{text.label}</Text>
            <Badge size="sm" variant="light" color={entry.origin === 'builtin' ? 'gray' : 'blue'}>
              {t(`benchmarks.origins.${entry.origin}`)}
            </Badge>
            {entry.hidden ? (
              <Badge size="sm" variant="outline" color="gray">
                {t('benchmarks.hidden')}
              </Badge>
            ) : null}
          </Group>
          {/* Tabular digits, but the sentence after the score may wrap on a phone. */}
          <Text fz="sm" className="tabular" style={{ whiteSpace: 'normal' }} data-testid="benchmark-score">
            {scoreText}
            {entry.metric === 'nps' && nps !== null ? (
              <Text span c="dimmed" fz="sm">
                {' · '}
                {t('benchmarks.versus', { diff: formatDifference(nps - entry.score) })}
              </Text>
            ) : null}
          </Text>
        </Stack>
        {actions}
      </Group>
      <Text fz="xs" c="dimmed">
        {t('benchmarks.source')}: {text.source} · {t('benchmarks.year')}:{' '}
        {entry.year ?? t('benchmarks.yearUnknown')} · {t('benchmarks.method')}: {text.method} ·{' '}
        {t('benchmarks.market')}: {t(`benchmarks.markets.${entry.market}`)}
      </Text>
      {text.note ? (
        <Text fz="xs" c="dimmed">
          {text.note}
        </Text>
      ) : null}
    </Stack>
  );
}
