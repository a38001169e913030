import { Group, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TMetric } from '../../shared/contracts/metrics.js';
import { useMetrics } from '../api/use-metrics.js';
import { BenchmarksCard } from '../benchmarks/benchmarks-card.js';
import { SnapshotCard } from '../benchmarks/snapshot-card.js';
import { ComparePeriodsPanel } from '../compare/compare-periods-panel.js';
import { LoyaltyPanel } from '../compare/loyalty-panel.js';
import './analytics.css';
import { BreakdownCard } from './breakdown-card.js';
import { FilterBar } from './filter-bar.js';
import { FunnelCard } from './funnel-card.js';
import { NpsDistribution } from './nps-distribution.js';
import { METRIC_LIST } from './overview-url.js';
import { ScoreCard } from './score-card.js';
import { TrendCard } from './trend-card.js';
import { useOverviewState } from './use-overview-state.js';

/**
 * The overview of an organization with data: filters (in the address), the three scores with
 * their intervals, the NPS distribution, the send funnel, the trend and a breakdown. Loaded as
 * its own chunk, so the first download of the dashboard stays small.
 */
export function AnalyticsDashboard() {
  const { t } = useTranslation();
  const id = useId();
  const { state, filters, update } = useOverviewState();
  const nps = useMetrics({ metric: 'nps', groupBy: 'none', filters, weighted: true });
  const csat = useMetrics({ metric: 'csat', groupBy: 'none', filters });
  const ces = useMetrics({ metric: 'ces', groupBy: 'none', filters });

  return (
    <Stack gap="lg" mb="xl" data-testid="analytics">
      <FilterBar state={state} filters={filters} onChange={(patch) => update(patch)} />
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg" aria-label={t('analytics.cards.label')}>
        <ScoreCard metric="nps" query={nps} filters={filters} />
        <ScoreCard metric="csat" query={csat} filters={filters} />
        <ScoreCard metric="ces" query={ces} filters={filters} />
      </SimpleGrid>
      <div className="analytics-pair">
        <NpsDistribution query={nps} filters={filters} />
        <FunnelCard filters={filters} />
      </div>
      <Group justify="space-between" align="center" mt="sm">
        <Text fw={600} id={`${id}-metric`}>
          {t('analytics.trend.metric')}
        </Text>
        <SegmentedControl
          aria-labelledby={`${id}-metric`}
          value={state.metric}
          onChange={(v) => update({ metric: v as TMetric }, { replace: true })}
          data={METRIC_LIST.map((m) => ({ value: m, label: t(`analytics.metrics.${m}`) }))}
          data-testid="view-metric"
        />
      </Group>
      <TrendCard metric={state.metric} granularity={state.trend} filters={filters} onGranularity={(trend) => update({ trend }, { replace: true })} />
      <BreakdownCard metric={state.metric} dimension={state.breakdown} filters={filters} onDimension={(breakdown) => update({ breakdown }, { replace: true })} />
      {/* Side by side only on wide screens: the snapshot's three columns need the room. */}
      <div className="analytics-pair analytics-pair--wide">
        <SnapshotCard />
        <BenchmarksCard nps={nps.data?.overall.score ?? null} />
      </div>
      <ComparePeriodsPanel filters={filters} />
      <LoyaltyPanel filters={filters} />
    </Stack>
  );
}
