import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAdjustments } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../shared/roles.js';
import { useBenchmarks } from '../api/use-benchmarks.js';
import { SectionError } from '../components/section-error.js';
import { SectionLoader } from '../components/section-loader.js';
import { AppLink } from '../router/app-link.js';
import { settingsPath } from '../router/routes.js';
import { useSession } from '../session/session-context.js';
import { BenchmarkEntry } from './benchmark-entry.js';
import { formatNpsPoints, industryName } from './benchmark-text.js';
import { ManageBenchmarksModal } from './manage-benchmarks-modal.js';

export interface BenchmarksCardProps {
  /** The organization's NPS (points) in the view the card sits in; null without answers. */
  nps: number | null;
}

/**
 * The organization's NPS next to its industry's benchmarks, each with source, year, method and
 * market, so nobody compares with a number whose origin they cannot see. People who may manage
 * settings edit, add and hide entries in a dialog.
 */
export function BenchmarksCard({ nps }: BenchmarksCardProps) {
  const { t } = useTranslation();
  const { role } = useSession();
  const id = useId();
  const list = useBenchmarks();
  const [managing, setManaging] = useState(false);
  const mayManage = can(role, 'settings.manage');
  const industry = list.data?.industry ?? null;

  return (
    <Paper
      withBorder
      p={{ base: 'lg', sm: 'xl' }}
      component="section"
      aria-labelledby={`${id}-title`}
      data-testid="benchmarks-card"
    >
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" gap="md">
          <Stack gap={4}>
            <Title order={2} fz="lg" id={`${id}-title`}>
              {t('benchmarks.title')}
            </Title>
            {industry ? (
              <Text fz="sm" c="dimmed" data-testid="benchmarks-industry">
                {t('benchmarks.industryLabel', { industry: industryName(industry) })}
              </Text>
            ) : null}
          </Stack>
          <Stack gap={0} align="flex-end">
            <Text fz="sm" c="dimmed">
              {t('benchmarks.yourNps')}
            </Text>
            <Text fz={28} fw={650} lh={1.25} className="tabular" data-testid="benchmarks-own-nps">
              {formatNpsPoints(nps)}
            </Text>
            {nps === null ? (
              <Text fz="xs" c="dimmed">
                {t('benchmarks.noNps')}
              </Text>
            ) : null}
          </Stack>
        </Group>
        <Text fz="sm" c="dimmed">
          {t('benchmarks.intro')}
        </Text>
        {list.isPending ? (
          <SectionLoader />
        ) : list.isError ? (
          <SectionError error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <>
            {industry === null ? (
              <Text fz="sm" data-testid="benchmarks-no-industry">
                {t('benchmarks.noIndustry')}
              </Text>
            ) : null}
            {list.data.items.length === 0 ? (
              <Text fz="sm" c="dimmed">
                {t('benchmarks.empty')} {mayManage ? t('benchmarks.emptyManage') : null}
              </Text>
            ) : (
              <Stack
                component="ul"
                gap={0}
                m={0}
                p={0}
                style={{ listStyle: 'none' }}
                aria-label={t('benchmarks.title')}
              >
                {list.data.items.map((entry) => (
                  <BenchmarkEntry key={entry.id} entry={entry} nps={nps} />
                ))}
              </Stack>
            )}
          </>
        )}
        <Group justify="space-between" gap="md">
          <AppLink to={settingsPath('organization')} fz="sm" data-testid="benchmarks-industry-link">
            {industry === null ? t('benchmarks.chooseIndustry') : t('benchmarks.changeIndustry')}
          </AppLink>
          {mayManage ? (
            <Button
              variant="light"
              size="xs"
              leftSection={<IconAdjustments size={16} aria-hidden />}
              onClick={() => setManaging(true)}
              data-testid="benchmarks-manage-open"
            >
              {t('benchmarks.manage')}
            </Button>
          ) : null}
        </Group>
      </Stack>
      {mayManage ? (
        <ManageBenchmarksModal
          opened={managing}
          onClose={() => setManaging(false)}
          industry={industry}
          nps={nps}
        />
      ) : null}
    </Paper>
  );
}
