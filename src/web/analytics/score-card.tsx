import { Box, Divider, Group, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TMetric, TMetricFilters, TMetricsResult } from '../../shared/contracts/metrics.js';
import { QueryFallback } from '../components/query-fallback.js';
import { drillPath } from './drill-down.js';
import { DrillLink, useNumberLocale } from './drill-link.js';
import { TintBadge } from './tint-badge.js';
import { formatCount, formatEffectiveN, formatInterval, formatMean, formatScore } from './format-metric.js';

export interface ScoreCardProps {
  metric: TMetric;
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

const SCALE_MAX: Record<TMetric, number> = { nps: 10, csat: 5, ces: 7 };

/** One headline score: the estimate, its 95 % interval and n, and plainly when the data cannot tell. */
export function ScoreCard({ metric, query, filters }: ScoreCardProps) {
  const { t } = useTranslation();
  const locale = useNumberLocale();
  const id = useId();
  const overall = query.data?.overall;
  const thinBelow = query.data?.thinBelow ?? 30;

  return (
    <Paper
      withBorder
      p="lg"
      component="section"
      aria-labelledby={`${id}-title`}
      data-testid={`card-${metric}`}
      data-fetching={query.isPlaceholderData || undefined}
      className="analytics-card"
    >
      <Stack gap="xs" h="100%">
        {/* Wraps: the German "too few answers" badge beside a title is wider than a phone's card. */}
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Stack gap={2}>
            <Title order={2} fz="md" id={`${id}-title`}>
              {t(`analytics.cards.${metric}.title`)}{' '}
              <Text span c="dimmed" fz="sm" fw={500}>
                ({t(`analytics.metrics.${metric}`)})
              </Text>
            </Title>
            <Text fz="xs" c="dimmed">
              {t(`analytics.cards.${metric}.hint`)}
            </Text>
          </Stack>
          {overall?.isThin && overall.n > 0 ? (
            <TintBadge tone="thin" data-testid={`thin-${metric}`}>
              {t('analytics.cards.thin')}
            </TintBadge>
          ) : null}
        </Group>
        {!query.isSuccess || !overall ? (
          <QueryFallback query={query} />
        ) : overall.n === 0 ? (
          <Text c="dimmed" fz="sm" data-testid={`none-${metric}`}>
            {t('analytics.cards.none')}
          </Text>
        ) : (
          <>
            <DrillLink
              to={drillPath(filters, { metric })}
              // The visible number leads the name, so speech input ("click plus 32") finds the link.
              label={`${formatScore(metric, overall.score, locale)} – ${t('analytics.cards.drill', { count: overall.n, metric: t(`analytics.metrics.${metric}`) })}`}
              fz={40}
              fw={700}
              lh={1.1}
              className="tabular"
              c={overall.isThin ? 'dimmed' : 'inherit'}
              data-testid={`score-${metric}`}
            >
              {formatScore(metric, overall.score, locale)}
            </DrillLink>
            <Box component="dl" m={0} className="stat-pairs">
              <Text component="dt" fz="sm" c="dimmed">
                {t('analytics.cards.interval')}
              </Text>
              <Text component="dd" fz="sm" fw={500} className="tabular" data-testid={`ci-${metric}`}>
                {formatInterval(metric, overall.ci, locale)}
              </Text>
              <Text component="dt" fz="sm" c="dimmed">
                {t('analytics.cards.answers')}
              </Text>
              <Text component="dd" fz="sm" fw={500} className="tabular" data-testid={`n-${metric}`}>
                {formatCount(overall.n, locale)}
              </Text>
              {overall.mean ? (
                <>
                  <Text component="dt" fz="sm" c="dimmed">
                    {t('analytics.cards.mean')}
                  </Text>
                  <Text component="dd" fz="sm" fw={500} className="tabular">
                    <span data-testid={`mean-${metric}`}>{formatMean(overall.mean.value, locale)}</span>{' '}
                    {t('analytics.cards.meanOf', { max: SCALE_MAX[metric] })}
                  </Text>
                </>
              ) : null}
            </Box>
            {overall.isThin ? (
              <Text fz="xs" c="dimmed">
                {t('analytics.cards.thinText', { min: thinBelow })}
              </Text>
            ) : null}
            {metric === 'nps' ? <WeightedNps result={query.data} filters={filters} /> : null}
          </>
        )}
      </Stack>
    </Paper>
  );
}

/** The revenue-weighted NPS beside the plain one, with the effective n it rests on. */
function WeightedNps({ result, filters }: { result: TMetricsResult | undefined; filters: TMetricFilters }) {
  const { t } = useTranslation();
  const locale = useNumberLocale();
  const weighted = result?.overall.weighted;
  return (
    <>
      <Divider mt="auto" />
      <Stack gap={4} data-testid="weighted-nps">
        <Group gap={6} wrap="nowrap">
          <Text fz="sm" fw={600}>
            {t('analytics.cards.weighted')}
          </Text>
          <Tooltip label={t('analytics.cards.weightedHint')} multiline w={280} withArrow>
            <IconInfoCircle
              size={16}
              aria-label={t('analytics.cards.weightedHint')}
              role="img"
              style={{ color: 'var(--mantine-color-dimmed)' }}
            />
          </Tooltip>
        </Group>
        {!weighted || weighted.n === 0 ? (
          <Text fz="sm" c="dimmed">
            {t('analytics.cards.weightedNone')}
          </Text>
        ) : (
          <Group gap="lg" align="baseline" wrap="wrap">
            <DrillLink
              to={drillPath(filters, { metric: 'nps' })}
              label={`${formatScore('nps', weighted.score, locale)} – ${t('analytics.cards.drill', { count: weighted.n, metric: t('analytics.cards.weighted') })}`}
              fz={24}
              fw={700}
              className="tabular"
              data-testid="score-nps-weighted"
            >
              {formatScore('nps', weighted.score, locale)}
            </DrillLink>
            <Box component="dl" m={0} className="stat-pairs">
              <Text component="dt" fz="xs" c="dimmed">
                {t('analytics.cards.interval')}
              </Text>
              <Text component="dd" fz="xs" fw={500} className="tabular" data-testid="ci-nps-weighted">
                {formatInterval('nps', weighted.ci, locale)}
              </Text>
              <Text component="dt" fz="xs" c="dimmed">
                {t('analytics.cards.effectiveN')}
              </Text>
              <Text component="dd" fz="xs" fw={500} className="tabular">
                <span data-testid="neff-nps-weighted">{formatEffectiveN(weighted.effectiveN, locale)}</span> /{' '}
                <span data-testid="n-nps-weighted">{formatCount(weighted.n, locale)}</span>
              </Text>
            </Box>
          </Group>
        )}
      </Stack>
    </>
  );
}
