import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconPlayerPause, IconPlayerPlay } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TSegment } from '../../../shared/contracts/segments.js';
import type { TSurveySend } from '../../../shared/contracts/sending.js';
import { useSetSendStatus } from '../../api/use-set-send-status.js';
import { formatDate, formatDelay, formatNumber } from '../../lib/format.js';
import { notifySuccess } from '../../lib/notify.js';
import { FunnelChart } from './funnel-chart.js';

const STATUS_COLORS: Record<TSurveySend['status'], { text: string; tint: string }> = {
  active: { text: '#1b5e2a', tint: '#d3f9d8' },
  paused: { text: '#6b4100', tint: '#fff3bf' },
  done: { text: '#343a40', tint: '#f1f3f5' },
};

export interface SendCardProps {
  send: TSurveySend;
  segments: readonly TSegment[];
  surveyId: string;
  canManage: boolean;
}

/** One send: what it is, whom it reaches, its status with pause/resume, and its own funnel on request. */
export function SendCard({ send, segments, surveyId, canManage }: SendCardProps) {
  const { t } = useTranslation();
  const setStatus = useSetSendStatus(surveyId);
  const [isOpen, setOpen] = useState(false);
  const funnelId = useId();
  const titleId = useId();
  const date = formatDate(send.createdAt);

  const segmentName = send.segmentId ? segments.find((s) => s.id === send.segmentId)?.name : undefined;
  const audience =
    send.kind === 'event'
      ? send.delaySeconds > 0
        ? t('sending.sends.onEvent', { event: send.event ?? '', delay: formatDelay(send.delaySeconds) })
        : t('sending.sends.onEventNow', { event: send.event ?? '' })
      : send.kind === 'api'
        ? send.delaySeconds > 0
          ? t('sending.sends.apiDelayed', { delay: formatDelay(send.delaySeconds) })
          : t('sending.sends.api')
        : segmentName
          ? t('sending.sends.segment', { name: segmentName })
          : t('sending.sends.segmentGone');
  const rhythm =
    send.kind === 'recurring' && send.everyDays
      ? t('sending.sends.everyDays', { days: send.everyDays })
      : null;
  const canToggle =
    canManage && send.status !== 'done' && (send.kind === 'recurring' || send.kind === 'event');
  const colors = STATUS_COLORS[send.status];

  const toggle = () => {
    const status = send.status === 'active' ? 'paused' : 'active';
    setStatus.mutate(
      { sendId: send.id, status },
      {
        onSuccess: () =>
          notifySuccess(t(status === 'paused' ? 'sending.sends.paused' : 'sending.sends.resumed')),
      },
    );
  };

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="article"
      aria-labelledby={titleId}
      data-testid={`send-${send.id}`}
      data-kind={send.kind}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={2} style={{ minWidth: 0, flex: '1 1 240px' }}>
            <Group gap="xs">
              <Text fw={600} id={titleId}>
                {t(`sending.sends.kinds.${send.kind}`)}
              </Text>
              {/* A send to pasted ids is done once planned; its stored status says nothing the funnel does not. */}
              {send.kind === 'api' ? null : (
                <Badge
                  radius="sm"
                  styles={{ root: { background: colors.tint, color: colors.text, textTransform: 'none' } }}
                  data-testid="send-status"
                >
                  {t(`sending.sends.statuses.${send.status}`)}
                </Badge>
              )}
            </Group>
            <Text fz="sm" className="wrap-anywhere">
              {rhythm ? `${audience} · ${rhythm}` : audience}
            </Text>
            <Text fz="xs" c="dimmed">
              {t('sending.sends.started', { date })} ·{' '}
              {t('sending.sends.summary', {
                invited: formatNumber(send.funnel.invited),
                sent: formatNumber(send.funnel.sent),
                answered: formatNumber(send.funnel.answered),
              })}
            </Text>
          </Stack>
          <Group gap="xs">
            {canToggle ? (
              <Button
                size="xs"
                variant="default"
                leftSection={
                  send.status === 'active' ? (
                    <IconPlayerPause size={14} aria-hidden />
                  ) : (
                    <IconPlayerPlay size={14} aria-hidden />
                  )
                }
                onClick={toggle}
                loading={setStatus.isPending}
                aria-label={t(
                  send.status === 'active' ? 'sending.sends.pauseLabel' : 'sending.sends.resumeLabel',
                  { date },
                )}
                data-testid="send-toggle"
              >
                {t(send.status === 'active' ? 'sending.sends.pause' : 'sending.sends.resume')}
              </Button>
            ) : null}
            <Button
              size="xs"
              variant="subtle"
              rightSection={
                isOpen ? <IconChevronUp size={14} aria-hidden /> : <IconChevronDown size={14} aria-hidden />
              }
              onClick={() => setOpen((v) => !v)}
              aria-expanded={isOpen}
              data-testid="send-funnel-toggle"
            >
              {t('sending.sends.showFunnel')}
            </Button>
          </Group>
        </Group>
        {isOpen ? (
          <Stack gap="xs" pt="xs">
            <Text fz="sm" fw={600} id={funnelId}>
              {t('sending.funnel.sendTitle')}
            </Text>
            {send.funnel.invited === 0 ? (
              <Text fz="sm" c="dimmed" data-testid={`funnel-send-${send.id}`}>
                {t('sending.sends.noInvitations')}
              </Text>
            ) : (
              <FunnelChart
                funnel={send.funnel}
                labelledBy={funnelId}
                isOpenedNoteShown={false}
                data-testid={`funnel-send-${send.id}`}
              />
            )}
          </Stack>
        ) : null}
      </Stack>
    </Paper>
  );
}
