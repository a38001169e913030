import { Group, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSendingSettings } from '../../api/use-sending-settings.js';
import { CopyTextButton } from '../../components/copy-text-button.js';
import { QueryFallback } from '../../components/query-fallback.js';
import { widgetSnippet } from './widget-snippet.js';

/** The code to paste into the customer's app, with the organization's public widget key. Shown as text only. */
export function WidgetSnippetBlock() {
  const { t } = useTranslation();
  const settings = useSendingSettings();
  const titleId = useId();
  if (!settings.isSuccess) return <QueryFallback query={settings} />;
  // PUBLIC_URL, not the dashboard's own address: behind a proxy the two can differ.
  const code = widgetSnippet(settings.data.publicUrl, settings.data.widgetKey);
  return (
    <Stack gap="xs" component="section" aria-labelledby={titleId}>
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Title order={3} fz="md" id={titleId}>
          {t('sending.channels.widget.snippetTitle')}
        </Title>
        <CopyTextButton
          value={code}
          label={t('sending.channels.widget.copySnippet')}
          data-testid="widget-snippet-copy"
        />
      </Group>
      <Text fz="sm" c="dimmed">
        {t('sending.channels.widget.snippetText')}
      </Text>
      <pre
        className="mail-text code-block"
        aria-label={t('sending.channels.widget.snippetLabel')}
        tabIndex={0}
        data-testid="widget-snippet"
      >
        {code}
      </pre>
    </Stack>
  );
}
