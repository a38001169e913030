import { Alert, Box, Group, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import i18next from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TNpsSnapshot } from '../../shared/contracts/metrics-snapshot.js';
import { useSnapshot } from '../api/use-snapshot.js';
import { SectionError } from '../components/section-error.js';
import { SectionLoader } from '../components/section-loader.js';
import { formatDateTime, formatNumber } from '../lib/format.js';
import { NPS_COLORS } from '../contacts/nps.js';
import { formatPercent } from '../lib/format-percent.js';
import { localeOf } from '../lib/number-locale.js';
import { formatNpsPoints } from './benchmark-text.js';

// The category colours of every NPS view (contacts, overview): light tints under dark text, which keeps the labels readable.
const CATEGORIES = [
  { key: 'promoters', color: NPS_COLORS.promoter },
  { key: 'passives', color: NPS_COLORS.passive },
  { key: 'detractors', color: NPS_COLORS.detractor },
] as const;

// One percent format everywhere (lib/format-percent): whole percent, the locale's own style.
const percent = (value: number) => formatPercent(value, localeOf(i18next.language));

/**
 * Promoters, passives and detractors right now: each customer counted once, by their latest
 * answer, as a stacked bar with each share's n and interval. The source advises taking this
 * snapshot (and asking the customers concerned) before any policy or price change.
 */
export function SnapshotCard() {
  const { t } = useTranslation();
  const id = useId();
  const snapshot = useSnapshot();

  return (
    <Paper
      withBorder
      p={{ base: 'lg', sm: 'xl' }}
      component="section"
      aria-labelledby={`${id}-title`}
      data-testid="snapshot-card"
    >
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} fz="lg" id={`${id}-title`}>
            {t('benchmarks.snapshot.title')}
          </Title>
          {snapshot.data ? (
            <Text fz="sm" c="dimmed">
              {t('benchmarks.snapshot.subtitle', { date: formatDateTime(snapshot.data.asOf) })}
            </Text>
          ) : null}
        </Stack>
        {snapshot.isPending ? (
          <SectionLoader />
        ) : snapshot.isError ? (
          <SectionError error={snapshot.error} onRetry={() => void snapshot.refetch()} />
        ) : (
          <SnapshotBody data={snapshot.data} />
        )}
        <Alert
          variant="light"
          color="blue"
          icon={<IconInfoCircle size={18} aria-hidden />}
          data-testid="snapshot-advice"
        >
          {t('benchmarks.snapshot.advice')}
        </Alert>
      </Stack>
    </Paper>
  );
}

function SnapshotBody({ data }: { data: TNpsSnapshot }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      {data.respondents === 0 ? (
        <Text fz="sm" c="dimmed" data-testid="snapshot-empty">
          {t('benchmarks.snapshot.empty')}
        </Text>
      ) : (
        <>
          <Progress.Root
            size={28}
            radius="sm"
            aria-label={t('benchmarks.snapshot.barLabel')}
            data-testid="snapshot-bar"
          >
            {CATEGORIES.map(({ key, color }) =>
              (data[key].share ?? 0) > 0 ? (
                <Progress.Section
                  key={key}
                  value={data[key].share ?? 0}
                  color={color.tint}
                  aria-label={`${t(`benchmarks.snapshot.${key}`)}: ${percent(data[key].share ?? 0)}`}
                >
                  {(data[key].share ?? 0) >= 12 ? (
                    <Progress.Label c={color.text}>{percent(data[key].share ?? 0)}</Progress.Label>
                  ) : null}
                </Progress.Section>
              ) : null,
            )}
          </Progress.Root>
          <SimpleGrid component="dl" cols={{ base: 1, sm: 3 }} spacing="md" m={0}>
            {CATEGORIES.map(({ key, color }) => (
              <Box key={key} data-testid={`snapshot-${key}`}>
                <Group gap={6} component="dt">
                  <Box w={10} h={10} bg={color.dot} style={{ borderRadius: 2 }} aria-hidden />
                  <Text fz="sm" c="dimmed" span>
                    {t(`benchmarks.snapshot.${key}`)}
                  </Text>
                </Group>
                <Text component="dd" m={0} fz={24} fw={650} lh={1.25} className="tabular">
                  {data[key].share === null ? '–' : percent(data[key].share ?? 0)}
                </Text>
                <Text component="dd" m={0} fz="xs" c="dimmed" className="tabular">
                  {t('benchmarks.snapshot.count', { n: formatNumber(data[key].n) })}
                  {data[key].ci
                    ? ` · ${t('benchmarks.snapshot.interval', { low: percent(data[key].ci?.low ?? 0), high: percent(data[key].ci?.high ?? 0) })}`
                    : null}
                </Text>
              </Box>
            ))}
          </SimpleGrid>
          {data.nps ? (
            <Text fz="sm" className="tabular" data-testid="snapshot-nps">
              <Text span fw={600}>
                {t('benchmarks.snapshot.nps', { score: formatNpsPoints(data.nps.score) })}
              </Text>{' '}
              <Text span c="dimmed" fz="sm">
                (
                {t('benchmarks.snapshot.npsInterval', {
                  low: formatNpsPoints(data.nps.ci.low),
                  high: formatNpsPoints(data.nps.ci.high),
                })}
                )
              </Text>
            </Text>
          ) : null}
          {data.isThin ? (
            <Text fz="sm" c="orange.8" data-testid="snapshot-thin">
              {t('benchmarks.snapshot.thin')}
            </Text>
          ) : null}
        </>
      )}
      <Group gap="xl" data-testid="snapshot-reach">
        <Text fz="sm">
          {t('benchmarks.snapshot.respondents', {
            count: data.respondents,
            contacts: formatNumber(data.contacts),
          })}
        </Text>
        <Text fz="sm" c="dimmed">
          {t('benchmarks.snapshot.askedNotAnswered')}:{' '}
          <span className="tabular">{formatNumber(data.askedNotAnswered)}</span>
        </Text>
        <Text fz="sm" c="dimmed">
          {t('benchmarks.snapshot.neverAsked')}:{' '}
          <span className="tabular">{formatNumber(data.neverAsked)}</span>
        </Text>
      </Group>
    </Stack>
  );
}
