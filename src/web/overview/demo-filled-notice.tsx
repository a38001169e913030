import { Alert } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TDemoResult } from '../../shared/contracts/demo.js';
import { formatNumber } from '../lib/format.js';

/** Confirms what the demo fill created, right where its data appears. */
export function DemoFilledNotice({ result }: { result: TDemoResult }) {
  const { t } = useTranslation();
  return (
    <Alert
      color="teal"
      variant="light"
      icon={<IconCircleCheck size={20} aria-hidden />}
      title={t('overview.demoFilledTitle')}
      // Teal text on the light teal ground falls short of AA contrast; the icon carries the colour.
      styles={{ title: { color: 'var(--mantine-color-dark-7)' } }}
      role="status"
      data-testid="demo-filled"
    >
      {t('overview.demoFilled', {
        contacts: formatNumber(result.contacts),
        feedbackItems: formatNumber(result.feedbackItems),
      })}
    </Alert>
  );
}
