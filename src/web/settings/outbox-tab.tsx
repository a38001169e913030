import { Accordion, Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TOutboxMail } from '../../shared/contracts/outbox.js';
import { useOutbox } from '../api/use-outbox.js';
import { SectionError } from '../components/section-error.js';
import { SectionLoader } from '../components/section-loader.js';
import { formatDateTime } from '../lib/format.js';
import { SettingsSection } from './settings-section.js';

const STATUS_COLOR: Record<TOutboxMail['status'], string> = {
  outbox: 'ink',
  queued: 'gray',
  sent: 'teal',
  failed: 'red',
};

/** Mails kept locally when no SMTP server is configured. Text only: never rendered as HTML. */
export function OutboxTab() {
  const { t } = useTranslation();
  const outbox = useOutbox();

  return (
    <SettingsSection title={t('outbox.title')} description={t('outbox.intro')}>
      {outbox.isPending ? (
        <SectionLoader />
      ) : outbox.isError ? (
        <SectionError error={outbox.error} onRetry={() => void outbox.refetch()} />
      ) : outbox.data.length === 0 ? (
        <Text fz="sm" c="dimmed" data-testid="outbox-empty">
          {t('outbox.empty')}
        </Text>
      ) : (
        <Accordion variant="separated" radius="md" chevronPosition="left" data-testid="outbox-list">
          {outbox.data.map((mail) => (
            <Accordion.Item key={mail.id} value={mail.id} data-testid={`outbox-item-${mail.id}`}>
              <Accordion.Control>
                <Group justify="space-between" wrap="nowrap" gap="md">
                  <Stack gap={2} style={{ minWidth: 0 }}>
                    <Text fz="sm" fw={600} truncate>
                      {mail.subject}
                    </Text>
                    <Text fz="xs" c="dimmed" truncate>
                      {t('outbox.to')}: {mail.to} ·{' '}
                      {t('outbox.created', { date: formatDateTime(mail.createdAt) })}
                      {mail.sentAt ? ` · ${t('outbox.sentAt', { date: formatDateTime(mail.sentAt) })}` : ''}
                    </Text>
                  </Stack>
                  <Badge variant="dot" color={STATUS_COLOR[mail.status]} style={{ flexShrink: 0 }}>
                    {t(`outbox.status.${mail.status}`)}
                  </Badge>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <pre className="mail-text" data-testid="outbox-text">
                  {mail.text}
                </pre>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
    </SettingsSection>
  );
}
