import { Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowDownRight, IconArrowUpRight } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TDimension, TMetric, TMetricFilters, TMetricGroup } from '../../shared/contracts/metrics.js';
import { useMetrics } from '../api/use-metrics.js';
import { QueryFallback } from '../components/query-fallback.js';
import { drillPath } from './drill-down.js';
import { rowTestKey } from './breakdown-key.js';
import { DrillLink, useNumberLocale } from './drill-link.js';
import {
  formatCount,
  formatInterval,
  formatPercentValue,
  formatPoints,
  formatScore,
  type NumberLocale,
} from './format-metric.js';
import { BREAKDOWN_DIMENSIONS, filterKeyOf } from './overview-url.js';
import { TintBadge } from './tint-badge.js';
import { yDomain } from './trend-geometry.js';
import { useDimensionLabel } from './use-dimension-label.js';

export interface BreakdownCardProps {
  metric: TMetric;
  dimension: TDimension;
  filters: TMetricFilters;
  onDimension: (dimension: TDimension) => void;
}

/** The groups of one dimension with n, score, interval and whether they differ from the rest after FDR control. */
export function BreakdownCard({ metric, dimension, filters, onDimension }: BreakdownCardProps) {
  const { t } = useTranslation();
  const locale = useNumberLocale();
  const id = useId();
  const query = useMetrics({ metric, groupBy: dimension, filters });
  const label = useDimensionLabel(dimension);
  const groups = query.data?.groups ?? [];
  const overall = query.data?.overall;
  const domain = yDomain(
    groups.map((g) => ({ key: g.key, score: g.score, ci: g.ci, isThin: false })),
    metric,
  );
  const anyMarks = groups.some((g) => g.significance !== null);
  const fdr = formatPercentValue(100 * (query.data?.fdr ?? 0.05), locale);

  return (
    <Paper
      withBorder
      p="lg"
      component="section"
      aria-labelledby={`${id}-title`}
      data-testid="breakdown-card"
      data-fetching={query.isPlaceholderData || undefined}
    >
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" gap="md">
          <Stack gap={2} maw={640}>
            <Title order={2} fz="md" id={`${id}-title`}>
              {t('analytics.breakdown.title')} · {t(`analytics.metrics.${metric}`)}
            </Title>
            <Text fz="xs" c="dimmed">
              {t('analytics.breakdown.subtitle', { fdr })}
            </Text>
          </Stack>
          <Select
            label={t('analytics.breakdown.dimension')}
            value={dimension}
            onChange={(v) => v && onDimension(v as TDimension)}
            data={BREAKDOWN_DIMENSIONS.map((d) => ({ value: d, label: t(`analytics.dimensions.${d}`) }))}
            allowDeselect={false}
            w={200}
            data-testid="breakdown-dimension"
          />
        </Group>
        {!query.isSuccess ? (
          <QueryFallback query={query} />
        ) : groups.length === 0 ? (
          <Text c="dimmed" fz="sm" data-testid="breakdown-empty">
            {t('analytics.breakdown.empty')}
          </Text>
        ) : (
          <>
            <Table.ScrollContainer minWidth={760}>
              <Table
                verticalSpacing="xs"
                fz="sm"
                data-testid="breakdown-table"
                aria-labelledby={`${id}-title`}
              >
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t(`analytics.dimensions.${dimension}`)}</Table.Th>
                    <Table.Th ta="right">{t('analytics.breakdown.answers')}</Table.Th>
                    <Table.Th ta="right">{t('analytics.breakdown.score')}</Table.Th>
                    <Table.Th>{t('analytics.breakdown.interval')}</Table.Th>
                    <Table.Th>{t('analytics.breakdown.verdict')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {groups.map((g) => {
                    const k = rowTestKey(g.key);
                    const name = label(g.key);
                    // Answers without a value cannot be filtered on, so that row has no drill-down.
                    const to =
                      g.key === ''
                        ? null
                        : drillPath(filters, { metric, narrow: { [filterKeyOf(dimension)]: g.key } });
                    const score = formatScore(metric, g.score, locale);
                    return (
                      <Table.Tr
                        key={k}
                        data-testid={`breakdown-row-${k}`}
                        data-thin={g.isThin || undefined}
                        className={g.isThin ? 'breakdown-thin' : undefined}
                      >
                        <Table.Td fw={500}>
                          {name}
                          {g.key === '' ? (
                            <Text span fz="xs" c="dimmed">
                              {' '}
                              · {t('analytics.breakdown.unknownHint')}
                            </Text>
                          ) : null}
                        </Table.Td>
                        <Table.Td ta="right" className="tabular" data-testid={`breakdown-n-${k}`}>
                          {formatCount(g.n, locale)}
                        </Table.Td>
                        <Table.Td ta="right" className="tabular" fw={600}>
                          {to ? (
                            <DrillLink
                              to={to}
                              label={`${name}: ${score}`}
                              data-testid={`breakdown-score-${k}`}
                            >
                              {score}
                            </DrillLink>
                          ) : (
                            <span data-testid={`breakdown-score-${k}`}>{score}</span>
                          )}
                        </Table.Td>
                        <Table.Td>
                          <Group gap="sm" wrap="nowrap">
                            <IntervalBar group={g} domain={domain} overall={overall?.score ?? null} />
                            <Text
                              span
                              fz="xs"
                              className="tabular"
                              c="dimmed"
                              data-testid={`breakdown-ci-${k}`}
                              style={{ whiteSpace: 'nowrap' }}
                            >
                              {formatInterval(metric, g.ci, locale)}
                            </Text>
                          </Group>
                        </Table.Td>
                        <Table.Td data-testid={`breakdown-mark-${k}`}>
                          <Verdict group={g} thinBelow={query.data.thinBelow} locale={locale} />
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {groups.length === 1 ? (
              <Text fz="xs" c="dimmed">
                {t('analytics.breakdown.only')}
              </Text>
            ) : null}
            {!anyMarks ? (
              <Text fz="xs" c="dimmed" data-testid="breakdown-no-marks">
                {t('analytics.breakdown.noMarks')}
              </Text>
            ) : null}
          </>
        )}
      </Stack>
    </Paper>
  );
}

/** Significantly higher or lower after FDR control; else how large a difference this comparison could have found. */
function Verdict({
  group,
  thinBelow,
  locale,
}: {
  group: TMetricGroup;
  thinBelow: number;
  locale: NumberLocale;
}) {
  const { t } = useTranslation();
  const s = group.significance;
  if (group.isThin || s?.tooFewAnswers) {
    return (
      <TintBadge
        tone="thin"
        title={t('analytics.breakdown.thinText', { min: thinBelow })}
        data-verdict="thin"
      >
        {t('analytics.breakdown.thin')}
      </TintBadge>
    );
  }
  if (!s)
    return (
      <Text span c="dimmed">
        –
      </Text>
    );
  if (s.significant) {
    const higher = s.difference > 0;
    const difference = formatScore('nps', s.difference, locale);
    return (
      <Group gap={6} wrap="nowrap" data-verdict={higher ? 'higher' : 'lower'}>
        <TintBadge
          tone={higher ? 'higher' : 'lower'}
          leftSection={
            higher ? <IconArrowUpRight size={12} aria-hidden /> : <IconArrowDownRight size={12} aria-hidden />
          }
        >
          {higher ? t('analytics.breakdown.higher') : t('analytics.breakdown.lower')}
        </TintBadge>
        <Text span fz="xs" c="dimmed">
          {higher
            ? t('analytics.breakdown.higherText', { difference })
            : t('analytics.breakdown.lowerText', { difference })}
        </Text>
      </Group>
    );
  }
  return (
    <Text span fz="xs" c="dimmed" data-verdict="cannot-tell">
      {s.minDetectableDifference !== null
        ? t('analytics.breakdown.cantTell', { points: formatPoints(s.minDetectableDifference, locale) })
        : t('analytics.breakdown.cantTellPlain')}
    </Text>
  );
}

const BAR_W = 140;

/** The group's interval on the breakdown's common scale, its score as a dot, the overall score as a dashed line. */
function IntervalBar({
  group,
  domain: [min, max],
  overall,
}: {
  group: TMetricGroup;
  domain: [number, number];
  overall: number | null;
}) {
  const x = (v: number) => 4 + ((Math.max(min, Math.min(max, v)) - min) / (max - min)) * (BAR_W - 8);
  return (
    <svg width={BAR_W} height={18} aria-hidden className="ci-bar">
      <line x1={4} x2={BAR_W - 4} y1={9} y2={9} stroke="#e9ecef" strokeWidth={2} />
      {overall !== null ? (
        <line x1={x(overall)} x2={x(overall)} y1={1} y2={17} stroke="#868e96" strokeDasharray="2 2" />
      ) : null}
      {group.ci ? (
        <rect
          x={x(group.ci.low)}
          width={Math.max(2, x(group.ci.high) - x(group.ci.low))}
          y={5}
          height={8}
          rx={3}
          fill={group.isThin ? '#dee2e6' : '#b5c6ea'}
        />
      ) : null}
      {group.score !== null ? (
        <circle
          cx={x(group.score)}
          cy={9}
          r={4}
          fill={group.isThin ? '#fff' : '#2f53a3'}
          stroke="#2f53a3"
          strokeWidth={1.5}
        />
      ) : null}
    </svg>
  );
}
