import { Alert, Badge, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconHelpCircle, IconTrendingDown } from '@tabler/icons-react';
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TMetricFilters, TMetricGroup, TMetricsComparison } from '../../shared/contracts/metrics.js';
import { useMetricsCompare, type ComparePeriods } from '../api/use-metrics-compare.js';
import { SectionError } from '../components/section-error.js';
import { SectionLoader } from '../components/section-loader.js';
import { formatDate, formatNumber } from '../lib/format.js';
import { navigate, useLocation } from '../router/history.js';
import { defaultPeriods, isValidPeriods, shiftDay } from './compare-periods.js';
import { readComparePeriods, withComparePeriods } from './compare-url.js';
import { formatNpsInterval, formatNpsPoints } from '../benchmarks/benchmark-text.js';
import { formatInterval, formatPValue, formatStat } from './format-stat.js';
import { IntervalAxisChart } from './interval-axis-chart.js';

const COLORS = { a: '#5c7cfa', b: '#ae3ec9' } as const;
type Verdict = NonNullable<TMetricsComparison['comparison']>['drop']['verdict'];
const VERDICT_LOOK: Record<Verdict, { color: string; Icon: typeof IconAlertTriangle }> = {
  'confirmed-drop': { color: 'red', Icon: IconTrendingDown },
  'material-drop': { color: 'red', Icon: IconAlertTriangle },
  'significant-drop': { color: 'orange', Icon: IconAlertTriangle },
  'cannot-tell': { color: 'gray', Icon: IconHelpCircle },
  'no-material-drop': { color: 'teal', Icon: IconCircleCheck },
};

const today = () => new Date().toISOString().slice(0, 10);

/** Period dates as the inputs show them: `to` is exclusive for the API, the last day on screen. */
function PeriodInputs({
  which,
  from,
  to,
  onChange,
}: {
  which: 'a' | 'b';
  from: string;
  to: string;
  onChange: (from: string, to: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <TextInput
        type="date"
        label={t('responses.compare.from')}
        aria-label={`${t(`responses.compare.period${which === 'a' ? 'A' : 'B'}`)}: ${t('responses.compare.from')}`}
        value={from}
        onChange={(e) => onChange(e.currentTarget.value, to)}
        w={150}
        size="xs"
        data-testid={`compare-${which}-from`}
      />
      <TextInput
        type="date"
        label={t('responses.compare.to')}
        aria-label={`${t(`responses.compare.period${which === 'a' ? 'A' : 'B'}`)}: ${t('responses.compare.to')}`}
        value={to ? shiftDay(to, -1) : ''}
        onChange={(e) => onChange(from, e.currentTarget.value ? shiftDay(e.currentTarget.value, 1) : '')}
        w={150}
        size="xs"
        data-testid={`compare-${which}-to`}
      />
    </Group>
  );
}

function PeriodFigure({
  which,
  group,
  from,
  to,
}: {
  which: 'a' | 'b';
  group: TMetricGroup;
  from: string;
  to: string;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap={2} data-testid={`compare-${which}`}>
      <Group gap={6}>
        <span
          aria-hidden
          style={{
            width: 10,
            height: 10,
            borderRadius: 5,
            background: COLORS[which],
            display: 'inline-block',
          }}
        />
        <Text fz="sm" fw={600}>
          {t(`responses.compare.period${which === 'a' ? 'A' : 'B'}`)}
        </Text>
        <Text fz="xs" c="dimmed">
          {formatDate(`${from}T00:00:00Z`)} – {formatDate(`${shiftDay(to, -1)}T00:00:00Z`)}
        </Text>
      </Group>
      <Text fz={28} fw={700} lh={1.1} data-testid={`compare-${which}-score`} data-value={group.score ?? ''}>
        {formatNpsPoints(group.score)}
      </Text>
      <Text fz="sm" c="dimmed">
        {group.ci
          ? t('responses.compare.interval', { interval: formatNpsInterval(group.ci) })
          : t('responses.compare.noInterval')}{' '}
        ·{' '}
        <span data-testid={`compare-${which}-n`} data-value={group.n}>
          n = {formatNumber(group.n)}
        </span>
      </Text>
      {group.isThin && group.n > 0 ? (
        <Badge variant="light" color="gray" size="sm" tt="none" w="fit-content">
          {t('responses.compare.thin')}
        </Badge>
      ) : null}
    </Stack>
  );
}

/**
 * NPS of two periods side by side — by default the view's period (B) against the one before it
 * (A), both editable — with the difference, its 95 % interval and p-value, and the drop verdict
 * in words (STATS.md: significant, material, confirmed; or that the data cannot tell yet).
 */
export function ComparePeriodsPanel({ filters }: { filters: TMetricFilters }) {
  const { t } = useTranslation();
  const id = useId();
  const { pathname, search } = useLocation();
  const defaults = useMemo(
    () => defaultPeriods({ from: filters.from, to: filters.to }, today()),
    [filters.from, filters.to],
  );
  // Chosen periods live in the address like every other filter (back, forward and shared links
  // show the same comparison); without them, the view's period against the one before it.
  const fromAddress = useMemo(() => readComparePeriods(search), [search]);
  const shown = fromAddress ?? defaults;
  // An edit the address cannot hold yet (a cleared field, an end before its start) stays here until it is whole.
  const [draft, setDraft] = useState<ComparePeriods | null>(null);
  useEffect(() => setDraft(null), [shown]);
  const periods = draft ?? shown;
  const setPeriods = (next: ComparePeriods) => {
    if (!isValidPeriods(next)) return setDraft(next);
    setDraft(null);
    navigate(`${pathname}${withComparePeriods(search, next)}`);
  };
  const valid = isValidPeriods(periods);
  const compare = useMetricsCompare(filters, valid ? periods : null);
  const data = compare.data;

  let body;
  if (!valid)
    body = (
      <Alert color="orange" variant="light">
        {t('responses.compare.invalid')}
      </Alert>
    );
  else if (compare.isPending) body = <SectionLoader />;
  else if (compare.isError)
    body = <SectionError error={compare.error} onRetry={() => void compare.refetch()} />;
  else if (data) {
    const c = data.comparison;
    const look = c ? VERDICT_LOOK[c.drop.verdict] : null;
    const intervals = [
      { key: 'a', group: data.a },
      { key: 'b', group: data.b },
    ].flatMap(({ key, group }) =>
      group.ci && group.score !== null
        ? [
            {
              key,
              label: key.toUpperCase(),
              name: t(`responses.compare.period${key === 'a' ? 'A' : 'B'}`),
              estimate: group.score,
              low: group.ci.low,
              high: group.ci.high,
              color: COLORS[key as 'a' | 'b'],
            },
          ]
        : [],
    );
    body = (
      <Stack
        gap="md"
        style={{ opacity: compare.isPlaceholderData ? 0.6 : 1 }}
        aria-busy={compare.isPlaceholderData}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <PeriodFigure which="a" group={data.a} from={periods.aFrom} to={periods.aTo} />
          <PeriodFigure which="b" group={data.b} from={periods.bFrom} to={periods.bTo} />
        </SimpleGrid>
        {intervals.length > 0 ? (
          <IntervalAxisChart
            intervals={intervals}
            description={intervals
              .map((i) =>
                t('responses.compare.chartRow', {
                  label: i.name,
                  score: formatNpsPoints(i.estimate),
                  interval: formatNpsInterval({ low: i.low, high: i.high }),
                }),
              )
              .join(' ')}
          />
        ) : null}
        {c && look ? (
          <>
            <Group gap="xl" align="flex-start" wrap="wrap">
              <Stack gap={0}>
                <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
                  {t('responses.compare.difference')}
                </Text>
                <Text fz={22} fw={700} data-testid="compare-difference" data-value={c.observedDifference}>
                  {formatStat(c.observedDifference, 1, true)} {t('responses.compare.points')}
                </Text>
              </Stack>
              <Stack gap={0}>
                <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
                  {t('responses.compare.differenceInterval')}
                </Text>
                <Text fz="lg" fw={600} data-testid="compare-difference-ci">
                  {formatInterval(c.ci.low, c.ci.high)}
                </Text>
              </Stack>
              <Stack gap={0}>
                <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
                  {t('responses.compare.pValue')}
                </Text>
                <Text fz="lg" fw={600} data-testid="compare-p-value" data-value={c.pValue}>
                  {formatPValue(c.pValue)}
                </Text>
              </Stack>
            </Group>
            <Alert
              color={look.color}
              variant="light"
              // The light variant's tinted title misses AA contrast on its own tint; the icon carries the colour.
              styles={{ title: { color: 'var(--mantine-color-dark-8)' } }}
              icon={<look.Icon size={18} aria-hidden />}
              title={t(`responses.compare.verdicts.${c.drop.verdict}.title`)}
              data-testid="compare-verdict"
              data-verdict={c.drop.verdict}
            >
              {c.drop.verdict === 'cannot-tell' && c.drop.answersNeededPerPeriod !== null
                ? t('responses.compare.verdicts.cannot-tell.needed', {
                    count: c.drop.answersNeededPerPeriod,
                    formatted: formatNumber(c.drop.answersNeededPerPeriod),
                  })
                : t(`responses.compare.verdicts.${c.drop.verdict}.text`)}
            </Alert>
            <Text fz="xs" c="dimmed">
              {t('responses.compare.method')}
            </Text>
          </>
        ) : (
          <Alert color="gray" variant="light" data-testid="compare-verdict" data-verdict="none">
            {t('responses.compare.noAnswers')}
          </Alert>
        )}
      </Stack>
    );
  }

  return (
    <Paper
      withBorder
      p="lg"
      component="section"
      aria-labelledby={`${id}-title`}
      data-testid="compare-periods-panel"
    >
      <Stack gap="md">
        <Group justify="space-between" align="flex-end" wrap="wrap" gap="md">
          <Stack gap={2}>
            <Title order={2} fz="lg" id={`${id}-title`}>
              {t('responses.compare.title')}
            </Title>
            <Text fz="sm" c="dimmed">
              {t('responses.compare.subtitle')}
            </Text>
          </Stack>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Stack gap={4}>
            <Text fz="sm" fw={600}>
              {t('responses.compare.periodA')}
            </Text>
            <PeriodInputs
              which="a"
              from={periods.aFrom}
              to={periods.aTo}
              onChange={(aFrom, aTo) => setPeriods({ ...periods, aFrom, aTo })}
            />
          </Stack>
          <Stack gap={4}>
            <Text fz="sm" fw={600}>
              {t('responses.compare.periodB')}
            </Text>
            <PeriodInputs
              which="b"
              from={periods.bFrom}
              to={periods.bTo}
              onChange={(bFrom, bTo) => setPeriods({ ...periods, bFrom, bTo })}
            />
          </Stack>
        </SimpleGrid>
        {body}
      </Stack>
    </Paper>
  );
}
