import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TWorkspaceSummary } from '../../shared/contracts/workspace.js';
import { BarList } from '../components/bar-list.js';
import { formatDate, formatLanguage, formatNumber } from '../lib/format.js';
import { channelName, metricName } from './feedback-labels.js';
import { GlanceStat } from './glance-stat.js';

export interface WorkspaceGlanceProps {
  summary: TWorkspaceSummary;
}

/**
 * What the organization holds, read from the server so it survives a reload: counts, feedback
 * per channel and scored answers per metric. The scores themselves are the analytics above it.
 */
export function WorkspaceGlance({ summary }: WorkspaceGlanceProps) {
  const { t } = useTranslation();
  const id = useId();
  const scored = summary.byMetric.reduce((sum, m) => sum + m.n, 0);
  const languages = summary.languages.map((l) => formatLanguage(l.language)).join(', ');

  return (
    <Paper
      withBorder
      p={{ base: 'lg', sm: 'xl' }}
      mb="xl"
      component="section"
      aria-labelledby={`${id}-title`}
      data-testid="workspace-glance"
    >
      <Stack gap="xl">
        <Stack gap={4}>
          <Title order={2} fz="lg" id={`${id}-title`}>
            {t('overview.glance.title')}
          </Title>
          <Text c="dimmed" fz="sm" data-testid="glance-span">
            {summary.firstAt && summary.lastAt
              ? t('overview.glance.span', {
                  from: formatDate(summary.firstAt),
                  to: formatDate(summary.lastAt),
                })
              : t('overview.glance.noFeedback')}
          </Text>
        </Stack>
        <SimpleGrid component="dl" cols={{ base: 2, md: 4 }} spacing="lg" verticalSpacing="lg" m={0}>
          <GlanceStat
            label={t('overview.glance.contacts')}
            value={formatNumber(summary.contacts)}
            data-testid="glance-contacts"
          />
          <GlanceStat
            label={t('overview.glance.feedbackItems')}
            value={formatNumber(summary.feedbackItems)}
            data-testid="glance-feedback"
          />
          <GlanceStat
            label={t('overview.glance.scored')}
            value={formatNumber(scored)}
            data-testid="glance-scored"
          />
          <GlanceStat
            label={t('overview.glance.languages')}
            value={formatNumber(summary.languages.length)}
            caption={languages.length > 0 ? languages : undefined}
            data-testid="glance-languages"
          />
        </SimpleGrid>
        {summary.feedbackItems > 0 ? (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
            <Stack gap="sm">
              <Title order={3} fz="md" id={`${id}-channels`}>
                {t('overview.glance.byChannel')}
              </Title>
              <BarList
                items={summary.byChannel.map((c) => ({
                  key: c.channel,
                  label: channelName(c.channel),
                  n: c.n,
                }))}
                total={summary.feedbackItems}
                labelledBy={`${id}-channels`}
                data-testid="channel-bars"
                itemTestIdPrefix="channel-bar-"
              />
            </Stack>
            {scored > 0 ? (
              <Stack gap="sm">
                <Title order={3} fz="md" id={`${id}-metrics`}>
                  {t('overview.glance.byMetric')}
                </Title>
                <BarList
                  items={summary.byMetric.map((m) => ({
                    key: m.metric,
                    label: metricName(m.metric),
                    n: m.n,
                  }))}
                  total={scored}
                  labelledBy={`${id}-metrics`}
                  data-testid="metric-bars"
                  itemTestIdPrefix="metric-bar-"
                />
              </Stack>
            ) : null}
          </SimpleGrid>
        ) : null}
      </Stack>
    </Paper>
  );
}
