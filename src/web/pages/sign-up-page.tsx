import { Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isSignupOpen, useInstance } from '../api/use-instance.js';
import { useSignUp } from '../api/use-sign-up.js';
import { AuthLayout } from '../components/auth-layout.js';
import { AuthFormError } from '../components/auth-form-error.js';
import { LinkButton } from '../components/link-button.js';
import { SignupClosedHint } from '../components/signup-closed-hint.js';
import { fieldErrorsOf } from '../lib/error-message.js';
import { collectErrors, emailError, passwordError, requiredError } from '../lib/validate.js';
import { AppLink } from '../router/app-link.js';
import { navigate, withNext } from '../router/history.js';
import { MUTED_PLACEHOLDER } from './muted-placeholder.js';

type Field = 'name' | 'email' | 'password';

export function SignUpPage({ next }: { next: string | null }) {
  const { t } = useTranslation();
  const signUp = useSignUp();
  const instance = useInstance();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const serverErrors = fieldErrorsOf(signUp.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = collectErrors<Field>({
      name: requiredError(name),
      email: emailError(email),
      password: passwordError(password),
    });
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    signUp.mutate(
      { name: name.trim(), email: email.trim(), password },
      { onSuccess: () => navigate(next ?? '/onboarding', { replace: true }) },
    );
  }

  if (!isSignupOpen(instance.data)) {
    return (
      <AuthLayout title={t('auth.signUp.closedTitle')}>
        <Stack gap="lg">
          <SignupClosedHint />
          <LinkButton to={withNext('/sign-in', next)} size="md" data-testid="signup-closed-to-signin">
            {t('auth.signUp.toSignIn')}
          </LinkButton>
        </Stack>
      </AuthLayout>
    );
  }

  return (
    <AuthLayout
      title={t('auth.signUp.title')}
      subtitle={t('auth.signUp.subtitle')}
      footer={
        <Text ta="center" c="dimmed" fz="sm">
          {t('auth.signUp.haveAccount')}{' '}
          <AppLink to={withNext('/sign-in', next)} fw={600} data-testid="signup-to-signin">
            {t('auth.signUp.toSignIn')}
          </AppLink>
        </Text>
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            data-testid="signup-name"
            label={t('auth.name')}
            placeholder={t('auth.namePlaceholder')}
            styles={MUTED_PLACEHOLDER}
            autoComplete="name"
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name ?? serverErrors.name}
          />
          <TextInput
            data-testid="signup-email"
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
          <PasswordInput
            data-testid="signup-password"
            label={t('auth.password')}
            description={t('auth.passwordHint')}
            autoComplete="new-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={errors.password ?? serverErrors.password}
          />
          <AuthFormError error={signUp.error} />
          <Button type="submit" size="md" loading={signUp.isPending} data-testid="signup-submit">
            {t('auth.signUp.submit')}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
