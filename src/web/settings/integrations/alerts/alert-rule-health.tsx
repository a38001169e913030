import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TAlertRule } from '../../../../shared/contracts/alerts.js';
import { formatDateTime } from '../../../lib/format.js';

/**
 * How a rule is doing, as far as the API tells: why it is off, or since when its Slack or Teams
 * messages fail. Nothing when it is on and well (the message log shows what went out).
 */
export function AlertRuleHealth({ rule }: { rule: TAlertRule }) {
  const { t } = useTranslation();
  const lines: Array<{ key: string; text: string; tone: 'red' | 'orange' | 'dimmed' }> = [];
  if (!rule.isEnabled && rule.disabledReason)
    lines.push({
      key: 'disabled',
      text: t(`alerts.rule.disabledReason.${rule.disabledReason}`),
      tone: rule.disabledReason === 'manual' ? 'dimmed' : 'red',
    });
  if (rule.isEnabled && rule.failingSince)
    lines.push({
      key: 'failing',
      text: t('alerts.rule.failingSince', { date: formatDateTime(rule.failingSince) }),
      tone: 'orange',
    });
  if (lines.length === 0) return null;
  return (
    <div data-testid="alert-rule-health">
      {lines.map((line) => (
        <Text
          key={line.key}
          fz="sm"
          c={line.tone === 'red' ? 'red.9' : line.tone === 'orange' ? 'orange.9' : 'dimmed'}
        >
          {line.text}
        </Text>
      ))}
    </div>
  );
}
