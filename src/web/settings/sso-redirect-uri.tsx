import { Code, Group, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyTextButton } from '../components/copy-text-button.js';

export interface SsoRedirectUriProps {
  /** The provider ID as typed so far; empty shows a placeholder. */
  providerId: string;
}

/** The redirect URI the owner registers at the IdP, updated while they type the provider ID. */
export function SsoRedirectUri({ providerId }: SsoRedirectUriProps) {
  const { t } = useTranslation();
  const id = useId();
  const ready = providerId.length > 0;
  // Where the IdP sends people back (better-auth's callback route), from this page's origin.
  const uri = `${window.location.origin}/api/auth/sso/callback/${ready ? encodeURIComponent(providerId) : t('sso.providerIdSlot')}`;

  return (
    <Stack gap={6}>
      <Text fz="sm" fw={600} id={`${id}-label`}>
        {t('sso.redirectUri')}
      </Text>
      <Group gap="sm" wrap="nowrap" align="center">
        <Code
          className="wrap-anywhere"
          aria-labelledby={`${id}-label`}
          aria-live="polite"
          data-testid="sso-redirect-uri"
          {...(ready ? {} : { c: 'dimmed' })}
          style={{ flex: 1, fontSize: 13, padding: '8px 10px' }}
        >
          {uri}
        </Code>
        <CopyTextButton
          value={uri}
          label={t('sso.copyRedirectUri')}
          disabled={!ready}
          data-testid="sso-redirect-uri-copy"
        />
      </Group>
      <Text fz="xs" c="dimmed">
        {t('sso.redirectUriHint')}
      </Text>
    </Stack>
  );
}
