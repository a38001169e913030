import { Alert, Button, Divider, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertCircle, IconBuildingSkyscraper } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isSignupOpen, useInstance } from '../api/use-instance.js';
import { useSignIn } from '../api/use-sign-in.js';
import { AuthLayout } from '../components/auth-layout.js';
import { AuthFormError } from '../components/auth-form-error.js';
import { SignupClosedHint } from '../components/signup-closed-hint.js';
import { SsoSignInForm } from '../components/sso-sign-in-form.js';
import { fieldErrorsOf } from '../lib/error-message.js';
import { ssoFailureMessage } from '../lib/sso-failure-message.js';
import { collectErrors, emailError, requiredError } from '../lib/validate.js';
import { AppLink } from '../router/app-link.js';
import { navigate, useLocation, withNext } from '../router/history.js';
import { MUTED_PLACEHOLDER } from './muted-placeholder.js';

export function SignInPage({ next }: { next: string | null }) {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const instance = useInstance();
  const location = useLocation();
  const query = new URLSearchParams(location.search);
  // Single sign-on sends failures back here (errorCallbackURL) with better-auth's error code.
  const ssoFailed = query.get('sso') === 'failed';
  const [mode, setMode] = useState<'password' | 'sso'>('password');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Partial<Record<'email' | 'password', string>>>({});
  const serverErrors = fieldErrorsOf(signIn.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = collectErrors({ email: emailError(email), password: requiredError(password) });
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    signIn.mutate(
      { email: email.trim(), password },
      { onSuccess: () => navigate(next ?? '/', { replace: true }) },
    );
  }

  return (
    <AuthLayout
      title={t('auth.signIn.title')}
      subtitle={t('auth.signIn.subtitle')}
      footer={
        isSignupOpen(instance.data) ? (
          <Text ta="center" c="dimmed" fz="sm">
            {t('auth.signIn.noAccount')}{' '}
            <AppLink to={withNext('/sign-up', next)} fw={600} data-testid="signin-to-signup">
              {t('auth.signIn.toSignUp')}
            </AppLink>
          </Text>
        ) : (
          <SignupClosedHint />
        )
      }
    >
      {ssoFailed ? (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertCircle size={18} aria-hidden />}
          role="alert"
          mb="lg"
          data-testid="signin-sso-failed"
        >
          {ssoFailureMessage(query.get('error'))}
        </Alert>
      ) : null}
      {mode === 'sso' ? (
        <SsoSignInForm next={next} onCancel={() => setMode('password')} />
      ) : (
        <>
          <form onSubmit={submit} noValidate>
            <Stack gap="md">
              <TextInput
                data-testid="signin-email"
                label={t('auth.email')}
                placeholder={t('auth.emailPlaceholder')}
                styles={MUTED_PLACEHOLDER}
                type="email"
                autoComplete="email"
                required
                value={email}
                onChange={(e) => setEmail(e.currentTarget.value)}
                error={errors.email ?? serverErrors.email}
              />
              <Stack gap={6}>
                <PasswordInput
                  data-testid="signin-password"
                  label={t('auth.password')}
                  autoComplete="current-password"
                  required
                  value={password}
                  onChange={(e) => setPassword(e.currentTarget.value)}
                  error={errors.password ?? serverErrors.password}
                />
                <Group justify="flex-end">
                  <AppLink to="/forgot-password" fz="sm" data-testid="signin-forgot">
                    {t('auth.signIn.forgot')}
                  </AppLink>
                </Group>
              </Stack>
              <AuthFormError error={signIn.error} />
              <Button type="submit" size="md" loading={signIn.isPending} data-testid="signin-submit">
                {t('auth.signIn.submit')}
              </Button>
            </Stack>
          </form>
          <Divider label={t('auth.signIn.or')} labelPosition="center" my="lg" />
          <Button
            variant="default"
            size="md"
            fullWidth
            leftSection={<IconBuildingSkyscraper size={18} aria-hidden />}
            onClick={() => setMode('sso')}
            data-testid="signin-sso"
          >
            {t('auth.sso.button')}
          </Button>
        </>
      )}
    </AuthLayout>
  );
}
