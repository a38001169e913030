import { Alert, Box, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconEyeOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TFunnel } from '../../../shared/contracts/sending.js';
import { BarList } from '../../components/bar-list.js';
import { formatNumber } from '../../lib/format.js';

const STAGES = ['invited', 'sent', 'delivered', 'opened', 'clicked', 'answered'] as const;
const OTHER = ['bounced', 'unsubscribed', 'throttled', 'skipped', 'held', 'reminded'] as const;

export interface FunnelChartProps {
  funnel: TFunnel;
  /** The id of the heading that names this funnel. */
  labelledBy: string;
  /** Whether to explain that opens are not counted; once per page is enough. */
  isOpenedNoteShown?: boolean;
  'data-testid': string;
}

/**
 * Invited → sent → delivered → (opened) → clicked → answered as horizontal bars, each a share
 * of the invited, then the outcomes that leave the funnel. Opens are null while open tracking
 * is off, and then the chart says so rather than showing a zero.
 */
export function FunnelChart({
  funnel,
  labelledBy,
  isOpenedNoteShown = true,
  'data-testid': testId,
}: FunnelChartProps) {
  const { t } = useTranslation();
  const stages = STAGES.flatMap((stage) => {
    const n = funnel[stage];
    return n === null ? [] : [{ key: stage, label: t(`sending.funnel.stages.${stage}`), n }];
  });
  return (
    <Stack gap="md" data-testid={testId}>
      <BarList
        items={stages}
        total={funnel.invited}
        labelledBy={labelledBy}
        itemTestIdPrefix={`${testId}-`}
      />
      <Box>
        <Text fz="xs" c="dimmed" fw={600} tt="uppercase" mb={6} style={{ letterSpacing: '0.04em' }}>
          {t('sending.funnel.otherTitle')}
        </Text>
        <SimpleGrid component="dl" cols={{ base: 2, xs: 3, md: 6 }} spacing="xs" verticalSpacing="xs" m={0}>
          {OTHER.map((key) => (
            <div key={key} className="funnel-other" data-testid={`${testId}-${key}`}>
              <Text component="dt" fz="xs" c="dimmed">
                {t(`sending.funnel.other.${key}`)}
              </Text>
              <Text component="dd" fz="md" fw={600} m={0} className="tabular">
                {formatNumber(funnel[key])}
              </Text>
            </div>
          ))}
        </SimpleGrid>
      </Box>
      {funnel.opened === null && isOpenedNoteShown ? (
        <Alert
          variant="light"
          color="gray"
          icon={<IconEyeOff size={16} aria-hidden />}
          p="xs"
          data-testid={`${testId}-opened-off`}
        >
          <Text fz="xs">{t('sending.funnel.openedOff')}</Text>
        </Alert>
      ) : null}
    </Stack>
  );
}
