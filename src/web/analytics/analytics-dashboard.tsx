import { Group, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TMetric, TMetricFilters } from '../../shared/contracts/metrics.js';
import { useMetrics } from '../api/use-metrics.js';
import { DeferredSection } from '../components/deferred-section.js';
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

/** A headline score (NPS with its revenue-weighted twin); the cards, distribution and benchmarks share one request per metric. */
function useScore(metric: TMetric, filters: TMetricFilters) {
  return useMetrics({ metric, groupBy: 'none', filters, ...(metric === 'nps' ? { weighted: true } : {}) });
}

// Each part asks for its own numbers, so an answer arriving re-renders that part rather than the whole page.
function Score({ metric, filters }: { metric: TMetric; filters: TMetricFilters }) {
  return <ScoreCard metric={metric} query={useScore(metric, filters)} filters={filters} />;
}

function Distribution({ filters }: { filters: TMetricFilters }) {
  return <NpsDistribution query={useScore('nps', filters)} filters={filters} />;
}

function Benchmarks({ filters }: { filters: TMetricFilters }) {
  return <BenchmarksCard nps={useScore('nps', filters).data?.overall.score ?? null} />;
}

/**
 * The overview of an organization with data: filters (in the address), the three scores with
 * their intervals, the NPS distribution, the send funnel, the trend and a breakdown. Loaded as
 * its own chunk, so the first download of the dashboard stays small.
 */
export function AnalyticsDashboard() {
  const { t } = useTranslation();
  const id = useId();
  const { state, filters, update } = useOverviewState();

  return (
    <Stack gap="lg" mb="xl" data-testid="analytics">
      <FilterBar state={state} filters={filters} onChange={update} />
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg" aria-label={t('analytics.cards.label')}>
        <Score metric="nps" filters={filters} />
        <Score metric="csat" filters={filters} />
        <Score metric="ces" filters={filters} />
      </SimpleGrid>
      {/* Below the scores, each section renders when it comes within a screen of the viewport (heights measured at 412 and 1360 px). */}
      <DeferredSection height={{ base: 1090, md: 575 }}>
        <div className="analytics-pair">
          <Distribution filters={filters} />
          <FunnelCard filters={filters} />
        </div>
      </DeferredSection>
      <DeferredSection height={{ base: 620, md: 470 }}>
        <Stack gap="lg">
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
          <TrendCard
            metric={state.metric}
            granularity={state.trend}
            filters={filters}
            onGranularity={(trend) => update({ trend }, { replace: true })}
          />
        </Stack>
      </DeferredSection>
      <DeferredSection height={{ base: 450, md: 310 }}>
        <BreakdownCard
          metric={state.metric}
          dimension={state.breakdown}
          filters={filters}
          onDimension={(breakdown) => update({ breakdown }, { replace: true })}
        />
      </DeferredSection>
      {/* Side by side only on wide screens: the snapshot's three columns need the room. */}
      <DeferredSection height={{ base: 1440, md: 860 }}>
        <div className="analytics-pair analytics-pair--wide">
          <SnapshotCard />
          <Benchmarks filters={filters} />
        </div>
      </DeferredSection>
      <DeferredSection height={{ base: 945, md: 625 }}>
        <ComparePeriodsPanel filters={filters} />
      </DeferredSection>
      <DeferredSection height={{ base: 2325, md: 1185 }}>
        <LoyaltyPanel filters={filters} />
      </DeferredSection>
    </Stack>
  );
}
