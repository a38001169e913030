import { Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../lib/format.js';
import { NpsBadge } from './nps-badge.js';
import type { NpsPoint } from './nps.js';
import { ScoreHistoryChart } from './score-history-chart.js';

/** The current NPS category (from the latest answer) and the history of answers. */
export function ContactNpsCard({ points }: { points: readonly NpsPoint[] }) {
  const { t } = useTranslation();
  const id = useId();
  const latest = points[points.length - 1];
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={id} h="100%">
      <Stack gap="sm">
        <Title order={2} fz="md" id={id}>
          {t('contacts.profile.npsTitle')}
        </Title>
        <div data-testid="customer-nps">
          {latest ? (
            <Stack gap={6}>
              <div>
                <NpsBadge score={latest.score} />
              </div>
              <Text fz="sm" c="dimmed">
                {t('contacts.profile.npsScore', { score: latest.score, date: formatDate(latest.at) })}
              </Text>
            </Stack>
          ) : (
            <Text fz="sm" c="dimmed">
              {t('contacts.profile.npsNone')}
            </Text>
          )}
        </div>
        {latest ? (
          <Stack gap={4}>
            <Text fz="xs" fw={600} c="dimmed" tt="uppercase" style={{ letterSpacing: '0.04em' }}>
              {t('contacts.profile.npsHistory')}
            </Text>
            <ScoreHistoryChart points={points} />
            {points.length === 1 ? (
              <Text fz="xs" c="dimmed">
                {t('contacts.profile.npsOnlyOne')}
              </Text>
            ) : null}
          </Stack>
        ) : null}
      </Stack>
    </Paper>
  );
}
