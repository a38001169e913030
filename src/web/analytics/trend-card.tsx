import { Button, Group, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { IconTable } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TMetric, TMetricFilters, TMetricGroup } from '../../shared/contracts/metrics.js';
import { useMetrics } from '../api/use-metrics.js';
import { QueryFallback } from '../components/query-fallback.js';
import { drillPath } from './drill-down.js';
import { DrillLink, useNumberLocale } from './drill-link.js';
import { formatBucket, formatCount, formatInterval, formatScore } from './format-metric.js';
import { TintBadge } from './tint-badge.js';
import { TIME_GROUPS, type TrendGranularity } from './overview-url.js';
import { TrendChart, type TrendChartPoint } from './trend-chart.js';

export interface TrendCardProps {
  metric: TMetric;
  granularity: TrendGranularity;
  filters: TMetricFilters;
  onGranularity: (granularity: TrendGranularity) => void;
}

/** A bucket's own days within the view's period: exactly the answers its numbers come from. */
function bucketFilters(filters: TMetricFilters, group: TMetricGroup): Partial<TMetricFilters> {
  const from = group.start && (!filters.from || group.start > filters.from) ? group.start : filters.from;
  const to = group.end && (!filters.to || group.end < filters.to) ? group.end : filters.to;
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

/** The score per week, month or quarter with its interval band; a table of the same numbers on demand. */
export function TrendCard({ metric, granularity, filters, onGranularity }: TrendCardProps) {
  const { t } = useTranslation();
  const locale = useNumberLocale();
  const id = useId();
  const [showTable, setShowTable] = useState(false);
  const query = useMetrics({ metric, groupBy: granularity, filters });
  const groups = query.data?.groups ?? [];
  const thinBelow = query.data?.thinBelow ?? 30;
  const metricName = t(`analytics.metrics.${metric}`);

  const points: TrendChartPoint[] = groups.map((g) => {
    const bucket = formatBucket(g.key, locale);
    const values = {
      bucket,
      score: formatScore(metric, g.score, locale),
      interval: formatInterval(metric, g.ci, locale),
      n: formatCount(g.n, locale),
    };
    return {
      key: g.key,
      score: g.score,
      ci: g.ci,
      isThin: g.isThin,
      label: bucket,
      description: g.isThin ? t('analytics.trend.pointThin', values) : t('analytics.trend.point', values),
      href: drillPath(filters, { metric, narrow: bucketFilters(filters, g) }),
    };
  });

  return (
    <Paper
      withBorder
      p="lg"
      component="section"
      aria-labelledby={`${id}-title`}
      data-testid="trend-card"
      data-fetching={query.isPlaceholderData || undefined}
    >
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" gap="md">
          <Stack gap={2} maw={640}>
            <Title order={2} fz="md" id={`${id}-title`}>
              {t('analytics.trend.title')} · {metricName}
            </Title>
            <Text fz="xs" c="dimmed">
              {t('analytics.trend.subtitle', { min: thinBelow })}
            </Text>
          </Stack>
          <Group gap="sm">
            <SegmentedControl
              size="xs"
              aria-label={t('analytics.trend.granularity')}
              value={granularity}
              onChange={(v) => onGranularity(v as TrendGranularity)}
              data={TIME_GROUPS.map((g) => ({ value: g, label: t(`analytics.trend.granularities.${g}`) }))}
              data-testid="trend-granularity"
            />
            <Button
              size="xs"
              variant="default"
              leftSection={<IconTable size={14} aria-hidden />}
              onClick={() => setShowTable((v) => !v)}
              aria-expanded={showTable}
              aria-controls={`${id}-table`}
              data-testid="trend-table-toggle"
            >
              {showTable ? t('analytics.trend.hideTable') : t('analytics.trend.showTable')}
            </Button>
          </Group>
        </Group>
        {!query.isSuccess ? (
          <QueryFallback query={query} />
        ) : groups.length === 0 ? (
          <Text c="dimmed" fz="sm" data-testid="trend-empty">
            {t('analytics.trend.empty')}
          </Text>
        ) : (
          <>
            <TrendChart
              metric={metric}
              points={points}
              label={t('analytics.trend.chartLabel', {
                metric: metricName,
                granularity: t(`analytics.trend.granularities.${granularity}`),
                count: groups.length,
              })}
            />
            <Group gap="lg" aria-hidden>
              <Group gap={6}>
                <span className="legend-swatch" style={{ background: '#b5c6ea' }} />
                <Text fz="xs" c="dimmed">
                  {t('analytics.trend.legendBand')}
                </Text>
              </Group>
              <Group gap={6}>
                <svg width={12} height={12}>
                  <circle cx={6} cy={6} r={4.5} fill="#fff" stroke="#2f53a3" strokeWidth={2} />
                </svg>
                <Text fz="xs" c="dimmed">
                  {t('analytics.trend.legendThin', { min: thinBelow })}
                </Text>
              </Group>
            </Group>
            {showTable ? (
              <Table.ScrollContainer minWidth={480}>
                <Table id={`${id}-table`} striped withTableBorder fz="sm" data-testid="trend-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('analytics.trend.period')}</Table.Th>
                      <Table.Th ta="right">{t('analytics.trend.score')}</Table.Th>
                      <Table.Th ta="right">{t('analytics.trend.interval')}</Table.Th>
                      <Table.Th ta="right">{t('analytics.trend.answers')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {groups.map((g, i) => (
                      <Table.Tr key={g.key} data-testid={`trend-bucket-${g.key}`}>
                        <Table.Td>
                          {points[i]?.label}{' '}
                          {g.isThin ? (
                            <TintBadge tone="thin" size="xs">
                              {t('analytics.trend.thin')}
                            </TintBadge>
                          ) : null}
                        </Table.Td>
                        <Table.Td ta="right" className="tabular">
                          <DrillLink
                            to={points[i]?.href ?? ''}
                            label={points[i]?.description ?? ''}
                            fw={600}
                            data-testid={`trend-score-${g.key}`}
                          >
                            {formatScore(metric, g.score, locale)}
                          </DrillLink>
                        </Table.Td>
                        <Table.Td ta="right" className="tabular" data-testid={`trend-ci-${g.key}`}>
                          {formatInterval(metric, g.ci, locale)}
                        </Table.Td>
                        <Table.Td ta="right" className="tabular" data-testid={`trend-n-${g.key}`}>
                          {formatCount(g.n, locale)}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            ) : null}
          </>
        )}
      </Stack>
    </Paper>
  );
}
