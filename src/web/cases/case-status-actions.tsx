import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TCaseDetail, TCaseStatus } from '../../shared/contracts/cases.js';
import { actionLabel, rootCauseLabel } from './case-labels.js';
import { CloseCaseModal } from './close-case-modal.js';

type Step = { to: Exclude<TCaseStatus, 'new' | 'closed'>; label: 'open' | 'waiting' | 'resolve' | 'reopen' };

/** Where a case can go from each status; closing is its own step, through the dialog. */
const STEPS: Record<TCaseStatus, readonly Step[]> = {
  new: [
    { to: 'open', label: 'open' },
    { to: 'waiting', label: 'waiting' },
    { to: 'resolved', label: 'resolve' },
  ],
  open: [
    { to: 'waiting', label: 'waiting' },
    { to: 'resolved', label: 'resolve' },
  ],
  waiting: [
    { to: 'open', label: 'open' },
    { to: 'resolved', label: 'resolve' },
  ],
  resolved: [{ to: 'open', label: 'reopen' }],
  closed: [{ to: 'open', label: 'reopen' }],
};

/** The status buttons: open, waiting for customer, resolve, close (with root cause and action), reopen. */
export function CaseStatusActions({
  detail,
  onStatus,
  saving,
}: {
  detail: TCaseDetail;
  onStatus: (status: TCaseStatus) => void;
  saving: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [closing, setClosing] = useState(false);
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={id} data-testid="case-actions">
      <Title order={2} fz="md" id={id} mb="sm">
        {t('cases.actions.label')}
      </Title>
      <Group gap="xs" wrap="wrap">
        {STEPS[detail.status].map((step) => (
          <Button
            key={step.label}
            variant={step.to === 'resolved' ? 'filled' : 'default'}
            size="sm"
            onClick={() => onStatus(step.to)}
            disabled={saving}
            data-testid={`case-action-${step.label}`}
          >
            {t(`cases.actions.${step.label}`)}
          </Button>
        ))}
        {detail.status !== 'closed' ? (
          <Button
            variant="default"
            size="sm"
            onClick={() => setClosing(true)}
            disabled={saving}
            data-testid="case-action-close"
          >
            {t('cases.actions.close')}
          </Button>
        ) : null}
      </Group>
      {detail.rootCause || detail.action ? (
        <Stack gap={2} mt="md" data-testid="case-outcome">
          {detail.rootCause ? (
            <Text fz="sm">
              <Text span c="dimmed">
                {t('cases.detail.rootCause')}:
              </Text>{' '}
              {rootCauseLabel(t, detail.rootCause)}
            </Text>
          ) : null}
          {detail.action ? (
            <Text fz="sm">
              <Text span c="dimmed">
                {t('cases.detail.action')}:
              </Text>{' '}
              {actionLabel(t, detail.action)}
            </Text>
          ) : null}
        </Stack>
      ) : null}
      {/* Mounted while open only, so it starts from the case as it is now each time. */}
      {closing ? <CloseCaseModal detail={detail} opened onClose={() => setClosing(false)} /> : null}
    </Paper>
  );
}
