import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TMetricFilters, TMetricsResult } from '../../shared/contracts/metrics.js';
import { QueryFallback } from '../components/query-fallback.js';
import { NPS_COLORS, npsCategory, type NpsCategory } from '../contacts/nps.js';
import { followLink } from '../router/history.js';
import { drillPath } from './drill-down.js';
import { DrillLink, useNumberLocale } from './drill-link.js';
import { formatCount, formatPercentValue } from './format-metric.js';

const SCORES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
const CATEGORIES: readonly NpsCategory[] = ['detractor', 'passive', 'promoter'];
const COUNT_OF: Record<NpsCategory, 'detractors' | 'passives' | 'promoters'> = {
  detractor: 'detractors',
  passive: 'passives',
  promoter: 'promoters',
};

export interface NpsDistributionProps {
  query: {
    isSuccess: boolean;
    isPending: boolean;
    isPlaceholderData: boolean;
    error: unknown;
    refetch: () => unknown;
    data?: TMetricsResult | undefined;
  };
  filters: TMetricFilters;
}

/** The 0–10 answers as bars in their category's colour; each bar and category opens its answers. */
export function NpsDistribution({ query, filters }: NpsDistributionProps) {
  const { t } = useTranslation();
  const locale = useNumberLocale();
  const id = useId();
  const overall = query.data?.overall;
  const counts = SCORES.map((score) => overall?.distribution[String(score)] ?? 0);
  const max = Math.max(1, ...counts);
  const n = overall?.n ?? 0;

  return (
    <Paper
      withBorder
      p="lg"
      component="section"
      aria-labelledby={`${id}-title`}
      className="analytics-card"
      data-testid="nps-distribution"
      data-fetching={query.isPlaceholderData || undefined}
    >
      <Stack gap="md" h="100%">
        <Stack gap={2}>
          <Title order={2} fz="md" id={`${id}-title`}>
            {t('analytics.distribution.title')}
          </Title>
          <Text fz="xs" c="dimmed">
            {t('analytics.distribution.subtitle')}
          </Text>
        </Stack>
        {!query.isSuccess || !overall ? (
          <QueryFallback query={query} />
        ) : n === 0 ? (
          <Text c="dimmed" fz="sm">
            {t('analytics.distribution.empty')}
          </Text>
        ) : (
          <>
            <div className="dist-chart">
              <ul className="dist-bars" aria-labelledby={`${id}-title`}>
                {SCORES.map((score, i) => {
                  const count = counts[i] ?? 0;
                  const to = drillPath(filters, { metric: 'nps', score });
                  const label = t('analytics.distribution.bar', {
                    score,
                    count: formatCount(count, locale),
                    share: formatPercentValue((100 * count) / n, locale),
                  });
                  return (
                    <li key={score}>
                      <a
                        className="dist-bar"
                        href={to}
                        onClick={(e: MouseEvent<HTMLAnchorElement>) => followLink(e, to)}
                        aria-label={label}
                        title={label}
                        data-testid={`dist-${score}`}
                      >
                        <span className="dist-count" data-testid={`dist-count-${score}`}>
                          {formatCount(count, locale)}
                        </span>
                        <span
                          className="dist-fill"
                          style={{
                            height: `${(count / max) * 82}%`,
                            background: NPS_COLORS[npsCategory(score)].dot,
                          }}
                        />
                      </a>
                    </li>
                  );
                })}
              </ul>
              <div className="dist-axis" aria-hidden>
                {SCORES.map((score) => (
                  <span key={score}>{score}</span>
                ))}
              </div>
            </div>
            <Group gap="lg" wrap="wrap" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {CATEGORIES.map((category) => {
                const count = overall[COUNT_OF[category]] ?? 0;
                return (
                  <Group key={category} component="li" gap={6} wrap="nowrap">
                    <span
                      className="legend-swatch"
                      style={{ background: NPS_COLORS[category].dot }}
                      aria-hidden
                    />
                    <Text fz="sm">{t(`analytics.distribution.${category}`)}</Text>
                    <DrillLink
                      to={drillPath(filters, { metric: 'nps', category })}
                      label={`${t(`analytics.distribution.${category}`)}: ${formatCount(count, locale)}`}
                      fz="sm"
                      fw={600}
                      className="tabular"
                      data-testid={`cat-${category}`}
                    >
                      {formatCount(count, locale)}
                    </DrillLink>
                    <Text fz="sm" c="dimmed" className="tabular" data-testid={`cat-share-${category}`}>
                      {formatPercentValue((100 * count) / n, locale)}
                    </Text>
                  </Group>
                );
              })}
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}
