import { Alert, Group, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { can } from '../../shared/roles.js';
import { useSendingSettings } from '../api/use-sending-settings.js';
import { CopyTextButton } from '../components/copy-text-button.js';
import { QueryFallback } from '../components/query-fallback.js';
import { useSession } from '../session/session-context.js';
import { BrandingForm } from './branding-form.js';
import { OwnSmtpForm } from './own-smtp-form.js';
import { SendingRulesForm } from './sending-rules-form.js';
import { SettingsSection } from './settings-section.js';
import { WidgetIdentitySection } from './widget-identity-section.js';

/** Settings → Sending: throttling and follow-ups, branding, the own mail server, the widget key and its identity verification. */
export function SendingTab() {
  const { t } = useTranslation();
  const { role } = useSession();
  const settings = useSendingSettings();
  const disabled = !can(role, 'settings.manage');

  if (!settings.isSuccess) return <QueryFallback query={settings} />;
  const s = settings.data;
  // Each form restarts from the saved values after a save (its own or another's).
  const key = JSON.stringify(s);

  return (
    <Stack gap="lg" data-testid="sending-settings">
      {disabled ? (
        <Alert color="gray" variant="light" icon={<IconInfoCircle size={18} aria-hidden />}>
          {t('sendingSettings.readOnly')}
        </Alert>
      ) : null}
      <SettingsSection
        title={t('sendingSettings.rulesTitle')}
        description={t('sendingSettings.rulesText')}
        data-testid="sending-rules"
      >
        <SendingRulesForm key={key} settings={s} disabled={disabled} />
      </SettingsSection>
      <SettingsSection
        title={t('sendingSettings.brandingTitle')}
        description={t('sendingSettings.brandingText')}
        data-testid="sending-branding"
      >
        <BrandingForm key={key} settings={s} disabled={disabled} />
      </SettingsSection>
      <SettingsSection
        title={t('sendingSettings.smtpTitle')}
        description={t('sendingSettings.smtpText')}
        data-testid="sending-smtp"
      >
        <OwnSmtpForm key={key} settings={s} disabled={disabled} />
      </SettingsSection>
      <SettingsSection
        title={t('sendingSettings.widgetKeyTitle')}
        description={t('sendingSettings.widgetKeyText')}
      >
        <Group gap="xs" wrap="nowrap">
          <Text className="secret-value" fz="sm" data-testid="widget-key">
            {s.widgetKey}
          </Text>
          <CopyTextButton value={s.widgetKey} label={t('sendingSettings.copyWidgetKey')} />
        </Group>
      </SettingsSection>
      <WidgetIdentitySection canManage={!disabled} />
    </Stack>
  );
}
