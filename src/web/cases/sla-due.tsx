import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TCaseSummary } from '../../shared/contracts/cases.js';
import { formatDateTime } from '../lib/format.js';
import { countdown, formatDuration } from './sla-countdown.js';

/**
 * When a case's next SLA target falls due, against `now`: "in 2 h 10 min", "overdue by 35 min" in
 * red, or paused when no clock runs on a case still being worked. The exact time is in the title.
 */
export function SlaDue({ item, now }: { item: Pick<TCaseSummary, 'sla' | 'status'>; now: number }) {
  const { t, i18n } = useTranslation();
  const { dueAt, isWarning } = item.sla;
  if (dueAt === null) {
    const working = item.status !== 'resolved' && item.status !== 'closed';
    return (
      <Text fz="sm" c="dimmed" data-testid="case-sla" data-state={working ? 'paused' : 'none'}>
        {working ? t('cases.sla.paused') : '—'}
      </Text>
    );
  }
  const left = countdown(dueAt, now);
  const text = t(left.overdue ? 'cases.sla.overdueBy' : 'cases.sla.dueIn', {
    duration: formatDuration(left.minutes, i18n.language),
  });
  const state = left.overdue ? 'overdue' : isWarning ? 'warning' : 'running';
  return (
    <Text
      fz="sm"
      fw={left.overdue || isWarning ? 600 : 400}
      {...(left.overdue ? { c: 'red.9' } : isWarning ? { c: '#a33a00' } : {})}
      title={formatDateTime(dueAt)}
      className="nowrap"
      data-testid="case-sla"
      data-state={state}
    >
      {text}
    </Text>
  );
}
