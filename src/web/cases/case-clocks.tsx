import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TSlaClock } from '../../shared/contracts/cases.js';
import { formatDateTime } from '../lib/format.js';
import { slaMetricLabel } from './case-labels.js';
import { countdown, formatDuration } from './sla-countdown.js';
import { useNow } from './use-now.js';

/** Red when overdue, orange when due soon, green when met; a running clock in the text colour. */
function textColor(color: string | undefined, state: TSlaClock['state']): { c?: string } {
  if (color) return { c: color };
  if (state === 'met') return { c: 'teal.9' };
  return state === 'running' ? {} : { c: 'dimmed' };
}

/** One SLA target: where it stands now, counting down on screen while it runs. */
function Clock({ clock, now }: { clock: TSlaClock; now: number }) {
  const { t, i18n } = useTranslation();
  const duration = (minutes: number) => formatDuration(minutes, i18n.language);
  const ticking = (clock.state === 'running' || clock.state === 'breached') && clock.dueAt !== null;
  const left = ticking && clock.dueAt ? countdown(clock.dueAt, now) : null;
  const overdue = left?.overdue ?? clock.state === 'breached';

  let headline: string;
  if (left)
    headline = t(left.overdue ? 'cases.sla.overdueBy' : 'cases.sla.dueIn', {
      duration: duration(left.minutes),
    });
  else if (clock.state === 'breached')
    headline = t('cases.sla.overdueBy', { duration: duration(-clock.remainingMinutes) });
  else if (clock.state === 'paused')
    headline = t('cases.clocks.pausedLeft', { duration: duration(clock.remainingMinutes) });
  else if (clock.state === 'met') headline = t('cases.clocks.met');
  else headline = t('cases.clocks.notStarted');

  const color = overdue ? 'red.9' : clock.isWarning && clock.state === 'running' ? '#a33a00' : undefined;
  return (
    <Stack
      component="li"
      gap={4}
      py="sm"
      data-testid={`case-clock-${clock.metric}`}
      data-state={overdue ? 'overdue' : clock.state}
    >
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text fz="sm" fw={600}>
          {slaMetricLabel(t, clock.metric)}
        </Text>
        <Badge variant="outline" color="gray" c="dark.6" radius="sm" tt="none" size="sm">
          {clock.businessHours ? t('cases.clocks.businessHours') : t('cases.clocks.allDay')}
        </Badge>
      </Group>
      <Text
        fz="md"
        fw={overdue || color ? 700 : 500}
        {...textColor(color, clock.state)}
        aria-live="off"
        data-testid="case-clock-text"
      >
        {headline}
      </Text>
      <Text fz="xs" c="dimmed">
        {[
          ticking && clock.dueAt ? t('cases.clocks.due', { time: formatDateTime(clock.dueAt) }) : null,
          t('cases.clocks.target', { duration: duration(clock.targetMinutes) }),
        ]
          .filter(Boolean)
          .join(' · ')}
      </Text>
    </Stack>
  );
}

/** The case's SLA clocks (first response, next response, resolution), live. */
export function CaseClocks({ clocks }: { clocks: readonly TSlaClock[] }) {
  const { t } = useTranslation();
  const id = useId();
  const now = useNow(5_000);
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={id} data-testid="case-clocks">
      <Title order={2} fz="md" id={id} mb={4}>
        {t('cases.clocks.title')}
      </Title>
      {clocks.length === 0 ? (
        <Text fz="sm" c="dimmed">
          {t('cases.clocks.none')}
        </Text>
      ) : (
        <ul className="timeline-list">
          {clocks.map((clock) => (
            <Clock key={clock.metric} clock={clock} now={now} />
          ))}
        </ul>
      )}
    </Paper>
  );
}
