import { Alert, Button, PasswordInput, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/http.js';
import { useResetPassword } from '../api/use-reset-password.js';
import { AuthLayout } from '../components/auth-layout.js';
import { FormError } from '../components/form-error.js';
import { LinkButton } from '../components/link-button.js';
import { collectErrors, passwordError } from '../lib/validate.js';
import { AppLink } from '../router/app-link.js';
import { useLocation } from '../router/history.js';

type Field = 'password' | 'confirm';

/** Reached from the reset mail: better-auth redirects to /reset-password?token=… (or ?error=INVALID_TOKEN). */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const params = new URLSearchParams(location.search);
  const token = params.get('token');
  const linkError = params.get('error');
  const reset = useResetPassword();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!token) return;
    const found = collectErrors<Field>({
      password: passwordError(password),
      confirm: confirm === password ? null : t('auth.reset.mismatch'),
    });
    setErrors(found);
    if (Object.keys(found).length === 0) reset.mutate({ token, newPassword: password });
  }

  if (reset.isSuccess) {
    return (
      <AuthLayout title={t('auth.reset.title')}>
        <Stack gap="lg">
          <Alert
            color="teal"
            variant="light"
            icon={<IconCircleCheck size={20} aria-hidden />}
            role="status"
            data-testid="reset-done"
          >
            {t('auth.reset.done')}
          </Alert>
          <LinkButton to="/sign-in" size="md" data-testid="reset-to-signin">
            {t('auth.signIn.submit')}
          </LinkButton>
        </Stack>
      </AuthLayout>
    );
  }

  const tokenProblem = !token
    ? t('auth.reset.missingToken')
    : linkError
      ? t('auth.reset.invalidToken')
      : null;
  const expired = reset.error instanceof ApiError && reset.error.code === 'INVALID_TOKEN';
  if (tokenProblem || expired) {
    return (
      <AuthLayout title={t('auth.reset.title')}>
        <Stack gap="lg">
          <Alert color="orange" variant="light" role="alert" data-testid="reset-invalid">
            {tokenProblem ?? t('auth.reset.invalidToken')}
          </Alert>
          <Text ta="center" fz="sm">
            <AppLink to="/forgot-password" fw={600}>
              {t('auth.reset.requestNew')}
            </AppLink>
          </Text>
        </Stack>
      </AuthLayout>
    );
  }

  return (
    <AuthLayout title={t('auth.reset.title')} subtitle={t('auth.reset.subtitle')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <PasswordInput
            data-testid="reset-password"
            label={t('auth.reset.newPassword')}
            description={t('auth.passwordHint')}
            autoComplete="new-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={errors.password}
          />
          <PasswordInput
            data-testid="reset-confirm"
            label={t('auth.reset.confirm')}
            autoComplete="new-password"
            required
            value={confirm}
            onChange={(e) => setConfirm(e.currentTarget.value)}
            error={errors.confirm}
          />
          <FormError error={reset.error} />
          <Button type="submit" size="md" loading={reset.isPending} data-testid="reset-submit">
            {t('auth.reset.submit')}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
