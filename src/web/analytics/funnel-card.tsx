import { Box, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunnel } from '../../shared/contracts/sending.js';
import type { TMetricFilters } from '../../shared/contracts/metrics.js';
import { useFunnel } from '../api/use-funnel.js';
import { QueryFallback } from '../components/query-fallback.js';
import { AppLink } from '../router/app-link.js';
import { areaPath } from '../router/routes.js';
import { useNumberLocale } from './drill-link.js';
import { formatCount, formatInterval, formatPercentValue } from './format-metric.js';
import { FUNNEL_FILTER_KEYS } from './funnel-filter-keys.js';
import { BREAKDOWN_DIMENSIONS, COMMENT_FILTER_KEYS, filterKeyOf } from './overview-url.js';

/** The funnel in the order an invitation moves through it, then what stopped some. */
const STEPS = [
  'invited',
  'sent',
  'delivered',
  'opened',
  'clicked',
  'answered',
  'bounced',
  'unsubscribed',
  'throttled',
] as const satisfies readonly (keyof TFunnel)[];

/** Response rate (with its interval) and the send funnel of every invitation in the view's period. */
export function FunnelCard({ filters }: { filters: TMetricFilters }) {
  const { t } = useTranslation();
  const locale = useNumberLocale();
  const id = useId();
  const query = useFunnel(filters);
  const set = filters as Record<string, string | undefined>;
  // Filters the funnel cannot apply are named, so its numbers are not read as filtered.
  const unapplied = BREAKDOWN_DIMENSIONS.filter(
    (d) => set[filterKeyOf(d)] && !(FUNNEL_FILTER_KEYS as readonly string[]).includes(filterKeyOf(d)),
  );
  // An invitation has no comment: the funnel never narrows by theme or sentiment.
  const unappliedComment = COMMENT_FILTER_KEYS.filter((k) => set[k]);
  const funnel = query.data?.funnel;
  const rate = query.data?.responseRate;

  return (
    <Paper
      withBorder
      p="lg"
      component="section"
      aria-labelledby={`${id}-title`}
      className="analytics-card"
      data-testid="funnel-card"
      data-fetching={query.isPlaceholderData || undefined}
    >
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={2} fz="md" id={`${id}-title`}>
            {t('analytics.funnel.title')}
          </Title>
          <Text fz="xs" c="dimmed">
            {t('analytics.funnel.subtitle')}
          </Text>
        </Stack>
        {!query.isSuccess || !funnel ? (
          <QueryFallback query={query} />
        ) : funnel.invited === 0 ? (
          <Stack gap="xs" data-testid="funnel-empty">
            <Text c="dimmed" fz="sm">
              {t('analytics.funnel.empty')}
            </Text>
            <AppLink to={areaPath('surveys')} fz="sm">
              {t('analytics.funnel.toSurveys')}
            </AppLink>
          </Stack>
        ) : (
          <>
            {rate ? (
              <Group gap="md" align="baseline" wrap="wrap">
                <Text fz={32} fw={700} lh={1.1} className="tabular" data-testid="response-rate">
                  {formatPercentValue(rate.percent, locale)}
                </Text>
                <Stack gap={0}>
                  <Text fz="sm" fw={500}>
                    {t('analytics.funnel.rate')}
                  </Text>
                  <Text fz="xs" c="dimmed">
                    {t('analytics.cards.interval')}:{' '}
                    <span className="tabular" data-testid="ci-response-rate">
                      {formatInterval('csat', rate.ci, locale)}
                    </span>
                  </Text>
                  <Text fz="xs" c="dimmed">
                    {t('analytics.funnel.rateOf', {
                      answered: formatCount(rate.answered, locale),
                      sent: formatCount(rate.sent, locale),
                    })}
                  </Text>
                </Stack>
              </Group>
            ) : null}
            <Stack
              component="ul"
              gap={8}
              m={0}
              p={0}
              style={{ listStyle: 'none' }}
              aria-labelledby={`${id}-title`}
            >
              {STEPS.map((step) => {
                const value = funnel[step];
                if (value === null) return null;
                return (
                  <li key={step}>
                    <Group justify="space-between" gap="xs" wrap="nowrap" mb={3}>
                      <Text fz="sm">{t(`analytics.funnel.steps.${step}`)}</Text>
                      <Text fz="sm" fw={600} className="tabular" data-testid={`funnel-${step}`}>
                        {formatCount(value, locale)}
                      </Text>
                    </Group>
                    <Box className="funnel-track" aria-hidden>
                      <Box
                        className="funnel-fill"
                        style={{
                          width: `${(value / funnel.invited) * 100}%`,
                          opacity:
                            step === 'bounced' || step === 'unsubscribed' || step === 'throttled' ? 0.55 : 1,
                        }}
                      />
                    </Box>
                  </li>
                );
              })}
            </Stack>
            {funnel.opened === null ? (
              <Text fz="xs" c="dimmed">
                {t('analytics.funnel.openedOff')}
              </Text>
            ) : null}
            {unapplied.length + unappliedComment.length > 0 ? (
              <Text fz="xs" c="dimmed" data-testid="funnel-not-filtered">
                {t('analytics.funnel.notFiltered', {
                  dimensions: [
                    ...unapplied.map((d) => t(`analytics.dimensions.${d}`)),
                    ...unappliedComment.map((k) => t(`responses.filters.${k}`)),
                  ].join(', '),
                })}
              </Text>
            ) : null}
          </>
        )}
      </Stack>
    </Paper>
  );
}
