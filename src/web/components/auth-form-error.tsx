import { Alert, Anchor, Code, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/http.js';
import { useInstance } from '../api/use-instance.js';
import { FormError } from './form-error.js';

/**
 * A failed sign-in or sign-up. When the page was opened at an address the installation does not
 * accept sign-ins from (another host name, a LAN address), better-auth answers INVALID_ORIGIN;
 * instead of its bare "Invalid origin" this names the address to open and the PUBLIC_URL
 * variable that would make this address the right one.
 */
export function AuthFormError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const instance = useInstance();
  const publicUrl = instance.data?.publicUrl;
  if (!(error instanceof ApiError && error.code === 'INVALID_ORIGIN' && publicUrl))
    return <FormError error={error} />;
  const here = window.location.origin;
  const sameRoute = `${publicUrl}${window.location.pathname}${window.location.search}`;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertCircle size={18} aria-hidden />}
      role="alert"
      title={t('auth.wrongAddress.title')}
      styles={{ body: { minWidth: 0 } }}
      data-testid="wrong-address"
    >
      <Stack gap="xs">
        <Text fz="sm" style={{ overflowWrap: 'anywhere' }}>
          {t('auth.wrongAddress.text', { here })}
        </Text>
        <Anchor
          href={sameRoute}
          fz="sm"
          fw={600}
          style={{ overflowWrap: 'anywhere' }}
          data-testid="wrong-address-open"
        >
          {t('auth.wrongAddress.open', { url: publicUrl })}
        </Anchor>
        <Text fz="sm" style={{ overflowWrap: 'anywhere' }}>
          {t('auth.wrongAddress.publicUrl', { here })}
        </Text>
        {/* A command to copy; the variable is the same in every language. */}
        <Code
          block
          style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
          data-testid="wrong-address-command"
        >
          {`PUBLIC_URL=${here} npm start`}
        </Code>
      </Stack>
    </Alert>
  );
}
