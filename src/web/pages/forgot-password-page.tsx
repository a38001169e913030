import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';
import { IconMailCheck } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useRequestPasswordReset } from '../api/use-request-password-reset.js';
import { AuthLayout } from '../components/auth-layout.js';
import { FormError } from '../components/form-error.js';
import { emailError } from '../lib/validate.js';
import { AppLink } from '../router/app-link.js';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const requestReset = useRequestPasswordReset();
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = emailError(email);
    setError(found);
    if (!found) requestReset.mutate(email.trim());
  }

  const back = (
    <Text ta="center" fz="sm">
      <AppLink to="/sign-in" fw={600} data-testid="forgot-back">
        {t('auth.forgot.back')}
      </AppLink>
    </Text>
  );

  if (requestReset.isSuccess) {
    return (
      <AuthLayout title={t('auth.forgot.sentTitle')} footer={back}>
        <Alert
          color="teal"
          variant="light"
          icon={<IconMailCheck size={20} aria-hidden />}
          role="status"
          data-testid="forgot-sent"
        >
          <Stack gap="xs">
            <Text fz="sm">{t('auth.forgot.sent', { email: requestReset.variables })}</Text>
            <Text fz="sm" c="dimmed">
              {t('auth.forgot.outboxHint')}
            </Text>
          </Stack>
        </Alert>
      </AuthLayout>
    );
  }

  return (
    <AuthLayout title={t('auth.forgot.title')} subtitle={t('auth.forgot.subtitle')} footer={back}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            data-testid="forgot-email"
            label={t('auth.email')}
            placeholder={t('auth.emailPlaceholder')}
            type="email"
            autoComplete="email"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={error}
          />
          <FormError error={requestReset.error} />
          <Button type="submit" size="md" loading={requestReset.isPending} data-testid="forgot-submit">
            {t('auth.forgot.submit')}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
